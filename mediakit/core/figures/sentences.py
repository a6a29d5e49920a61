"""The sentence a figure stands in (its context) and the scale a table gives its amounts."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]」』]*(?=\s|$)|[。！？]+[”’」』）)]*")
_WORD_BEFORE_DOT = re.compile(r"[A-Za-z.&]+$")
_ABBREVIATIONS = frozenset("""
corp inc ltd co no nos mr mrs ms dr prof st vs etc e.g i.e jan feb mar apr jun jul aug sep sept
oct nov dec approx est dept govt fig vol jr sr gen rep sen ave rd mt ft pp op cf al
mio mrd tsd ca bzw usw nr
""".split())


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _WORD_BEFORE_DOT.search(text, max(0, dot - 24), dot)
    if not word:
        return False
    w = word.group().lower()
    return len(w) == 1 or "." in w or w in _ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            if _is_abbreviation(text, match.start()):
                continue
            following = text[match.end():match.end() + 3].lstrip()
            if following[:1].islower():
                continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


_TABLE_SCALE = re.compile(
    r"(?i)\bin\s+(thousands|millions|billions)\b"
    r"|\(\s*(?:[A-Z]{0,3}\$|€|£|¥|(?-i:[A-Z]{3}))\s?(?:in\s+)?(thousands|millions|billions|million|billion|mn|bn|m|'000)\s*\)")
_SCALES = {"thousands": 1e3, "'000": 1e3, "millions": 1e6, "million": 1e6, "mn": 1e6, "m": 1e6,
           "billions": 1e9, "billion": 1e9, "bn": 1e9}
PER_SHARE = re.compile(r"(?i)per\s+(?:share|unit)|\bEPS\b|\bpercent|%|\bratio\b|\bmargin\b")
_SCALE_WORDS = ("thousand", "million", "billion", "'000", "m)", "mn)", "bn)")


def table_scale(text: str) -> float | None:
    """The scale a table's caption or header gives its amounts: "(in millions of U.S. dollars)"."""
    low = text.lower()
    if not any(word in low for word in _SCALE_WORDS):
        return None
    match = _TABLE_SCALE.search(text)
    if not match:
        return None
    return _SCALES[(match.group(1) or match.group(2)).lower()]
