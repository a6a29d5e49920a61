"""Front matter at the top of a release, and the page facts merged into it.

YAML between ``---`` lines (Jekyll, Docusaurus, Astro), TOML between ``+++`` lines (Hugo), and
the same ``key: value`` lines left in a code fence (a site whose converter fenced them off) where
they give a title; and the header a reader service writes over the page it fetched ("Title: …" /
"URL Source: …" / "Published Time: …" / "Markdown Content:"), whose title and time are the page's.
Bad front matter (broken YAML or TOML, an impossible date such as
``2020-02-30``) is ignored with a note, never fatal: the release after it is still read.
"""

from __future__ import annotations

import html as htmllib
import re

from ..isodate import iso_date

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML_FRONT_MATTER = re.compile(r"\A\s*\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.S)
# Metadata lines fenced off at the very top: "```\ntitle: …\ndescription: …\n```".
_FENCED_FRONT_MATTER = re.compile(r"\A\s*```(?:ya?ml)?[ \t]*\n((?:[A-Za-z_][\w-]*[ \t]*:[^\n]*\n){1,20}?)```[ \t]*(?:\n|\Z)")
# A reader service's header: "Title:", "URL Source:", "Published Time:" lines over "Markdown Content:".
_READER_HEADER = re.compile(r"\A\s*((?:(?:Title|URL Source|Published Time|Description)[ \t]*:[^\n]*\n\s*){1,8})"
                            r"Markdown Content[ \t]*:[ \t]*\n")
_READER_KEYS = {"title": "title", "url source": "url", "published time": "date", "description": "description"}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}|\s*$)")
_TEXT_KEYS = ("title", "description", "site_name")


def split_front_matter(text: str, notes: list[str] | None = None) -> tuple[dict[str, Any], str]:
    """Return the front matter (as a dict, possibly empty) and the text after it."""
    reader = _READER_HEADER.match(text)
    if reader:
        return _reader_header(reader.group(1)), text[reader.end():]
    toml = _TOML_FRONT_MATTER.match(text)
    if toml:
        return _toml(toml.group(1), notes), text[toml.end():]
    fenced = _FENCED_FRONT_MATTER.match(text)
    if fenced:
        data = _yaml(fenced.group(1), None)
        if isinstance(data.get("title"), str):  # a code sample opening a page keeps its place
            return data, text[fenced.end():]
    match = _FRONT_MATTER.match(text)
    if not match or ":" not in match.group(1):
        return {}, text
    return _yaml(match.group(1), notes), text[match.end():]


def _reader_header(source: str) -> dict[str, Any]:
    """The keys of a reader service's header, named as front matter names them."""
    data: dict[str, Any] = {}
    for line in source.splitlines():
        key, _, value = line.partition(":")
        name = _READER_KEYS.get(key.strip().lower())
        if name and value.strip():
            data[name] = value.strip()
    return data


def _toml(source: str, notes: list[str] | None) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(source)
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        if notes is not None:
            notes.append(f"Ignored the front matter at the top: it could not be read ({type(exc).__name__}).")
        return {}


def _yaml(source: str, notes: list[str] | None) -> dict[str, Any]:
    import yaml  # only releases that carry front matter pay for the import

    try:
        data = yaml.safe_load(source)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        # PyYAML raises ValueError for a date that cannot be (2020-02-30)
        if notes is not None:
            notes.append(f"Ignored the front matter at the top: it could not be read ({type(exc).__name__}).")
        data = None
    return data if isinstance(data, dict) else {}


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
            iso = iso_date(*(int(g) for g in found.groups()))
            if iso is None:
                del merged["date"]
            else:
                merged["date"] = iso
    return merged
