"""Numbers written as one word over hundreds and thousands: "zweihundertfünfzig",
"dreitausend", "tweehonderdvijftig".

The parts are the lexicon's own words: ``NUMBER_WORDS`` below a hundred ("fünfzig",
"fünfundzwanzig"), ``COMPOUND_MULTIPLIERS`` ("hundert", "duizend"), ``COMPOUND_ONES`` ("ein")
and ``COMPOUND_JOINERS`` ("und"). A word is a number only when it splits into them whole, so
"Jahrhundert", "Hunderte" and "tausendfach" stay words.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..text import alternation

_SMALL: dict[str, float] = {w: v for w, v in lexicon.merged("NUMBER_WORDS").items()
                            if v < 100 and w.isalpha()}
_MULTIPLIERS: dict[str, float] = lexicon.merged("COMPOUND_MULTIPLIERS")
_LARGEST_FIRST = sorted(_MULTIPLIERS.items(), key=lambda item: -item[1])
_ONES = lexicon.words("COMPOUND_ONES")
_JOINERS = sorted(lexicon.words("COMPOUND_JOINERS"), key=len, reverse=True)
# A word holding a multiplier, for the number-word pattern of ``words``: the lookahead finds the
# multiplier, the word is then taken whole and never given back (linear in a word of any length).
WORD = r"(?=[^\W\d_]*?(?:" + alternation(_MULTIPLIERS) + r"))[^\W\d_]++" if _MULTIPLIERS else "(?!)"
# A multiplier anywhere in a text: where there is none, no word of it is a compound, and ``words``
# scans it without looking into every word for one (two thirds of that scan's time).
MULTIPLIER = re.compile(alternation(_MULTIPLIERS) if _MULTIPLIERS else "(?!)", re.I)


def _below(word: str, multipliers: list[tuple[str, float]]) -> float | None:
    """The value of ``word`` made of small words and the ``multipliers`` (largest first)."""
    if not multipliers:
        return _SMALL.get(word)
    name, factor = multipliers[0]
    head, found, tail = word.partition(name)
    if not found:
        return _below(word, multipliers[1:])
    count = 1.0 if head in _ONES or not head else _below(head, multipliers[1:])
    joiner = next((j for j in _JOINERS if tail.startswith(j) and tail != j), "")
    tail = tail[len(joiner):]  # "hundertundzehn"
    rest = _below(tail, multipliers[1:]) if tail else 0.0
    if count is None or rest is None:
        return None
    return count * factor + rest


def compound_value(word: str) -> float | None:
    """The value of a number written as one word with a multiplier in it, else None."""
    word = word.lower()
    if not any(name in word for name in _MULTIPLIERS):
        return None
    return _below(word, _LARGEST_FIRST)
