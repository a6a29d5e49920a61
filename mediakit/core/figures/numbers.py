"""Reading one number as written: digits, digit grouping and the decimal separator.

A release writes "1,234.5" or "1.234,5"; which one is decided once per release from the numbers
it writes (``writes_decimal_comma``), then every token is read with it (``parse_number``). A
token that can be read one way only is read so whatever the release's habit (a Swiss release
writes "3,2 %" beside "CHF 96.8 Mio."), and Swiss thousands are grouped by apostrophes ("1'234.5").
"""

from __future__ import annotations

import re

from ..language import languages

# A number token: digits with "." or "," groups, or thousands grouped by a space ("3 000",
# "1 234,5", also no-break and thin spaces) or by an apostrophe ("1'234.5", "180’000"); found
# once per block with one linear scan; a number glued to the dot of "Rs." ("Rs.245 crore") is one too.
# Full-width digits take the full-width comma and full stop as their separators ("３，２００社", "３．８％").
# Every alternative opens with a digit (full-width ones too), looked ahead at before the look-behinds at each position.
_SPACES = " \u00a0\u202f\u2009"
_APOSTROPHES = "'’"
TOKEN = re.compile(
    r"(?=\d)(?:(?<![\d.,])|(?<=Rs\.))(?:\d{1,3}(?:[" + _SPACES + r"]\d{3})+(?![\d.,]\d{3}|\d|[" + _SPACES + r"]\d)(?:[.,]\d+)?"
    r"|\d{1,3}(?:[" + _APOSTROPHES + r"]\d{3})+(?![\d" + _APOSTROPHES + r"])(?:[.,]\d+)?"
    r"|[０-９]{1,3}(?:，[０-９]{3})+(?![０-９])(?:．[０-９]+)?|[０-９]+．[０-９]+"
    r"|\d+(?:[.,]\d+)*)")
_SPACE_GROUP = re.compile("[" + _SPACES + _APOSTROPHES + "]")
# One separator with other than three digits after it ("3,2", "96.8"): a decimal mark either way.
_LONE_DECIMAL = re.compile(r"\d+[.,](?:\d{1,2}|\d{4,})")
# "350.000": one or more dotted groups of three, a whole number where a count needs one.
DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# The high end of a range glued to a number: "10-15", "2–4".
RANGE = re.compile(r"[-–]\d+(?:[.,]\d+)*")

_SWAP_SEPARATORS = str.maketrans(".,", ",.")
_FULL_WIDTH_SEPARATORS = str.maketrans("，．", ",.")


def _grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def parse_number(token: str, comma_decimal: bool = False) -> tuple[float, bool] | None:
    """The value of a number token and whether it is written as a whole number; None for
    versions ("2.1.0") and for what is not a number as a reader would write it.

    ``comma_decimal``: the release writes numbers the continental way ("1.850", "38,5"); it
    decides only where a token could be read both ways ("1.850", "1,250")."""
    if len(token) > 24:
        return None
    token = token.translate(_FULL_WIDTH_SEPARATORS)
    if _SPACE_GROUP.search(token):  # grouped by spaces: the decimal mark is whichever follows
        whole, _, frac = token.replace(",", ".").partition(".")
        return float(_SPACE_GROUP.sub("", whole) + ("." + frac if frac else "")), not frac
    if _LONE_DECIMAL.fullmatch(token):
        return float(token.replace(",", ".")), False
    if comma_decimal:
        token = token.translate(_SWAP_SEPARATORS)
    if "," in token:
        if "." in token:
            whole, _, frac = token.partition(".")
            if "." in frac or "," in frac:
                return None
        else:
            whole, frac = token, ""
        groups = whole.split(",")
        if not _grouped(groups):
            return None
        return float("".join(groups) + ("." + frac if frac else "")), not frac
    if token.count(".") > 1:  # 1.000.000 written the European way, else a version number
        groups = token.split(".")
        if not _grouped(groups):
            return None
        return float("".join(groups)), True
    if "." in token:
        return float(token), False
    return float(token), True


def is_year(token: str, value: float) -> bool:
    return len(token) == 4 and token.isdigit() and 1800 <= value <= 2199


# After a year of an era: 年 and a month or 度 ("111年5月", "令和2年度"), or, for a Taiwanese (ROC)
# year of three digits, 年 and no word of a span of years ("111年營收"; not "100年來", "120年歷史").
_ERA_MONTH_AFTER = re.compile(r"年\s?(?:\d{1,2}\s?月|度)")
_SPAN_AFTER = re.compile(r"年(?:來|来|間|间|以上|多|歷史|历史|前|後|后|的)")


def is_era_year(token: str, value: float, masked: str, end: int) -> bool:
    """A year counted in an era (the Republic of China's, Japan's), no count of years."""
    if not token.isdigit() or len(token) > 3 or masked[end:end + 1] != "年":
        return False
    if _ERA_MONTH_AFTER.match(masked, end):
        return True
    return len(token) == 3 and 100 <= value <= 150 and not _SPAN_AFTER.match(masked, end)


# A decimal part of one or two digits: "38,5" or "61.5" (not "10.30 Uhr", a German time).
_SHORT_DECIMAL = re.compile(r"\d([.,])\d{1,2}(?![\d.,]|\s?(?:Uhr|h)\b)")


def writes_decimal_comma(text: str) -> bool:
    """Does the release write "38,5" and "1.850" (German, French, Spanish ...) rather than "38.5"?

    Decided once per release from the numbers it writes (a decimal part of one or two digits
    shows the separator plainly); where the numbers leave it open, from its language."""
    sample = text[:200_000]
    eu = en = 0
    for match in _SHORT_DECIMAL.finditer(sample):
        start = match.start()
        if start and (sample[start - 1] in ".," or (start > 1 and sample[start - 1].isdigit()
                                                   and sample[start - 2] in ".,")):
            continue  # a group of "1.200.000" or "1,200,000"
        if match.group(1) == ",":
            eu += 1
        else:
            en += 1
    if eu != en:
        return eu > en
    # "1.850" and "1,850" are each read either way ("$1.125 billion"): the language decides
    leading = languages(sample)
    return bool(leading) and getattr(leading[0], "DECIMAL_COMMA", False)


def writes_hyphen_ordinals(text: str) -> bool:
    """Does the release's language write an ordinal as the number hyphened to its noun ("4-sektor")?"""
    leading = languages(text[:200_000])
    return bool(leading) and getattr(leading[0], "HYPHEN_ORDINALS", False)
