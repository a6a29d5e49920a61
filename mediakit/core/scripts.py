"""What a text's script says: how wide a line is on a page, how hard-wrapped lines join, and
which country a text is from by its script alone.

Apart from ``text`` (the character classes, which the window's process imports at start-up)
because its patterns walk the CJK ranges code point by code point as they compile: only the
analyser uses them, and it imports this module, so its compiled patterns are kept between
runs (``regexcache``) while the window never compiles them.
"""

from __future__ import annotations

import re

from .text import CJK, FULLWIDTH_PUNCT, HAN, HANGUL, KANA

__all__ = ["SCRIPT_SHARE", "display_width", "join_wrapped", "script_region"]

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
