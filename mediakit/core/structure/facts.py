"""Lines that are only a fact standing alone: a date, a place, a phone, an e-mail address or a link.

Set apart on a line of their own (a heading, a bold or upper-case line) they still title no part:
"## 4 May 2031", "**Lakeview, Oregon**", "Tel. +1 503 555 0100", "press@example.org".
"""

from __future__ import annotations

import re

from .. import detect, lexicon
from .dates import find_date
from .places import region_for_place

_LETTERS = re.compile(r"[^\W\d_]+")
_DATE_WORDS = lexicon.words("MONTHS") | lexicon.words("WEEKDAYS")
_JOINERS = lexicon.words("DATE_JOINERS")  # "de" of "agosto de 2034": no date without a month or weekday
_PLACE_PART = re.compile(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}")
_LABEL_LEFT = 12  # letters a contact line may keep beside its number or address ("Telephone:", "E-mail:")
_DATE_LEFT = 6  # characters a date line may keep beside its date ("Date: …")


def lone_fact(text: str) -> bool:
    """Is ``text`` only a date, a place, or a way to reach someone (no title, however it is set)?"""
    text = text.strip().strip("*_:：").strip()
    return bool(text) and (_only_date(text) or _only_place(text) or _only_reach(text))


def _only_date(text: str) -> bool:
    """A date, whole or in part: "Thursday, 4 May 2031", "Mai 2031", "2031年5月4日"."""
    date = find_date(text)
    if date is not None and len(text) - (date.end - date.start) < _DATE_LEFT:
        return True
    words = _LETTERS.findall(text.lower())
    return any(w in _DATE_WORDS for w in words) and all(w in _DATE_WORDS or w in _JOINERS for w in words)


def _only_place(text: str) -> bool:
    """A town and its region or country, each part a name in capitals: "Lakeview, Oregon"."""
    parts = [part.strip(" .") for part in text.split(",")]
    if not 2 <= len(parts) <= 3 or not all(_PLACE_PART.fullmatch(p) and _capitalised(p) for p in parts):
        return False
    return region_for_place(text) is not None


def _capitalised(part: str) -> bool:
    return all(word[:1].isupper() for word in part.split())


def _only_reach(text: str) -> bool:
    """A phone number, an e-mail address or a link, with no more than a label beside it."""
    spans = [*detect.emails(text), *detect.urls(text), *detect.phones(text)]
    if not spans:
        return False
    rest = text
    for found in sorted(spans, key=lambda f: f.start, reverse=True):
        rest = rest[:found.start] + " " + rest[found.end:]
    return sum(len(w) for w in _LETTERS.findall(rest)) <= _LABEL_LEFT
