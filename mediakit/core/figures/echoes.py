"""A number written twice, in words and in digits, the legal way: "ten thousand (10,000) shares",
"one (1) seat", "twelve (12) months", "12 (twelve) clerks". The two are one figure: it starts
at the first and reads on after the bracket.

A word of the echo is the lexicon's: a count (``NUMBER_WORDS``, also one written as one word,
"zweihundert"), a word for one (``ONE_WORDS``, a count only where digits repeat it), a
magnitude (``MAGNITUDES``) or a joiner between them ("and", ``COMPOUND_JOINERS``).
"""

from __future__ import annotations

import re

from .. import lexicon
from .compounds import compound_value

_COUNTS = frozenset(w for w in lexicon.merged("NUMBER_WORDS") if " " not in w) | lexicon.words("ONE_WORDS") \
    | frozenset(w for w in lexicon.merged("MAGNITUDES") if w.isalpha())
_JOINERS = frozenset({"and"}) | lexicon.words("COMPOUND_JOINERS")
_MOST_WORDS = 5
# On the reversed text before the digits: the opening bracket, then one word at a time.
_OPEN = re.compile(r"\s*\(\s*")
_WORD_BACK = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)(?![\w-])")
_SPACE_BACK = re.compile(r"\s+")
# After the digits: the words in brackets.
_AFTER = re.compile(r"\s*\(\s*([^\W\d_]+(?:[-\s][^\W\d_]+){0,4})\s*\)")


def _counts(word: str) -> bool:
    word = word.lower()
    return word in _COUNTS or compound_value(word) is not None


def words_before(masked: str, start: int) -> int:
    """How many characters before the digits at ``start`` the number words they repeat in
    brackets take (with the bracket), 0 when no number words stand there."""
    back = masked[max(0, start - 80):start][::-1]
    bracket = _OPEN.match(back)
    if not bracket:
        return 0
    pos, lead = bracket.end(), 0
    for _ in range(_MOST_WORDS):
        word = _WORD_BACK.match(back, pos)
        if not word:
            break
        text = word.group(1)[::-1]
        if not _counts(text) and not (lead and text.lower() in _JOINERS):
            break
        if _counts(text):
            lead = word.end()
        space = _SPACE_BACK.match(back, word.end())
        if not space:
            break
        pos = space.end()
    return lead


def words_after(masked: str, end: int) -> int | None:
    """Where the number words repeating the digits ending at ``end`` close their bracket
    ("12 (twelve)"), else None."""
    after = _AFTER.match(masked, end)
    if not after:
        return None
    words = re.split(r"[-\s]+", after.group(1))
    if not _counts(words[-1]) or not all(_counts(w) or w.lower() in _JOINERS for w in words):
        return None
    return after.end()
