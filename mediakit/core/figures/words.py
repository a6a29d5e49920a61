"""Counts written out in words: "seven offenders", "two million riders", "more than a billion
downloads". The words are the lexicon's ``NUMBER_WORDS``; the magnitude, qualifier and noun
after them are read by the same rules as a count in digits.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..text import alternation
from . import classify, compounds, qualifiers, scale
from .read import WINDOW

_WORDS: dict[str, float] = lexicon.merged("NUMBER_WORDS")
# A one-word compound ("zweihundertfünfzig") is tried first, then the lexicon's words; the second
# pattern, without compounds, for a text with no multiplier (``compounds.MULTIPLIER``).
_SPELLED = alternation(_WORDS).replace(r"\ ", r"\s")
_NUMBER_WORD = re.compile(r"(?<![\w-])(" + compounds.WORD + "|" + _SPELLED + r")(?![\w-])", re.I)
_LEXICON_NUMBER_WORD = re.compile(r"(?<![\w-])(" + _SPELLED + r")(?![\w-])", re.I)
_DURATIONS = lexicon.words("DURATION_WORDS")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# "two hundred", "one hundred and twenty", "hundert": a count of hundreds and what goes on below it.
_HUNDRED = re.compile(r"\s+(?:hundred|hundert)(?![\w-])", re.I)
_BELOW_HUNDRED = re.compile(r"(?:\s+and)?\s+(" + _SPELLED + r")(?![\w-])", re.I)


def _hundreds(masked: str, end: int, value: float) -> tuple[float, int]:
    """The value and end of a count in words read on over its hundreds ("two hundred and fifty")."""
    if value < 10:
        hundred = _HUNDRED.match(masked, end)
        if hundred:
            value, end = value * 100, hundred.end()
    if value % 100 == 0 and value < 1000:
        below = _BELOW_HUNDRED.match(masked, end)
        rest = _WORDS[" ".join(below.group(1).lower().split())] if below else 100.0
        if below and rest < 100:
            value, end = value + rest, below.end()
    return value, end
_RATIO = re.compile(r"\s+(?:in|out\s+of|of\s+every)\s+(?:" + alternation(_WORDS) + r"|\d)", re.I)
# "the", "these", "those", "its", "their", "our", "his", "her", "die", "los", "les" before the
# count (read on the reversed text).
_DEFINITE_BEFORE = re.compile(r"\s+(?:eht|eseht|esoht|sti|rieht|ruo|sih|reh|eid|sol|sal|sel|sed)(?![A-Za-z])", re.I)


# The word before a number word, and a joiner between them ("treinta y cinco", "vingt et un"): the
# number word is then the last part of a larger number the lexicon does not hold.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s-]+(?:(?:y|e|and|und|et|og|och|en)[\s-]+)?$", re.I)


def _ends_a_larger_number(masked: str, start: int) -> bool:
    before = _WORD_BEFORE.search(masked[max(0, start - 30):start])
    return before is not None and _value(before.group(1)) is not None


def _value(word: str) -> float | None:
    return _WORDS.get(" ".join(word.lower().split())) or compounds.compound_value(word)


def _acronym(masked: str, start: int, end: int) -> bool:
    """A number word written in capitals where the words around it are not."""
    word = masked[start:end]
    if len(word) < 2 or not word.isupper():
        return False
    around = masked[max(0, start - 40):start] + masked[end:end + 40]
    return any(c.islower() for c in around)


def spelled_counts(masked: str) -> list[tuple[int, int, float, str | None, str | None]]:
    """(start, end, value, qualifier, unit) of each count written in words and followed by its noun,
    of each percentage written so ("Ninety-three percent of …": a sentence opens with no digits),
    its unit "%", and of each measure ("five hectares", "two million litres"), its unit.

    A bare "a million" counts only with a qualifier before it ("nearly a million"), and a
    number word standing before a digit ("two 5-star hotels") is left to the digits. Small
    counts (two to five) are kept only with a magnitude or a qualifier ("two million", "more
    than three"), and a count after a definite word ("the three pillars", "these five years")
    points back at things already counted: neither is a figure a reporter would pull out. Nor
    is a span of time ("over three years") or a ratio in words ("nine in ten").
    """
    found: list[tuple[int, int, float, str | None, str | None]] = []
    ratio_end = 0
    number_word = _NUMBER_WORD if compounds.MULTIPLIER.search(masked) else _LEXICON_NUMBER_WORD
    for match in number_word.finditer(masked):
        if match.start() < ratio_end:
            continue  # the "ten" of "nine in ten", the "twenty" of "one hundred and twenty"
        ratio = _RATIO.match(masked, match.end())
        if ratio:
            ratio_end = ratio.end()
            continue  # "nine in ten people"
        if _acronym(masked, match.start(), match.end()):
            continue  # "the SIX Swiss Exchange", "TEN-T": a name in capitals in a sentence that has none
        word = _value(match.group(1))
        if word is None:
            continue  # "Jahrhundert", "Hunderte": a word with a multiplier in it
        value, end = _hundreds(masked, match.end(), word)
        ratio_end = end
        magnitude = scale.magnitude_after(masked, end, None)
        if magnitude:
            value *= magnitude[0]
            end = magnitude[1]
        q = qualifiers.before(masked[max(0, match.start() - WINDOW):match.start()][::-1])
        percent = None if magnitude else scale.PERCENT.match(masked, end)
        if percent and not _ends_a_larger_number(masked, match.start()):
            found.append((match.start(), percent.end(), value, q[0] if q else None, "%"))
            continue
        measure = scale.unit_after(masked, end)
        if measure and measure[0] != "%":
            found.append((match.start(), measure[1], value, q[0] if q else None, measure[0]))
            continue  # "five hectares", "zwei Tonnen", "drei Millionen Tonnen": a measure, however small
        if _a_counted_thing(masked, match, end, value, q is not None):
            found.append((match.start(), end, value, q[0] if q else None, None))
    return found


def _a_counted_thing(masked: str, match: re.Match[str], end: int, value: float, qualified: bool) -> bool:
    """Is the count in words ``match`` (read on to ``end``) a figure (see ``spelled_counts``)?"""
    if match.group(1).lower().startswith("a ") and value >= 1e3 and not qualified:
        return False
    if not qualified and (value < 6 or _DEFINITE_BEFORE.match(masked[max(0, match.start() - 12):match.start()][::-1])):
        return False
    if re.match(r"\s*\d", masked[end:end + 3]) or not classify.count_has_noun(masked, end):
        return False
    noun = _NEXT_WORD.match(masked, end)
    # "over three years", "until eight in the evening"
    return not ((noun and noun.group(1).lower() in _DURATIONS) or classify.is_time_of_day(masked, end))
