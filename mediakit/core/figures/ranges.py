"""Ranges written with the scale once, after the high end: "$190 to $200 million", "3 to 4
million units", "between $1.5 and $2 billion", "10 to 15%", "8 to 16 kW", "zwischen 3,0 und 3,2 Milliarden
Euro", and with the currency once, before the low end: "zwischen CHF 1.25 und 1.30 Mrd.". A low end
a thousand times the high end or more is already written in full and borrows nothing: "cut the loss by
$318,772 to $4.6 million" is no range.

The words joining the two ends are the lexicon's ``RANGE_JOINERS``.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..text import alternation
from . import money, scale
from .classify import LETTERS, count_has_noun

_TO = alternation(lexicon.words("RANGE_JOINERS"))
_AND = alternation(lexicon.words("RANGE_AND_JOINERS"))
_HIGH_END = r"(?![^\W\d_]))\s?(?:(?:US|HK|NT|S|A|C|R)?\$|[€£¥₹]|CHF\s?|EUR\s?)?\s?(\d+(?:[.,'’]\d+)*)"
_RANGE_TO = re.compile(r"\s?(?:[-–—]|(?:" + _TO + ")" + _HIGH_END)
_RANGE_AND = re.compile(r"\s?(?:(?:" + _AND + ")" + _HIGH_END)
# Read on the reversed text before a number: "between", "zwischen" right before it (its sign left out).
_OPENER_BEFORE = re.compile(r"\s*(?:" + alternation(lexicon.words("RANGE_OPENERS"), reverse=True) + r")(?![^\W\d_])", re.I)
# Read on the reversed text before a high end: a joiner, the low end's digits, then its currency.
_LOW_END_BEFORE = re.compile(r"\s+(?:" + alternation(lexicon.words("RANGE_JOINERS"), reverse=True) + r")\s+\d[\d.,'’]*")
_LOW_END_AFTER_OPENER = re.compile(
    r"\s+(?:" + alternation(lexicon.words("RANGE_AND_JOINERS"), reverse=True) + r")\s+\d[\d.,'’]*")


def opens_range(before: str) -> bool:
    """Does a "between" word stand right before a number (``before`` is the text before it, reversed)?"""
    return _OPENER_BEFORE.match(before) is not None


def _rough_value(digits: str) -> float:
    """The high end's size, near enough to compare: groups of three after a mark are thousands
    ("2,000"), anything else a decimal part ("2.2", "1,5")."""
    parts = re.split(r"[.,'’]", digits)
    if len(parts) > 1 and all(len(part) == 3 for part in parts[1:]):
        return float("".join(parts))
    return float(parts[0] + ("." + parts[1] if len(parts) > 1 else ""))


def shared_scale(masked: str, pos: int, currency: str | None, opened: bool = False,
                 low: float = 0.0) -> tuple[float, str | None, int, str] | None:
    """What is written after the high end of a range that starts at ``pos`` and scales both ends:
    the magnitude, the unit ("%" for a percent; "8 und 16 kW"), where reading the high end stopped
    and the magnitude as written; None when no range or no scale follows. ``opened``: a "between"
    word stands before the low end, so "and" joins the ends too; ``low``: the low end's value, which
    borrows no scale when it is a thousand times the high end or more."""
    joined = _RANGE_TO.match(masked, pos) or (_RANGE_AND.match(masked, pos) if opened else None)
    if not joined or (joined.group(1) and low >= 1000 * _rough_value(joined.group(1))):
        return None
    after = joined.end()
    glued = LETTERS.match(masked, after)
    if glued:
        magnitude = scale.glued_magnitude(glued.group(), currency)
        if magnitude is not None:
            return magnitude, None, glued.end(), glued.group()
    word = scale.magnitude_after(masked, after, currency)
    if word:
        return word[0], None, word[1], masked[after:word[1]]
    pct = scale.PERCENT.match(masked, after) if currency is None else None
    if pct:
        return 1.0, "%", pct.end(), ""
    unit = scale.unit_after(masked, after) if currency is None else None
    if unit:
        return 1.0, unit[0], unit[1], ""
    return None  # "Between 10 and 20 staff": only the high end carries its noun


def low_end_currency(back: str, dollar: str, yen: str) -> str | None:
    """The currency written before the low end of a range whose high end follows ``back`` (the
    text before it, reversed): "CHF 1.25 und 1.30 Mrd." gives the 1.30 billion its francs. Only a
    low end of bare digits passes it on, never one with its own magnitude ("€5 million and 3 billion")."""
    low = _LOW_END_BEFORE.match(back)
    opened = None if low else _LOW_END_AFTER_OPENER.match(back)
    found = low or opened
    if found is None:
        return None
    rest = back[found.end():]
    sign = money.sign_before(rest, dollar, yen)
    if sign is None or (opened is not None and not opens_range(rest[sign[1]:])):
        return None
    return sign[0]


# "The number of students rose from 310 to 356", "Die Zahl der Promovierenden stieg von 310 auf 356": both
# ends of a change of a number the clause names before them (lexicon COUNT_OF_WORDS) count that thing.
_COUNT_OF = re.compile(r"(?<![^\W\d_])(?:" + alternation(lexicon.words("COUNT_OF_WORDS"), loose_spaces=True)
                       + r")(?![^\W\d_])", re.I)
_CHANGE_END_BEFORE = re.compile(r"\s+(?:" + alternation(lexicon.words("CHANGE_END_WORDS"), reverse=True)
                                + r")(?![^\W\d_])", re.I)  # on the reversed text before the number
_CLAUSE_REACH = 90  # characters back to the number's clause's "number of"


def counts_a_named_number(masked: str, start: int, back: str) -> bool:
    """The number at ``start`` (``back``: the text before it, reversed) is an end of a change ("from
    310", "auf 356") of a number its clause names before it ("the number of students")."""
    if not _CHANGE_END_BEFORE.match(back):
        return False
    clause = masked[max(0, start - _CLAUSE_REACH):start]
    clause = clause[max(clause.rfind(". "), clause.rfind("; "), clause.rfind("。")) + 1:]
    return _COUNT_OF.search(clause) is not None


def counted_high_end(masked: str, pos: int) -> bool:
    """Does a range's high end with its noun follow ``pos`` ("180,000 to 190,000 ounces")? The low
    end, grouped in thousands, counts the same things."""
    joined = _RANGE_TO.match(masked, pos)
    return joined is not None and joined.group(1) is not None and count_has_noun(masked, joined.end())
