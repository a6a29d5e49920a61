"""Character classes and small text helpers shared by every extractor: one home for each.

Regular-expression fragments (to put inside ``[...]``) for scripts the rules must tell
apart, so no module spells a CJK range of its own.
"""

from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs (with extension A, compatibility)
KANA = "\u3040-\u309f\u30a0-\u30ff"  # hiragana and katakana
HANGUL = "\uac00-\ud7af"
CJK = HAN + KANA + HANGUL
FULLWIDTH_PUNCT = "\u3000-\u303f\uff00-\uffef"  # ideographic space, 「」、。 and full-width forms

_WIDE = re.compile(f"[{CJK}{FULLWIDTH_PUNCT}]")
_UNSPACED = re.compile(f"[{HAN}{KANA}{FULLWIDTH_PUNCT}]")  # Korean puts spaces between words


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
