"""Numbers written in CJK numerals: "六千円", "二百区画", "三万人", "十五億ドル", "一千零五十名".

The digits and the units below the myriad are the lexicon's ``NUMERALS``, the myriads (万, 億,
亿, 兆) its ``MAGNITUDES``. A run of numerals is read as a number only when it is composed
(it holds a unit or a myriad and opens on a digit or on a 十 that goes on), so the numerals
inside words ("一般", "統一", "万博", "千葉") and positional years ("二〇二六年") stay words.
What stands around it (currency, counter, qualifier) is read by the same steps as digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon
from ..text import alternation
from . import scale
from .found import Conventions, Found
from .read import read_numeral

_NUMERALS: dict[str, float] = lexicon.merged("NUMERALS")
_DIGITS = {ch: v for ch, v in _NUMERALS.items() if v < 10}
_UNITS = {ch: v for ch, v in _NUMERALS.items() if v >= 10}
_MYRIADS = {ch: v for ch, v in lexicon.merged("MAGNITUDES").items() if len(ch) == 1 and v >= 1e4}
_RUN = re.compile("[" + "".join(sorted(_NUMERALS) + sorted(_MYRIADS)) + "]+")
_FORMAL = lexicon.words("FORMAL_NUMERALS")
_NAMES = re.compile(alternation(lexicon.words("NUMERAL_NAMES")) or "(?!)")
_COUNTERS = re.compile(alternation(lexicon.words("NUMERAL_COUNTERS")) or "(?!)")
# A lone numeral of six or more (or 十) before a counter word is a count ("九種", "十家"); two to
# five, like a small count in words, is no figure a reporter pulls out ("三項", "the three pillars");
# any digit before a word for tenths is a share ("三成", "八割").
_LONE_COUNTS = {ch: v for ch, v in _NUMERALS.items() if v == 10 or 6 <= v < 10}
# "数十万", "几百", "何千": some tens of thousands, no number; "十数人" goes on vaguely after it.
_VAGUE = frozenset("数數几幾何")
_GLUED_BEFORE = frozenset("0123456789０１２３４５６７８９.,")
_YEAR = "年"


class _Composition:
    """A run of numerals read left to right: the myriads' total, the section below the current
    myriad, the last digit, and the units seen (each smaller than the one before)."""

    def __init__(self) -> None:
        self.total = 0.0
        self.section = 0.0
        self.digit: float | None = None
        self.last_unit = float("inf")
        self.last_myriad = float("inf")

    def add(self, ch: str) -> bool:
        if ch in _DIGITS:
            return self._digit(_DIGITS[ch])
        if ch in _UNITS:
            return self._unit(_UNITS[ch])
        return self._myriad(_MYRIADS[ch])

    def _digit(self, value: float) -> bool:
        if self.digit and value:  # "三四十": thirty or forty, no number
            return False
        self.digit = value
        return True

    def _unit(self, unit: float) -> bool:
        if unit >= self.last_unit:
            return False
        self.section += (1 if self.digit is None else self.digit) * unit
        self.last_unit, self.digit = unit, None
        return True

    def _myriad(self, myriad: float) -> bool:
        group = self.section + (self.digit or 0)
        if myriad >= self.last_myriad:  # "三万亿": a myriad of myriads
            if not self.total:
                return False
            self.total = (self.total + group) * myriad
        elif group:
            self.total += group * myriad
        else:
            return False  # "万" with nothing to multiply
        self.section, self.digit, self.last_unit, self.last_myriad = 0.0, None, float("inf"), myriad
        return True

    def value(self) -> float:
        return self.total + self.section + (self.digit or 0)


def numeral_value(run: str) -> float | None:
    """The value of a run of CJK numerals, or None when it is no composed number."""
    if not any(ch in _UNITS or ch in _MYRIADS for ch in run):
        return None  # "一", "二〇二六": a word's character or digits set one by one
    composition = _Composition()
    if not all(composition.add(ch) for ch in run):
        return None
    return composition.value()


def _magnitude(run: str) -> float:
    """The largest myriad a run is written in ("三億五千万": 1e8), 1 with none."""
    return max((_MYRIADS[ch] for ch in run if ch in _MYRIADS), default=1.0)


def _opening(masked: str, start: int, end: int) -> str | None:
    """What a run can open: "any" figure on a digit or on a 十 that goes on ("十五億"), only
    "money" on a bare hundred or thousand ("千円", "百万円") or in formal numerals; None glued to digits, after a word
    of vagueness ("数十万"), before one ("十数人"), or inside a name ("五十嵐")."""
    before = masked[start - 1:start]
    if before in _GLUED_BEFORE or before in _VAGUE or masked[end:end + 1] in _VAGUE or _NAMES.match(masked, start):
        return None
    first = masked[start]
    if any(ch in _FORMAL for ch in masked[start:end]):
        return "money"  # "壹仟贰佰万元": formal numerals write amounts
    if _DIGITS.get(first) or (_UNITS.get(first) == 10 and end - start > 1):
        return "any"
    return "money" if _UNITS.get(first, 0) > 10 else None


def _lone_count(masked: str, start: int, end: int, resume: int) -> float | None:
    """The value of a lone numeral counting with the counter word after it ("九種硬體架構") or a
    share in tenths ("三成": 3, read on as 30 percent); never an ordinal ("第九種") nor one glued
    to digits or to a word of vagueness."""
    ch = masked[start]
    if end - start != 1 or start < resume or masked[start - 1:start] in _GLUED_BEFORE | _VAGUE | {"第"}:
        return None
    if ch in _LONE_COUNTS and _COUNTERS.match(masked, end):
        return _LONE_COUNTS[ch]
    return _DIGITS[ch] if _DIGITS.get(ch) and scale.TENTHS.match(masked, end) else None


def _year(masked: str, end: int, value: float, magnitude: float) -> bool:
    return magnitude == 1.0 and 1800 <= value <= 2199 and masked[end:end + 1] == _YEAR


def _run_end(masked: str, start: int, end: int) -> int:
    """Where the number ends: before a 千 or 兆 that opens a unit ("五十万千瓦" is 500,000 kW)."""
    return end - 1 if end - start > 1 and scale.opens_cjk_unit(masked, end - 1) else end


def numeral_figures(masked: str, conv: Conventions) -> Iterator[Found]:
    """The figures written in CJK numerals in ``masked``, in reading order."""
    resume = 0
    for match in _RUN.finditer(masked):
        start = match.start()
        end = _run_end(masked, start, match.end())
        opening = _opening(masked, start, end) if start >= resume else None
        value = numeral_value(masked[start:end]) if opening else None
        lone = None if value is not None else _lone_count(masked, start, end, resume)
        if lone is not None:
            value, opening = lone, "any"
        magnitude = _magnitude(masked[start:end])
        if value is None or _year(masked, end, value, magnitude):
            continue
        found, resume = read_numeral(masked, start, end, value / magnitude, magnitude, conv)
        if found is not None and (opening == "any" or found.kind == "money"):
            found.value = value if magnitude != 1.0 else found.value  # 9.7 x 1e8 is not quite 9.7e8
            yield found
