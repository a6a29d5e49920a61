"""Which of a block's quote-mark spans are quotations: sentences, and the short halves a said-verb
or an attribution between two quotations vouches for (“Demand is high,” said X. “We booked …”)."""

from __future__ import annotations

import re

from ..text import CJK, HIRAGANA
from . import patterns
from .attribute import WINDOW
from .spans import WORD, Span, blank, is_sentence

_CJK_CHAR = re.compile(f"[{CJK}]")
_SENTENCE_END_CJK = re.compile(f"(?:[。！？，、!?]|[{HIRAGANA}])$")


def _choose(text: str, spans: list[Span], carried: bool, above: str = "") -> tuple[list[Span], set[int]]:
    """The spans that are quotations; also which of them are short second halves of a split quote
    (``above``: the end of the block before, which may lead into a quotation opening this one)."""
    real: list[Span] = []
    tails_only: set[int] = set()  # short second halves of a split quote: merged or dropped
    for k, s in enumerate(spans):
        inner = text[s.inner_start:s.inner_end]
        if is_sentence(inner) or (k == 0 and carried and blank(text[:s.start])):
            real.append(s)
        elif real and real[-1] is spans[k - 1] and s.start - real[-1].end <= 250 \
                and _split_gap(text, real[-1].end, s.start) and _two_words(inner):
            tails_only.add(len(real))
            real.append(s)
        elif _short_first_half(text, spans, k) or _short_said(text, s) or _short_led(text, s, above) \
                or _short_cjk_said(text, s):
            real.append(s)  # “Demand is high,” said X. “We booked 400 sessions …”
    return real, tails_only


def _split_gap(text: str, start: int, end: int) -> bool:
    """Only an attribution between two quotations (", said X. ", "孙雅琴补充道，")."""
    return bool(patterns.SPLIT_GAP.match(text, start, end) or patterns.SPLIT_GAP_CJK.fullmatch(text, start, end))


def _two_words(inner: str) -> bool:
    return len(WORD.findall(inner)) >= 2 or len(_CJK_CHAR.findall(inner)) >= 4


def _short_said(text: str, s: Span) -> bool:
    """A short quotation ending in punctuation with a said-verb right after it: “We are ready,” said X;
    the comma may stand after the closing mark, as German, French and Spanish write it („Wir sind
    bereit“, sagte X): that quotation is all in capitals where it is German nouns."""
    inner = text[s.inner_start:s.inner_end].rstrip()
    comma_after = text[s.end:s.end + 1] == ","
    if s.open_ended or (inner[-1:] not in (",", ".", "!", "?", "…") and not comma_after) or len(WORD.findall(inner)) < 2:
        return False
    tail = text[s.end:s.end + WINDOW]
    return bool(patterns.TAIL_VERB_FIRST.match(tail) or patterns.TAIL_WHO_FIRST.match(tail))


def _short_cjk_said(text: str, s: Span) -> bool:
    """A short CJK quotation with its said-verb right after it: 「日本の四季をイメージした」と語った,
    “我们准备好了。”王明说. It ends as a sentence does, on a mark or (Japanese) on an inflection in
    hiragana: 「ひかりノート」と… is a name in marks."""
    inner = text[s.inner_start:s.inner_end].rstrip()
    if s.open_ended or len(_CJK_CHAR.findall(inner)) < 6 or not _SENTENCE_END_CJK.search(inner):
        return False
    tail = text[s.end:s.end + WINDOW]
    return bool(patterns.JA_TAIL.match(tail) or patterns.TAIL_CJK.match(tail))


def _short_led(text: str, s: Span, above: str) -> bool:
    """A short quotation that a said-verb leads into and that ends its sentence: Roe added, “We are
    well placed for next year.”; or a paragraph of its own under a "Jane Roe said:" line."""
    inner = text[s.inner_start:s.inner_end].rstrip()
    if s.open_ended or inner[-1:] not in (".", "!", "?", "…") or len(WORD.findall(inner)) < 2:
        return False
    lead = text[max(0, s.start - 120):s.start]
    if blank(lead) and above.rstrip().endswith((":", "：")):
        lead = above[-120:]
    return patterns.LEAD_VERB.search(lead) is not None


def _short_first_half(text: str, spans: list[Span], k: int) -> bool:
    """A short quotation ending in punctuation, its attribution, then the rest of the quotation."""
    if k + 1 >= len(spans):
        return False
    s, nxt = spans[k], spans[k + 1]
    inner = text[s.inner_start:s.inner_end].rstrip()
    return (inner[-1:] in (",", ".", "!", "?", "…") and len(WORD.findall(inner)) >= 2
            and nxt.start - s.end <= 250 and is_sentence(text[nxt.inner_start:nxt.inner_end])
            and patterns.SPLIT_GAP.match(text, s.end, nxt.start) is not None)
