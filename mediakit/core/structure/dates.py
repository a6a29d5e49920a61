"""Dates as press releases write them: "March 3, 2025", "3. März 2025", "2025年3月3日", "二〇二五年三月三日", "2025-03-03".

Read with the month tables of ``lexicon`` rather than ``dateparser``: that library imports in
~0.5 s and guesses dates out of any number, where a dateline has a handful of fixed forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..isodate import iso_date, value_date
from ..lexicon import en
from ..text import alternation as word_alternation
from .vocab import alternation

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_MONTHS: dict[str, int] = lexicon.merged("MONTHS")
# Datelines of releases written in other languages: "Berlin, 3. März 2025", "Paris, le 3 mars 2025",
# "Madrid, 3 de marzo de 2025".
_FOREIGN_MONTHS: dict[str, int] = {
    key: value for language in lexicon.LANGUAGES if language is not en for key, value in language.MONTHS.items()}
_MONTH = "(?P<month>" + word_alternation(en.MONTHS) + r")\.?"
# An English month name, for patterns that only need to see one ("AUSTIN, Texas, March 3 /Wire/ --").
MONTH_PATTERN = "(?i:" + word_alternation(en.MONTHS) + r")\.?"
_FOREIGN_MONTH = "(?P<month>" + word_alternation(_FOREIGN_MONTHS) + ")"
# A day and month with no year, in any language: "March 3", "3 March", "14th May", "3. März", "le 9 mars", "3 de marzo".
YEARLESS_PATTERN = (
    "(?i:" + MONTH_PATTERN + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?(?:"
    + word_alternation(_MONTHS) + r")\.?)(?![\w])")
_WEEKDAY = r"(?:(?<![\w])" + alternation("WEEKDAYS") + r"\.?,?\s+)?"
# A calendar's year in an era: ROC 民國/民国 years count from 1912, Japanese 令和 from 2019, 平成 from 1989.
_ERA_OFFSETS: dict[str, int] = {"民國": 1911, "民国": 1911, "中華民國": 1911, "令和": 2018, "平成": 1988}
_ERAS = "|".join(sorted(_ERA_OFFSETS, key=len, reverse=True))
_ERA_WORD = "(?:" + _ERAS + ")"
_ERA = "(?P<era>" + _ERAS + ")"
# A weekday after a CJK date belongs to it: "2025年3月3日星期一", "2025年3月3日（月）".
_CJK_DAY = r"\s*(?P<day>\d{1,2})\s*[日号號](?:\s*[（(]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天][）)]?|[（(][月火水木金土日][）)])?"
# A date written in Chinese numerals ("二〇二一年三月五日", "二○二一年十二月三十一日"): the year digit by
# digit (○ is typed for 〇), the month and day with 十 for the tens.
_CN_DIGITS: dict[str, int] = {ch: int(v) for ch, v in lexicon.merged("NUMERALS").items() if len(ch) == 1 and v < 10}
_CN_DIGITS.setdefault("○", 0)
_CN_DIGIT = "[" + "".join(sorted(_CN_DIGITS)) + "]"


# Between the day (or month) and the year: a space, a comma and a space, or a comma typed with no space.
_BEFORE_YEAR = r"(?:,\s*|\s+)"
# The word after a year's number in a date that opens with it ("2026-yil", "2026 йил").
_ENDING = alternation("DATE_CASE_ENDINGS") + "?"  # longest first, the same string in every process
_YEAR_MARK = alternation("YEAR_MARKS") + _ENDING + r"(?![^\W\d_])"
_DATE_PATTERNS = [
    # "3 March 2025", "3 March,2025" with no space after the comma, and "3rd of March 2025"; not a
    # day an OCR read with a sign glued to it ("FRIDAY <1 JANUARY": the day's first digit is lost)
    re.compile(_WEEKDAY + r"(?<![<>\d])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + _BEFORE_YEAR
               + r"(?P<year>(?:19|20)\d{2})\b", re.I),
    # "March 3, 2025", and "April, 12, 2016" with a stray comma after the month
    re.compile(_WEEKDAY + _MONTH + r",?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _BEFORE_YEAR
               + r"(?P<year>(?:19|20)\d{2})\b", re.I),
    # "2025年3月3日", and with the era's year in brackets after the year: "2024年（令和6年）3月12日"
    re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?:[（(]\s*" + _ERA_WORD + r"?\s*(?:\d{1,3}|元)\s*年\s*[）)]\s*)?"
               r"(?P<nmonth>\d{1,2})\s*月" + _CJK_DAY),
    # era years: "民國114年3月3日", "令和2年8月21日", "令和元年5月1日"
    # and with the Western year in brackets after the era's ("令和6年（2024年）3月12日"), written so
    # that a text with no Western year is still searched with it
    re.compile(_ERA + r"\s*(?P<eyear>\d{1,3}|元)\s*年\s*(?:[（(]\s*[12][09]\d{2}\s*年?\s*[）)]\s*)?"
               r"(?P<nmonth>\d{1,2})\s*月" + _CJK_DAY),
    # a bare ROC year in a Taiwanese dateline: "【114年3月3日，台南】", "(114年3月3日)"
    re.compile(r"(?<![\d年])(?P<rocyear>1[0-4]\d)\s*年\s*(?P<nmonth>\d{1,2})\s*月" + _CJK_DAY),
    # the day put before a year and month: "3 2025年3月:" (a day-first original translated)
    re.compile(r"(?<![\d年月])(?P<day>\d{1,2})\s+(?P<year>(?:19|20)\d{2})\s*年\s*(?P<nmonth>\d{1,2})\s*月(?!\s*\d)"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<nmonth>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    # year first with slashes or dots: "2025/03/03", "2025.3.3"
    re.compile(r"(?<![\d./])(?P<year>(?:19|20)\d{2})(?P<sep>[/.])(?P<nmonth>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/])"),
    # "3. März 2025", "1er mars 2025", "3 de marzo de 2025", "3 maart 2025", "3. Mrz. 2025", and with
    # a comma before the year as English writes it ("7 de noviembre, 2031")
    re.compile(r"(?<![\w.])(?P<day>\d{1,2})(?:\.|er|º|°)?\s*(?:de\s+)?" + _FOREIGN_MONTH
               + r"\.?" + _BEFORE_YEAR + r"(?:de\s+|del\s+)?(?P<year>(?:19|20)\d{2})\b", re.I),
    # a month of another language written first, the day after it as in English: "juin 25, 2008",
    # as a site's software in an English locale prints it; and as Latin America writes the month
    # first, "marzo 3 de 2026", "marzo 3 del 2026"
    re.compile(r"(?<![\w.])" + _FOREIGN_MONTH + r"\.?\s+(?P<day>\d{1,2})(?:,\s*|\s+del?\s+)"
               r"(?P<year>(?:19|20)\d{2})\b", re.I),
    # German and Dutch numeric datelines: "Berlin, 03.03.2025"
    re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<year>(?:19|20)\d{2})\b"),
    # the year first, marked by a word, then the day and month: "2026-yil 5-mart", "2026 йил 6 мартда"
    re.compile(r"(?<![\w.])(?P<year>(?:19|20)\d{2})\s*-?\s*" + _YEAR_MARK + r",?\s*(?P<day>\d{1,2})\s*-?\s*"
               + _FOREIGN_MONTH + _ENDING + r"(?![^\W\d_])", re.I),
    # the day joined to its month by a hyphen, the year after: "5-mart, 2026-yil", "5-mart 2026"
    re.compile(r"(?<![\w.])(?P<day>\d{1,2})-" + _FOREIGN_MONTH + r",?\s+(?P<year>(?:19|20)\d{2})(?!\d)", re.I),
    # the day, a month's name and the year joined by hyphens, as a form or a database prints them:
    # "5-Mar-2031", "05-MAR-2031", "5-mars-2031"
    re.compile(r"(?<![\w.-])(?P<day>[0-3]?\d)-(?P<month>" + word_alternation(_MONTHS) + r")\.?-"
               r"(?P<year>(?:19|20)\d{2})(?![\d-])", re.I),
    # a date in Chinese numerals, as an official document signs off: "二〇三一年五月六日",
    # "2031年五月六日", "二○三一年十二月三十一日" (its year need not be in Western digits)
    re.compile(f"(?P<zyear>{_CN_DIGIT}{{4}}|[12][09]\\d\\d)" r"\s*年\s*(?P<zmonth>十[一二]?|[一二三四五六七八九])\s*月"
               r"\s*(?P<zday>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號]"),
    # day and month in either order with slashes ("5/3/2026", "3/5/2026"): read where the order is
    # certain (a part over 12) or known from where the release is from, never guessed
    re.compile(r"(?<![\w./])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d{2})(?![\w/])"),
]

# Every pattern above holds a year of this form or, for the era and ROC years, a 年: a text without
# the one a pattern needs is not searched with it (most paragraphs a dateline is looked for in
# have no year at all).
_WESTERN_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_KINDS = [(pattern, _WESTERN_YEAR.pattern in pattern.pattern) for pattern in _DATE_PATTERNS]


def _cjk_number(text: str) -> int:
    """A number in Chinese numerals: digit by digit for a year ("二〇三一"), by tens for a month or
    a day ("十二", "二十", "三十一"); Western digits as they are."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(units, 0)


def _year(groups: dict[str, str | None]) -> int:
    if groups.get("zyear"):
        return _cjk_number(groups["zyear"] or "")
    if groups.get("era"):
        eyear = groups["eyear"] or "1"
        return _ERA_OFFSETS[groups["era"] or ""] + (1 if eyear == "元" else int(eyear))
    if groups.get("rocyear"):
        return 1911 + int(groups["rocyear"] or 0)
    return int(groups["year"] or 0)


def _month(groups: dict[str, str | None]) -> int | None:
    if groups.get("zmonth"):
        return _cjk_number(groups["zmonth"] or "")
    if groups.get("month"):
        return _MONTHS.get((groups["month"] or "").lower().rstrip("."))
    return int(groups["nmonth"] or 0)


# Where a numeric date puts the month first ("3/5/2026" is March 5): the United States and the
# Philippines. Canada writes both orders, so a Canadian place tells nothing.
_MONTH_FIRST_REGIONS = frozenset({"US", "PH"})
_EITHER_ORDER_REGIONS = frozenset({"CA"})


def date_order(region: str | None) -> str | None:
    """How a release from ``region`` writes a numeric date: ``"mdy"``, ``"dmy"``, or None (unknown)."""
    if region is None or region in _EITHER_ORDER_REGIONS:
        return None
    return "mdy" if region in _MONTH_FIRST_REGIONS else "dmy"


def _day_month(groups: dict[str, str | None], order: str | None) -> tuple[int, int | None]:
    """The day and month of a match; a slashed date's ("5/3/2026") by ``order`` where both parts
    could be a month and they differ, and no month at all where the order is unknown."""
    if groups.get("zday"):
        return _cjk_number(groups["zday"] or ""), _month(groups)
    if not groups.get("first"):
        return int(groups["day"] or 0), _month(groups)
    first, second = int(groups["first"] or 0), int(groups["second"] or 0)
    if second > 12 or first <= 12 and first != second and order == "mdy":
        return second, first
    if first > 12 or first == second or order == "dmy":
        return first, second
    return 0, None


# Full-width digits and slash as ASCII ones ("２０２６年２月１６日", "２０２６／０２／１６"): one character for one, so
# a match's place in the text stays where it is.
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９／", "0123456789/")


@dataclass
class DateMatch:
    """A date found in text: ISO form and where it stands."""

    iso: str
    start: int
    end: int


def find_date(text: str, limit: int | None = None, order: str | None = None) -> DateMatch | None:
    """The earliest date in ``text`` (searching only its first ``limit`` characters); ``order``
    (``"dmy"``, ``"mdy"``, see ``date_order``) reads a numeric date whose day and month could swap."""
    sample = (text if limit is None else text[:limit]).translate(_ASCII_DIGITS)
    best: DateMatch | None = None
    western, cjk = _WESTERN_YEAR.search(sample) is not None, "年" in sample
    for pattern, needs_western in _YEAR_KINDS:
        if not (western if needs_western else cjk):
            continue  # no year of the kind this pattern holds: it cannot match
        match = pattern.search(sample)
        if not match:
            continue
        groups = match.groupdict()
        day, month = _day_month(groups, order)
        if month is None:
            continue
        iso = iso_date(_year(groups), month, day)
        if iso is None:
            continue
        if best is None or match.start() < best.start:
            best = DateMatch(iso, match.start(), match.end())
    return best


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def is_date_line(text: str) -> bool:
    """A line that is a date and at most a time of day ("19.02.2031 – 11:05", "March 3, 2031 10:15 ET"):
    its digits are no phone's."""
    found = find_date(text, 80)
    if found is None or "@" in text:
        return False
    rest = text[:found.start] + " " + text[found.end:]
    return not any(ch.isdigit() for ch in _CLOCK.sub("", rest))


# The keys static-site generators write a post's date under (Jekyll, Hugo, Astro, Eleventy, …).
_ISO_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d")
_DATE_KEYS = ("date", "publishDate", "publish_date", "pubDate", "published", "date_published", "datePublished")


def front_matter_date(front: dict[str, Any]) -> str | None:
    """The date a page's metadata gives (YAML front matter, ``article:published_time``)."""
    value = next((front[key] for key in _DATE_KEYS if front.get(key)), None)
    if not isinstance(value, str):
        return value_date(value)
    stamp = _ISO_STAMP.match(value.strip())  # "2031-04-11T09:00:00Z"
    match = find_date(stamp.group(1) if stamp else value)
    return match.iso if match else None


# A page's schema data printed into a scrape of it: the time it was published, then the time it
# was last modified, each a machine stamp ending its line ("… 2031-03-04 00:00:00" / "2031-05-06 16:20:43").
_STAMP_PAIR = re.compile(r"(?<![\d-])(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}:\d{2}[ \t]*\n[ \t]*(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}:\d{2}(?![\d:])")


def stamped_date(texts: list[str]) -> str | None:
    """The date a page was published where its scrape prints the published and modified stamps one
    over the other (a theme's hidden schema data: image, author, published, modified, headline):
    the first of the two, the second no earlier than it."""
    for found in _STAMP_PAIR.finditer("\n".join(texts)):
        published, modified = found.groups()
        if published <= modified:
            iso = iso_date(*(int(part) for part in published.split("-")))
            if iso is not None:
                return iso
    return None
