"""Character classes and small text helpers shared by every extractor: one home for each
(the patterns built from the classes are in ``scripts``).

Regular-expression fragments (to put inside ``[...]``) for scripts the rules must tell
apart, so no module spells a CJK range of its own.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs (with extension A, compatibility)
HIRAGANA = "\u3040-\u309f"  # the syllabary Japanese writes its particles and endings in
KANA = HIRAGANA + "\u30a0-\u30ff"  # hiragana and katakana
HANGUL = "\uac00-\ud7af"
CJK = HAN + KANA + HANGUL
FULLWIDTH_PUNCT = "\u3000-\u303f\uff00-\uffef"  # ideographic space, 「」、。 and full-width forms
# Symbols Japanese and Chinese text sets before a heading ("■概要", "〇連絡先"); some are also bullets.
HEADING_MARKS = "〇○◯●◎◆◇■□▼▽▶▷★☆"
# The numerals Japanese and Chinese count parts with ("一、概要", "（二）背景", "第三章"), and the Roman
# numeral signs ("Ⅱ．").
CJK_NUMERALS = "〇一二三四五六七八九十百"
ROMAN_NUMERALS = "\u2160-\u216b"

def file_suffix(name: str) -> str:
    """A file name's suffix as ``PurePath.suffix`` gives it (".md"; "" for ".profile" or "notes."),
    without importing ``pathlib``, which costs a new process 2 ms for the split."""
    base = _last_part(name)
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


def file_stem(name: str) -> str:
    """A file name without its suffix, as ``PurePath.stem`` gives it."""
    base = _last_part(name)
    suffix = file_suffix(base)
    return base[:-len(suffix)] if suffix else base


def _last_part(name: str) -> str:
    if os.altsep:
        name = name.replace(os.altsep, os.sep)
    return name.rstrip(os.sep).rsplit(os.sep, 1)[-1]


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
    """``words`` as one regex alternation that matches the longest word first.

    Written as a trie ("jan(?:uary)?" rather than "january|jan"): ``re`` tries every branch of a
    flat alternation at every position of the text, and under ``re.I`` it can skip none, so a
    table of a few hundred words cost milliseconds per paragraph. In the trie a longer word is
    tried before its prefix, which is what longest-first order did. Where two branches of one
    node differ only in case (which ``re.I`` would match alike, so a shorter word could win),
    the flat form is kept. The string is the same in every process (sorted), so ``regexcache``
    keeps the pattern; the text made for a table as a module is imported is kept too (``kept_text``,
    looked up by the set of words, so a later run neither sorts nor escapes them).
    ``loose_spaces``: a space matches any run of white space. ``reverse``: each word written
    backwards, for the anchored matches the figures rules run on the reversed text before a number.
    """
    table = frozenset(words)
    from .regexcache import kept_text

    return kept_text(("alternation", _WRITTEN_AS, table, loose_spaces, reverse),
                     lambda: _alternation(table, loose_spaces, reverse))


_WRITTEN_AS = 1  # in the kept text's key: raise it when _alternation writes a table differently


def _alternation(words: frozenset[str], loose_spaces: bool, reverse: bool) -> str:
    keys = sorted({w[::-1] if reverse else w for w in words}, key=lambda w: (-len(w), w))
    space = r"\s+" if loose_spaces else r"\ "
    flat = "|".join(re.escape(k).replace(r"\ ", space) for k in keys)
    return flat if len(keys) < 2 else _trie(keys, space) or flat


_Node = dict[str, "_Node"]  # a trie node: each next character's node ("" where a word ends)


def _trie(keys: list[str], space: str) -> str | None:
    """``keys`` as a trie pattern; None where two branches of a node differ only in case."""
    root: _Node = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(root, space)


def _trie_pattern(node: _Node, space: str) -> str | None:
    """One trie node as a pattern: each child (in code-point order), then the word ending here."""
    children = sorted(ch for ch in node if ch)
    if len({ch.lower() for ch in children}) != len(children):
        return None
    parts = []
    for ch in children:
        below = _trie_pattern(node[ch], space)
        if below is None:
            return None
        parts.append((space if ch == " " else re.escape(ch)) + below)
    if not parts:
        return ""
    if len(parts) == 1 and "" not in node:
        return parts[0]
    return "(?:" + "|".join(parts) + ")" + ("?" if "" in node else "")
