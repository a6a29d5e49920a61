"""The people a document's own metadata names as its authors: a full name for a surname alone.

An archive's front matter names the minister or spokesman a release is by ("creators:
[Morrison, Bill]", "author: Ann Roe"), while the release itself says only "Mr. Morrison said":
where the text introduces no full name for the surname, the author with that surname is the
speaker. Only entries that read as a person's name count ("The Node.js Project" is none).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .names import _is_name_token

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_KEYS = ("creators", "creator", "authors", "author")
_DIGIT = re.compile(r"\d")


def _person(entry: str) -> str | None:
    """"Morrison, Bill" -> "Bill Morrison", "Downer, Alexander, 1910-1981" -> "Alexander Downer",
    "Ann Roe" -> "Ann Roe"; None where the entry is no person's name."""
    parts = [p.strip() for p in entry.split(",") if p.strip() and not _DIGIT.search(p)]
    if not parts:
        return None
    name = f"{parts[1]} {parts[0]}" if len(parts) >= 2 else parts[0]
    tokens = name.split()
    return name if 2 <= len(tokens) <= 4 and all(_is_name_token(t) for t in tokens) else None


def authors(front_matter: Mapping[str, Any] | None) -> list[str]:
    """The full names of the people the front matter names as the document's authors."""
    found: list[str] = []
    for key in _KEYS:
        value = (front_matter or {}).get(key)
        entries = value if isinstance(value, list) else [value]
        for entry in entries:
            name = _person(entry) if isinstance(entry, str) else None
            if name and name not in found:
                found.append(name)
    return found
