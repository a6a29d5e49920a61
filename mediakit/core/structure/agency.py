"""A news agency's dateline with no full date to read: the place it gives is the dateline's.

Agencies date a dispatch by the day alone and leave the year (and even the month) to the paper
that prints it: "【新华社北京3月3日电】", "MADRID, 3 (EUROPA PRESS)"; a wire's Japanese copy puts the
date further on ("東京--(BUSINESS WIRE)--(ビジネスワイヤ) -- …"). No date is made up for them.
"""

from __future__ import annotations

import re

from .dates import find_date
from .places import MIXED_PLACE, UPPER_PLACE
from .vocab import alternation

# A news agency's dispatch whose date has no year: "【新华社北京3月3日电】", "新华社北京3月3日电（记者 …）".
_ZH_DISPATCH = re.compile(r"^[【〔\[（(]?\s*" + alternation("NEWS_AGENCIES") + r"\s*(?P<place>[\u4e00-\u9fff]{2,8}?)\s*"
                          r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*" + alternation("DISPATCH_SUFFIXES"))
# A wire's dateline in Japanese or Chinese with the date further on: "東京--(BUSINESS WIRE)--(ビジネスワイヤ) -- …".
_CJK_WIRE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8})\s*-{1,2}\s*\(\s*[A-Za-z][\w .&-]{2,30}\)\s*-{1,2}")
# An agency's dateline giving only the day of the month: "MADRID, 3 (EUROPA PRESS)", "Sevilla, 3 (EFE) -".
_AGENCY_DAY = re.compile(r"^(?P<place>" + UPPER_PLACE + "|" + MIXED_PLACE + r"),\s*\d{1,2}\s*\(\s*[A-Z][\w .&-]{1,30}\)"
                         r"\s*(?:$|[–—.-]+\s*\S)")
_DATE_REACH = 30  # characters after the tag where a wire's date would stand


def agency_place(text: str) -> str | None:
    """The place of an agency's dispatch opening ``text`` with no date of a dateline, or None."""
    dispatch = _ZH_DISPATCH.match(text) or _AGENCY_DAY.match(text) or _CJK_WIRE.match(text)
    if dispatch is None or find_date(text[:dispatch.end() + _DATE_REACH]) is not None:
        return None
    return dispatch.group("place")
