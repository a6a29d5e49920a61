"""Choosing quotation spans: pair the quote marks of one block in a single pass.

Double marks of every script (“…”, «…», „…“, ‹…›, 「…」, "…", the Scandinavian ”…”, the German and Danish »…«) and, where
they stand alone, British single marks (‘…’, '…') and German ones (‚…‘); a mark without its pair runs to the block's end (an open-ended quotation that the
next paragraph continues). ``is_sentence`` tells a quotation from a scare quote or a quoted title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import CJK

_CJK_CHAR = re.compile(f"[{CJK}]")
WORD = re.compile(r"[^\W\d_](?:[\w’'\-]*\w)?")


def blank(text: str) -> bool:
    """Nothing but white space and punctuation between two things."""
    return not text.strip(" \t\n,.;:，。；：、-—–")


_MARKS = re.compile('[“”«»‹›「」『』„"]')
_CURLY_MARKS = re.compile("[“”]")
_OPENERS = {"“": "“", "«": "«", "‹": "‹", "「": "「", "『": "『", "„": "„", '"': '"'}
_CLOSERS = {"“": "”", "«": "»", "‹": "›", "「": "」", "『": "』", "„": "“”\"", "»": "«", "›": "‹"}
_BEFORE_OPENING = frozenset("([{—–-/:")


def _opens_scandinavian(text: str, i: int) -> bool:
    """A ” that opens a quotation (Swedish, Finnish, Norwegian copy: ”Vi är redo,” sa hon): at a
    word's start, after a space, a bracket or the block's start, with a word right after it."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in _BEFORE_OPENING) and not nxt.isspace() and nxt not in ",.;:!?”"


def _opens_reversed(text: str, i: int) -> bool:
    """A » (or ›) that opens a quotation the German and Danish way (»Wir sind bereit«, sagte sie):
    at a word's start, with a letter, a digit or an ellipsis right after it. A French closing mark
    stands before a space or punctuation (« … », dit-il), a breadcrumb's arrow between spaces."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in _BEFORE_OPENING) and (nxt.isalnum() or nxt == "…")


def _opens(text: str, i: int, ch: str) -> bool:
    """Does the mark ``ch`` at ``i`` open a quotation where none is open?"""
    if ch in _OPENERS:
        return True
    if ch == "”":
        return _opens_scandinavian(text, i)
    return ch in "»›" and _opens_reversed(text, i)


@dataclass
class Span:
    """One quotation's marks and the text between them, as offsets into a block's text."""

    start: int  # the opening mark
    inner_start: int
    inner_end: int
    end: int  # just after the closing mark (the text's end when open-ended)
    open_ended: bool


def scan(text: str) -> list[Span]:
    """The quotations of one block: double marks and, where they stand alone, single ones."""
    doubles = scan_double(text)
    if "‘" not in text and "'" not in text and "‚" not in text:
        return doubles
    return _combine(doubles, _scan_single(text))


# --- single marks -----------------------------------------------------------------------
# British and some wire copy quote with single marks only: ‘We are delighted,’ said Jo Bloggs.
# The closing mark is also the apostrophe (company’s, members’), so a mark opens only at the
# start of a word (after a space or an opening bracket) and closes only after punctuation
# (",’" ".’" "?’") or, glued to a word, before punctuation or the end (‘…’, she said).

_SINGLE_MARKS = re.compile("[‘’'‚]")
_SINGLE_CLOSERS = {"‘": "’'", "'": "’'", "‚": "‘"}  # German ‚…‘ closes with the English opening mark
_OPEN_BEFORE = frozenset("([{—–-/\"“«„")
_CLOSE_AFTER_PUNCT = frozenset(".,!?…—–-")
_CLOSE_BEFORE_PUNCT = frozenset(",.;:!?)")


def _single_opens(text: str, i: int) -> bool:
    if text[i] not in "‘'‚":
        return False
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return (prev.isspace() or prev in _OPEN_BEFORE) and (nxt.isalpha() or nxt in "“\"…")


def _single_closes(text: str, i: int, closers: str = "’'") -> bool:
    if text[i] not in closers or i == 0:
        return False
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if nxt.isalnum():
        return False  # it’s, rock 'n' roll
    if prev in _CLOSE_AFTER_PUNCT:
        return True
    return (prev.isalnum() or prev in "”\")") and (nxt == "" or nxt in _CLOSE_BEFORE_PUNCT)


def _scan_single(text: str) -> list[Span]:
    spans: list[Span] = []
    start: int | None = None
    for match in _SINGLE_MARKS.finditer(text):
        i = match.start()
        if start is None:
            if _single_opens(text, i):
                start = i
        elif _single_closes(text, i, _SINGLE_CLOSERS[text[start]]):
            spans.append(Span(start, start + 1, i, i + 1, False))
            start = None
        elif _single_opens(text, i):
            start = i  # the earlier mark opened nothing (‘90s, a stray mark): start again here
    if start is not None and (blank(text[:start]) or text[:start].rstrip().endswith((":", ",", ".", "!", "?"))):
        spans.append(Span(start, start + 1, len(text), len(text), True))  # runs on to the next paragraph
    return spans


def _combine(doubles: list[Span], singles: list[Span]) -> list[Span]:
    """Single-mark quotations that are not inside a double-mark one; doubles inside them go."""
    if not singles:
        return doubles
    if not doubles:
        return singles
    out: list[Span] = []
    d = 0
    for single in singles:
        while d < len(doubles) and doubles[d].end <= single.start:
            out.append(doubles[d])
            d += 1
        if d < len(doubles) and doubles[d].start < single.start:
            continue  # inside (or across) a double-mark quotation: the doubles are read first
        inner = d
        while inner < len(doubles) and doubles[inner].end <= single.end:
            inner += 1
        if inner < len(doubles) and doubles[inner].start < single.end:
            continue  # crosses a double-mark quotation
        out.append(single)
        d = inner  # doubles nested in a single-mark quotation (British style) are part of it
    out.extend(doubles[d:])
    return out


def scan_double(text: str) -> list[Span]:
    """Pair the quote marks of one block in a single pass (nested pairs of one kind are counted)."""
    spans: list[Span] = []
    outer: str | None = None
    depth = 0
    start = 0
    last_curly_close = text.rfind("”")
    for match in _MARKS.finditer(text):
        ch = match.group()
        i = match.start()
        if outer is None:
            if _opens(text, i, ch):
                outer, depth, start = ch, 1, i
            continue
        if outer == "”":
            if ch == "”" or ch == '"':
                spans.append(Span(start, start + 1, i, i + 1, False))
                outer = None
            continue
        if outer == '"':
            if ch == '"' and _opens_after_sentence(text, i):
                spans.append(Span(start, start + 1, i, i, False))  # the quotation before lost its closing mark
                start = i
                continue
            if ch == '"' or ch == "”" and not text[i - 1].isspace():  # "… typed,” : a curly mark closes it
                spans.append(Span(start, start + 1, i, i + 1, False))
                outer = None
            continue
        if ch == outer:
            depth += 1
        elif ch in _CLOSERS[outer] or _mixed_close(outer, ch, i, depth, last_curly_close):
            depth -= 1
            if depth == 0:
                spans.append(Span(start, start + 1, i, i + 1, False))
                outer = None
    if outer is not None:
        if outer == "“" and depth > 1:
            spans.extend(_scan_flat(text, start))  # a closing mark is missing: pair “ and ” flatly
        else:
            spans.append(Span(start, start + 1, len(text), len(text), True))
    return spans


def _opens_after_sentence(text: str, i: int) -> bool:
    """A straight mark after a finished sentence and a space, a word right after it, opens the next
    quotation ("…the industry.   "Having worked …"): the one before lost its closing mark. A closing
    mark stands against the sentence's last mark ("…the industry."), and a quoted phrase inside a
    sentence follows no full stop."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if not text[i - 1].isspace() or not nxt.isalnum():
        return False
    before = text[max(0, i - 8):i].rstrip()
    return before.endswith((".", "!", "?", "…"))


def _mixed_close(outer: str, ch: str, i: int, depth: int, last_curly_close: int) -> bool:
    """A straight mark closes a curly opening one where no curly closing mark follows
    (“Mixed marks," a web copy's editor typed; the other way round is read in ``scan_double``):
    the words between are still the release's."""
    return outer == "“" and ch == '"' and depth == 1 and i > last_curly_close


def _scan_flat(text: str, pos: int) -> list[Span]:
    spans: list[Span] = []
    current: int | None = None
    for match in _CURLY_MARKS.finditer(text, pos):
        i = match.start()
        if match.group() == "“":
            if current is not None:
                spans.append(Span(current, current + 1, i, i, False))
            current = i
        elif current is not None:
            spans.append(Span(current, current + 1, i, i + 1, False))
            current = None
    if current is not None:
        spans.append(Span(current, current + 1, len(text), len(text), True))
    return spans


def is_sentence(inner: str) -> bool:
    """A real quotation, not a scare quote or a quoted title: six words or fifteen CJK characters (eight
    that end a sentence: "今年还将新建十座口袋公园。"), not all in Title Case unless a sentence ends in them."""
    cjk = len(_CJK_CHAR.findall(inner))
    if cjk >= 15 or cjk >= 8 and inner.rstrip().endswith(("。", "！", "？")):
        return True
    words = WORD.findall(inner)
    if len(words) < 6:
        return False
    long_words = [w for w in words if len(w) >= 4]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    # Title Case Name Of A Scheme is no quotation
    # (German capitalises its nouns: a sentence that ends in a full stop is no title)
    return not (long_words and capitalised >= 0.7 * len(long_words) and not re.search(r"[.!?](?:\s|$)", inner.rstrip()))
