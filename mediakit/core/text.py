"""Character classes and small text helpers shared by every extractor: one home for each.

Regular-expression fragments (to put inside ``[...]``) for scripts the rules must tell
apart, so no module spells a CJK range of its own.
"""

from __future__ import annotations

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs (with extension A, compatibility)
KANA = "\u3040-\u309f\u30a0-\u30ff"  # hiragana and katakana
HANGUL = "\uac00-\ud7af"
CJK = HAN + KANA + HANGUL
FULLWIDTH_PUNCT = "\u3000-\u303f\uff00-\uffef"  # ideographic space, 「」、。 and full-width forms


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
