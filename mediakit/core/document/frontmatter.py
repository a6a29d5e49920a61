"""YAML front matter at the top of a release, and the page facts merged into it.

Bad front matter (broken YAML, an impossible date such as ``2020-02-30``) is ignored with a
note, never fatal: the release after it is still read.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from typing import Any

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}|\s*$)")
_TEXT_KEYS = ("title", "description", "site_name")


def split_front_matter(text: str, notes: list[str] | None = None) -> tuple[dict[str, Any], str]:
    """Return the YAML front matter (as a dict, possibly empty) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match or ":" not in match.group(1):
        return {}, text
    import yaml  # only releases that carry front matter pay for the import

    try:
        data = yaml.safe_load(match.group(1))
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        # PyYAML raises ValueError for a date that cannot be (2020-02-30)
        if notes is not None:
            notes.append(f"Ignored the front matter at the top: it could not be read ({type(exc).__name__}).")
        data = None
    if not isinstance(data, dict):
        data = {}
    return data, text[match.end():]


def merge_page_facts(front: dict[str, Any], facts: dict[str, str]) -> dict[str, Any]:
    """Front matter with the page's own facts filling its gaps; text decoded, dates as ``YYYY-MM-DD``."""
    merged = dict(front)
    for key, value in facts.items():
        if value and not merged.get(key):
            merged[key] = value
    for key in _TEXT_KEYS:
        text = merged.get(key)
        if isinstance(text, str):
            merged[key] = re.sub(r"\s+", " ", htmllib.unescape(text)).strip()
    date = merged.get("date")
    if isinstance(date, str):
        found = _ISO_DATE.match(date.strip())
        if found:
            try:
                merged["date"] = dt.date(*(int(g) for g in found.groups())).isoformat()
            except ValueError:
                del merged["date"]
    return merged
