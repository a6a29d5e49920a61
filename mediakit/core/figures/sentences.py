"""The sentence a figure stands in (its context) and the scale a table gives its amounts.

A table is a block of " | " rows, or, in a plain-text filing whose columns were aligned with
spaces, a line of a label and two amounts or more ("Net sales $2,140.3 $2,013.5"); the caption's
"(in millions)" holds over the header lines below it ("(unaudited)", "2024 2023") down to the rows.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]」』]*(?=\s|$)|[。！？]+[”’」』）)]*")
_WORD_BEFORE_DOT = re.compile(r"[A-Za-z.&]+$")
_ABBREVIATIONS = frozenset("""
corp inc ltd co no nos mr mrs ms dr prof st vs etc e.g i.e jan feb mar apr jun jul aug sep sept
oct nov dec approx est dept govt fig vol jr sr gen rep sen ave rd mt ft pp op cf al
mio mrd tsd ca bzw usw nr rs
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


# A label, then two amounts or more set apart by spaces: "$2,140.3", "$ (12.4)", "1,088.3", "(806)".
_AMOUNT = r"\s+(?:[A-Z]{0,3}\$|€|£|¥)?\s?\(?-?\d[\d,]*(?:\.\d+)?\)?"
_TEXT_ROW = re.compile(r"(?P<label>[^\W\d][^\d$€£¥|]*?)(?:" + _AMOUNT + r"){2,}\s*")
# A header line of a table: short, and no sentence ends in it ("(unaudited)", "Fourth Quarter").
_HEADER_LINE = re.compile(r"[^.!?。]{0,80}")


def row_label(text: str) -> str | None:
    """The label of a table row (" | " cells, or a plain-text row of amounts), None for prose."""
    if " | " in text:
        return text.split(" | ", 1)[0]
    row = _TEXT_ROW.fullmatch(text) if len(text) < 200 else None
    return row.group("label") if row else None


def holds_scale(text: str) -> bool:
    """Whether a line between a table's caption and its rows keeps the caption's scale."""
    return _HEADER_LINE.fullmatch(text) is not None


def table_scale(text: str) -> float | None:
    """The scale a table's caption or header gives its amounts: "(in millions of U.S. dollars)"."""
    low = text.lower()
    if not any(word in low for word in _SCALE_WORDS):
        return None
    match = _TABLE_SCALE.search(text)
    if not match:
        return None
    return _SCALES[(match.group(1) or match.group(2)).lower()]
