"""Small helpers for building the anchored patterns every figures module reads with."""

from __future__ import annotations

import re
from collections.abc import Iterable


def reversed_alternation(words: Iterable[str]) -> str:
    """An alternation matching any of ``words`` written backwards, longest first.

    What stands before a number is read on the reversed window with anchored matches (one
    attempt each), never with searches ending in "$" that would try every start in the window.
    """
    return "|".join(re.escape(w[::-1]) for w in sorted(set(words), key=len, reverse=True))


def alternation(words: Iterable[str]) -> str:
    """An alternation matching any of ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
