"""Whether plain text is hard-wrapped: its lines broken at a margin (an e-mail's, a wire's), to be
joined into paragraphs, or written a paragraph a line (a web page's scrape), lines to keep.

Hand-written, as ``plain`` is: no library tells wrapped press-release text from unwrapped.
"""

from __future__ import annotations

from ..scripts import display_width

__all__ = ["TERMINAL", "is_hard_wrapped"]

TERMINAL = tuple(".!?:;。！？：；…\"”’)]」』")


def is_hard_wrapped(chunks: list[str]) -> bool:
    """True when lines break mid-sentence at a fixed width (an e-mail or a wire's text)."""
    if len(chunks) < 2:
        return False
    inner = [line.strip() for c in chunks for line in c.strip().splitlines()[:-1] if line.strip()]
    if len(inner) < 3:
        return False
    open_ended = sum(1 for line in inner if not line.endswith(TERMINAL))
    widths = sorted(display_width(line) for line in inner)
    median = widths[len(widths) // 2]
    return open_ended >= 0.6 * len(inner) and 30 <= median <= 140 and not _unwrapped_paragraphs(chunks, median)


def _unwrapped_paragraphs(chunks: list[str], median: int) -> bool:
    """Two or more paragraphs written each on one line far wider than the text's other lines, and
    ending a sentence: the lines are not broken at a margin (short lines around them are headers,
    headings, labels and a contact's fields, as in a Japanese release pasted under mail headers)."""
    rows = [c.strip() for c in chunks if "\n" not in c.strip()]
    return sum(1 for r in rows if display_width(r) > max(2 * median, 160) and r.endswith(TERMINAL)) >= 2

