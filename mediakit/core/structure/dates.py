"""Dates as press releases write them: "March 3, 2025", "3. März 2025", "2025年3月3日", "2025-03-03".

Read with the month tables of ``lexicon`` rather than ``dateparser``: that library imports in
~0.5 s and guesses dates out of any number, where a dateline has a handful of fixed forms.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .. import lexicon
from ..lexicon import en

_MONTHS: dict[str, int] = lexicon.merged("MONTHS")
# Datelines of releases written in other languages: "Berlin, 3. März 2025", "Paris, le 3 mars 2025",
# "Madrid, 3 de marzo de 2025".
_FOREIGN_MONTHS: dict[str, int] = {
    key: value for language in lexicon.LANGUAGES if language is not en for key, value in language.MONTHS.items()}
_MONTH = "(?P<month>" + "|".join(sorted(en.MONTHS, key=len, reverse=True)) + r")\.?"
_FOREIGN_MONTH = "(?P<month>" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = r"(?:(?:Mon|Tues|Tue|Wed|Wednes|Thu|Thurs|Fri|Sat|Satur|Sun)(?:day)?,?\s+)?"
_DATE_PATTERNS = [
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<nmonth>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<nmonth>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    # "3. März 2025", "1er mars 2025", "3 de marzo de 2025", "3 maart 2025"
    re.compile(r"(?<![\w.])(?P<day>\d{1,2})(?:\.|er|º|°)?\s*(?:de\s+)?" + _FOREIGN_MONTH
               + r"\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d{2})\b", re.I),
    # German and Dutch numeric datelines: "Berlin, 03.03.2025"
    re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<year>(?:19|20)\d{2})\b"),
]


@dataclass
class DateMatch:
    iso: str
    start: int
    end: int


def find_date(text: str, limit: int | None = None) -> DateMatch | None:
    """The earliest date in ``text`` (searching only its first ``limit`` characters)."""
    sample = text if limit is None else text[:limit]
    best: DateMatch | None = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(sample)
        if not match:
            continue
        groups = match.groupdict()
        month = _MONTHS.get(groups["month"].lower().rstrip(".")) if groups.get("month") else int(groups["nmonth"])
        if month is None:
            continue
        try:
            iso = dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
        except (TypeError, ValueError):
            continue
        if best is None or match.start() < best.start:
            best = DateMatch(iso, match.start(), match.end())
    return best



def front_matter_date(front: dict[str, Any]) -> str | None:
    """The date a page's metadata gives (YAML front matter, ``article:published_time``)."""
    value = front.get("date")
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        match = find_date(value)
        return match.iso if match else None
    return None


