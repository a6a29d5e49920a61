"""Character classes and small text helpers shared by every extractor: one home for each
(the patterns built from the classes are in ``scripts``).

Regular-expression fragments (to put inside ``[...]``) for scripts the rules must tell
apart, so no module spells a CJK range of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs (with extension A, compatibility)
HIRAGANA = "\u3040-\u309f"  # the syllabary Japanese writes its particles and endings in
KANA = HIRAGANA + "\u30a0-\u30ff"  # hiragana and katakana
HANGUL = "\uac00-\ud7af"
CJK = HAN + KANA + HANGUL
FULLWIDTH_PUNCT = "\u3000-\u303f\uff00-\uffef"  # ideographic space, 「」、。 and full-width forms
# Symbols Japanese and Chinese text sets before a heading ("■概要", "〇連絡先"); some are also bullets.
HEADING_MARKS = "〇○●◎◆◇■□▼▽▶▷★☆"
# The numerals Japanese and Chinese count parts with ("一、概要", "（二）背景", "第三章"), and the Roman
# numeral signs ("Ⅱ．").
CJK_NUMERALS = "〇一二三四五六七八九十百"
ROMAN_NUMERALS = "\u2160-\u216b"

def shown_name(name: str) -> str:
    """A file name as a file manager shows it: bytes that were not UTF-8 (which Python
    keeps as lone surrogates) become U+FFFD, so the name can be printed and stored."""
    if name.isascii():
        return name
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no decoder made: not a byte of the name
        raw = name.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def quoted_name(name: str) -> str:
    """``shown_name`` for a one-line message: newlines and other control characters are
    written as escapes (``\\n``, ``\\x1b``), so a name can never break or recolour the line."""
    shown = shown_name(name)
    if shown.isprintable():
        return shown
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in shown)


def alternation(words: Iterable[str], *, loose_spaces: bool = False, reverse: bool = False) -> str:
    """``words`` as one regex alternation (no group around it), longest first.

    Ties go in alphabetical order, so the pattern is the same string in every process
    (a set's order changes with the hash seed, and a new string means ``re`` compiles it again
    where ``regexcache`` would have kept it). ``loose_spaces``: a space matches any run of white
    space. ``reverse``: each word written backwards, for the anchored matches the figures rules
    run on the reversed text before a number.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    escaped = (re.escape(w[::-1] if reverse else w) for w in ordered)
    if loose_spaces:
        escaped = (e.replace(r"\ ", r"\s+") for e in escaped)
    return "|".join(escaped)
