"""YAML front matter at the top of a Markdown release."""

from __future__ import annotations

import re
from typing import Any

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return the YAML front matter (as a dict, possibly empty) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match or ":" not in match.group(1):
        return {}, text
    import yaml  # only releases that carry front matter pay for the import

    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        data = {}
    return data, text[match.end():]

