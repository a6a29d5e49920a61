"""A calendar day as ISO text ("2031-04-11"), or None for a day no calendar has ("31 April").

Written out rather than asking ``datetime.date``: importing ``datetime`` defines its whole
pure-Python implementation before the C one replaces it, 1.2 ms of every new process, and the
analyser needs from it only whether a day exists and how to write it. A value that already is a
date (YAML and TOML front matter parse them) can come only from a process that imported
``datetime``, which ``value_date`` looks for in ``sys.modules`` rather than importing it.
"""

from __future__ import annotations

import sys

__all__ = ["iso_date", "value_date"]

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def iso_date(year: int, month: int, day: int) -> str | None:
    """``year-month-day`` as ISO text when that day exists (years 1 to 9999, as ``datetime``), else None."""
    if not (1 <= year <= 9999 and 1 <= month <= 12 and day >= 1):
        return None
    if day > _MONTH_DAYS[month - 1] + (month == 2 and _leap(year)):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def value_date(value: object) -> str | None:
    """The ISO day of a ``datetime.date`` or ``datetime.datetime`` value, else None."""
    datetime = sys.modules.get("datetime")
    if datetime is None:
        return None  # nothing imported it: ``value`` is no date
    if isinstance(value, datetime.datetime):
        return str(value.date().isoformat())
    if isinstance(value, datetime.date):
        return str(value.isoformat())
    return None
