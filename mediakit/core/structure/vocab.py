"""The lexicon's structure tables as patterns: labels, "About" prefixes, end marks and the like."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..text import alternation as text_alternation


@cache
def alternation(name: str) -> str:
    """The entries of lexicon table ``name`` as one regex alternation, longest first, spaces loose."""
    return "(?:" + text_alternation(lexicon.words(name), loose_spaces=True) + ")"


def folded(text: str) -> str:
    """A line as the tables list it: lower case, single spaces, no trailing colon or bullets."""
    return re.sub(r"\s+", " ", text).strip(" *:：·•").casefold()


def is_entry(text: str, name: str) -> bool:
    """Is the whole of ``text`` an entry of lexicon table ``name``?"""
    return folded(text) in lexicon.words(name)
