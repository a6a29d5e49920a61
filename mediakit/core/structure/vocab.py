"""The lexicon's structure tables as patterns: labels, "About" prefixes, end marks and the like."""

from __future__ import annotations

from functools import cache, lru_cache

from .. import lexicon
from ..text import alternation as text_alternation


@cache
def alternation(name: str) -> str:
    """The entries of lexicon table ``name`` as one regex alternation, longest first, spaces loose."""
    return "(?:" + text_alternation(lexicon.words(name), loose_spaces=True) + ")"


def folded(text: str) -> str:
    """A line as the tables list it: lower case, single spaces, no trailing colon or bullets."""
    return _short_folded(text) if len(text) <= 300 else _fold(text)


def _fold(text: str) -> str:
    return " ".join(text.split()).strip(" *:：·•").casefold()


_short_folded = lru_cache(maxsize=4096)(_fold)  # each short block is looked up in a dozen tables


def is_entry(text: str, name: str) -> bool:
    """Is the whole of ``text`` an entry of lexicon table ``name``?"""
    return folded(text) in lexicon.words(name)


def opens_with_entry(text: str, name: str) -> bool:
    """A title in title case that opens with an entry of table ``name`` and joins more words on
    ("Forward-Looking Statements and Safe Harbor Notice:", "Notes to Editors and Picture Credits")."""
    words = text.rstrip(":： ").split()
    if not 2 <= len(words) <= 10 or not all(w[:1].isupper() or len(w) <= 3 for w in words):
        return False
    return any(is_entry(" ".join(words[:n]), name) for n in range(1, len(words)))
