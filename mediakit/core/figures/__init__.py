"""Pull the figures a journalist would quote (money, percentages, counts, measures) out of blocks.

Hand-written regex extraction: no library extracts press-release figures with currency and
qualifier reliably (quantulum3 measured 3.4 s on one release and read "30 R&D" as rand).

Every number token is found once with one linear scan; what stands around it is then read
through small anchored regexes on bounded windows, so the work is linear in the input even for
adversarial text (100k digits, long runs of separators). Phone numbers, URLs and e-mail
addresses are masked first. A number is kept as a figure only when it carries a currency, a
percent sign, a unit, or (for a count) a noun after it; years, dates, times, versions,
ordinals, numbered names, postal codes and footnote markers are left out.

The package: ``numbers`` reads a number, ``money`` and ``scale`` what stands around it,
``qualifiers`` "over"/"以上", ``ranges`` "3 to 4 million", ``classify`` what is no figure,
``numerals`` reads "三万人" and "六千円", ``read`` puts one token's reading together, ``sentences`` gives its context; this module walks
the blocks.
"""

from __future__ import annotations

import bisect

from ..model import Block, Figure, FigureKind
from .classify import mask, numbered_names
from .elided import carry_currency
from .found import Conventions, Found
from .money import (
    listing_dollar,
    local_cent,
    local_currencies,
    local_krone,
    local_peso,
    local_yuan,
    mailbox_region,
    name_after,
)
from .numbers import TOKEN, writes_decimal_comma, writes_hyphen_ordinals
from .numerals import numeral_figures
from .read import read
from .sentences import PER_SHARE, holds_scale, row_label, sentence_spans, table_scale
from .words import spelled_counts

__all__ = ["extract_figures"]

# Roles and kinds of block that can hold figures.
_ROLES = {"body", "about", "dateline"}
_SKIP_KINDS = {"image", "rule"}


def _block_text_for(blocks: list[Block]) -> str:
    return "\n".join(b.text for b in blocks if b.role in _ROLES or b.role in ("front", "title"))


class _Sentences:
    """The sentence spans of one block, worked out once and only when a figure needs them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = []
        self.starts: list[int] = []

    def around(self, pos: int) -> tuple[int, int]:
        if not self.spans:
            self.spans = sentence_spans(self.text)
            self.starts = [a for a, _ in self.spans]
        return self.spans[max(bisect.bisect_right(self.starts, pos) - 1, 0)]


def _figures_in(block: Block, conv: Conventions, scale: float, label: str | None) -> list[Figure]:
    """The figures of one block; ``scale`` multiplies the bare amounts of a table row (``label``
    is the row's, None for prose)."""
    text = block.text
    row = label is not None
    per_share = row and PER_SHARE.search(label or "") is not None
    masked = mask(text)
    figures: list[tuple[int, Figure]] = []
    sentences = _Sentences(text)
    seen: set[tuple[int, float]] = set()
    covered: list[tuple[int, int]] = []  # where the figures in digits and numerals stand, left to right
    for found in _found_in(masked, conv):
        covered.append((found.start, found.end))
        a, b = sentences.around(found.start)
        if row and scale != 1.0 and found.kind == "money" and found.magnitude == 1.0 and not per_share:
            found.value *= scale
        for value in (found.value, found.upper):
            if value is None or (a, round(value, 6)) in seen:
                continue
            seen.add((a, round(value, 6)))
            figures.append((found.start, _figure(block, found, value, text[a:b].strip())))
    figures += _spelled(block, masked, sentences, seen, covered, conv)
    return [figure for _, figure in sorted(figures, key=lambda pair: pair[0])]


def _found_in(masked: str, conv: Conventions) -> list[Found]:
    """The figures written in digits, then those in CJK numerals where no digits stand, by place."""
    found: list[Found] = []
    resume = 0
    for match in TOKEN.finditer(masked):
        if match.start() >= resume:
            one, resume = read(masked, match, conv)
            found += [one] if one is not None else []
    spans = [(f.start, f.end) for f in found]
    found += [f for f in numeral_figures(masked, conv) if not _inside(spans, f.start, f.end)]
    found.sort(key=lambda f: f.start)
    carry_currency(found, masked)
    return found


def _inside(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps a figure in digits (``covered`` is in reading order)."""
    k = bisect.bisect_left(covered, (end, end)) - 1
    return k >= 0 and covered[k][1] > start


def _spelled(block: Block, masked: str, sentences: _Sentences, seen: set[tuple[int, float]],
             covered: list[tuple[int, int]], conv: Conventions) -> list[tuple[int, Figure]]:
    """Counts written in words, each once per sentence beside the digits' figures, and never
    inside one ("86 per cent"); a count the name of a currency follows is money ("two million
    dollars", "half a million euros")."""
    out = []
    for start, end, value, qualifier, unit in spelled_counts(masked):
        if _inside(covered, start, end):
            continue
        a, b = sentences.around(start)
        if (a, round(value, 6)) in seen:
            continue
        seen.add((a, round(value, 6)))
        named = None if unit else name_after(masked, end, conv.dollar, conv.yuan, conv.krone, conv.peso)
        currency, end = named if named else (None, end)
        kind: FigureKind = "percent" if unit == "%" else "measure" if unit else "money" if currency else "count"
        out.append((start, Figure(text=block.text[start:end], value=value, unit=unit, currency=currency,
                                  kind=kind, qualifier=qualifier, context=block.text[a:b].strip(),
                                  section=block.section, block=block.index)))
    return out


def _figure(block: Block, found: Found, value: float, context: str) -> Figure:
    written = block.text[found.start:found.end]
    return Figure(
        text=written, value=value, unit=found.unit, currency=listing_dollar(written, found.currency, context),
        kind=found.kind, qualifier=found.qualifier, context=context, section=block.section,
        block=block.index,
    )


def extract_figures(blocks: list[Block], region: str | None = None, title: str | None = None) -> list[Figure]:
    """The figures in the body, dateline and boilerplate blocks, in block order.

    ``region`` is the dateline's country (ISO 3166): a "$" in a Toronto release is a Canadian dollar.
    ``title`` is a headline held outside the blocks (front matter, a page's title tag).

    The same value is kept once per sentence. ``text`` is the figure as written (currency,
    number, magnitude, unit); the qualifier ("over", "近", "多") is given apart.
    """
    all_text = _block_text_for(blocks)
    dollar, yen = local_currencies(all_text, region, None if region else mailbox_region(b.text for b in blocks))
    conv = Conventions(dollar, yen, writes_decimal_comma(all_text), local_yuan(all_text, dollar),
                       numbered_names(all_text), local_cent(all_text, dollar), local_krone(all_text),
                       writes_hyphen_ordinals(all_text), local_peso(all_text, (b.text for b in blocks)))
    figures: list[Figure] = []
    headline = _figures_in(Block("heading", title, role="title", index=-1), conv, 1.0, None) if title else []
    scale = 1.0  # a table "(in millions)": its bare amounts are millions
    for block in blocks:
        if block.role == "title" and block.text and not headline:
            headline = _figures_in(block, conv, 1.0, None)
            continue
        label = row_label(block.text)
        scale = _scale_for(block.text, label, scale)
        if block.role not in _ROLES or block.kind in _SKIP_KINDS or not block.text:
            continue
        figures.extend(_figures_in(block, conv, scale, label))
    return _headline_only(headline, figures) + figures


def _scale_for(text: str, label: str | None, scale: float) -> float:
    """The scale of a block's bare amounts: its own caption's, else the one above it for a row
    or a table's header line, else none."""
    if label is None and len(text) >= 120:
        return 1.0
    return table_scale(text) or (scale if label is not None or holds_scale(text) else 1.0)


def _headline_only(headline: list[Figure], body: list[Figure]) -> list[Figure]:
    """The headline's figures that the body never states ("62% growth" said only in the title):
    a figure the body repeats is kept once, where the body gives it its sentence."""
    said = {(round(f.value, 6), f.kind) for f in body}
    return [f for f in headline if (round(f.value, 6), f.kind) not in said]
