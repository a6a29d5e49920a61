"""Character classes and small text helpers shared by every extractor: one home for each.

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

_WIDE = re.compile(f"[{CJK}{FULLWIDTH_PUNCT}]")
_UNSPACED = re.compile(f"[{HAN}{KANA}{FULLWIDTH_PUNCT}]")  # Korean puts spaces between words


_KANA_CHARS = re.compile(f"[{KANA}]")
_HANGUL_CHARS = re.compile(f"[{HANGUL}]")
# A script written in one country only, so a phone number written without a country code in a
# text in it is of that country; ``SCRIPT_SHARE`` of its letters must be in the script.
_ONE_COUNTRY_SCRIPTS = ((_KANA_CHARS, "JP"), (_HANGUL_CHARS, "KR"))
SCRIPT_SHARE = 0.1
# Common characters written only in simplified Chinese (their traditional forms differ, and
# Japanese writes them otherwise too): a text that uses them is from the mainland. A text in
# traditional characters says nothing of which of Taiwan, Hong Kong or Macau it is from.
_SIMPLIFIED_ONLY = re.compile("[们发这对时说经现电话联为业产动员应关务进长开门问间东车书乐网认议运达选页领报资实觉让还两个从]")
_SIMPLIFIED_MIN = 5


def script_region(text: str) -> str | None:
    """The country a text is from by its script alone: kana is written in Japan only, hangul in
    Korea, simplified Chinese on the mainland (traditional characters and the Latin alphabet say
    nothing of a country)."""
    letters = sum(1 for ch in text if ch.isalpha())
    for pattern, region in _ONE_COUNTRY_SCRIPTS:
        count = len(pattern.findall(text))
        if count >= 20 and count >= SCRIPT_SHARE * letters:
            return region
    return "CN" if len(_SIMPLIFIED_ONLY.findall(text)) >= _SIMPLIFIED_MIN else None


def display_width(line: str) -> int:
    """Columns a line takes on a page: a CJK or full-width character counts two.

    Hand-written rather than ``unicodedata.east_asian_width`` per character: one regex count
    covers the classes above and keeps long texts fast.
    """
    return len(line) + len(_WIDE.findall(line))


def join_wrapped(lines: list[str]) -> str:
    """Lines of one hard-wrapped paragraph as one line: a space between words, none where
    either side of the break is Chinese or Japanese (they put no space between words, nor
    between a word and a number or a Latin name)."""
    out = ""
    for line in lines:
        if out and not (_UNSPACED.match(out[-1]) or _UNSPACED.match(line[0])):
            out += " "
        out += line
    return out

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
