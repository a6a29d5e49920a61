"""Lines set with generous leading, read as the paragraphs they are.

pdfminer groups a page's text lines into boxes (paragraphs, for the block pipeline) when the
space between two lines is under ``line_margin`` (half a line) of their height. Text set with
one-and-a-half or double spacing (common in Word exports, and in Japanese and Chinese
releases, whose lines need no blank line to look apart) leaves more than that between every
line, so each wrapped line of a paragraph came out as a paragraph of its own. The page says
how far apart its wrapped lines are: a line that runs to its column's right edge, followed
by one that starts where it starts, is one paragraph wrapped (unless it ends a sentence). ``SpacedPage`` measures that
space and, where most wrapped lines of a page stand further apart than pdfminer's margin,
groups the page with a margin just above it; a paragraph's own spacing, wider, still parts
paragraphs. Pages set at ordinary leading are grouped exactly as pdfminer groups them.
No library does this: pdfminer takes one fixed margin for every page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from copy import copy
from statistics import median

from pdfminer.layout import LAParams, LTPage, LTTextBox, LTTextLine, LTTextLineHorizontal

_EDGE = 0.2  # a line within this share of its column's width from the right edge runs to it (ragged right)
_LEFT = 2.0  # points: lines that start this close start at one margin
_MIN_WRAPS = 3  # wrapped lines a page needs before their spacing is trusted
_ENDS = tuple(".!?:;。！？：；」』”")  # a line ending so ended a sentence or a label: it may stand alone
_ABOVE = 0.12  # the margin used: the wrapped lines' spacing (in line heights) and this much more
_MOST = 1.5  # never group lines further apart than this many line heights


class SpacedPage(LTPage):
    """pdfminer's page, its lines grouped with a margin fitted to its wrapped lines' spacing."""

    def group_textlines(self, laparams: LAParams, lines: Iterable[LTTextLine]) -> Iterator[LTTextBox]:
        lines = list(lines)
        margin = wrapped_spacing(lines)
        if margin is not None and laparams.line_margin < margin + _ABOVE <= _MOST:
            laparams = copy(laparams)
            laparams.line_margin = margin + _ABOVE
        return super().group_textlines(laparams, lines)


def wrapped_spacing(lines: list[LTTextLine]) -> float | None:
    """The space (in line heights) between a wrapped line and the next line of its paragraph,
    the median over the page's wrapped lines; None when fewer than ``_MIN_WRAPS`` are found."""
    gaps = []
    for column in _by_left_margin(lines):
        edge = max(line.x1 for line in column)
        for line, below in zip(column, column[1:]):
            if abs(below.height - line.height) <= 0.15 * line.height and below.y1 <= line.y0 + 0.5 \
                    and line.x1 >= edge - _EDGE * (edge - line.x0) and not line.get_text().rstrip().endswith(_ENDS):
                gaps.append((line.y0 - below.y1) / max(line.height, below.height))
    return median(gaps) if len(gaps) >= _MIN_WRAPS else None


def _by_left_margin(lines: list[LTTextLine]) -> list[list[LTTextLineHorizontal]]:
    """The page's horizontal lines with text, in groups that start at one left margin (within
    ``_LEFT``), each from the top down."""
    flat = sorted((line for line in lines if isinstance(line, LTTextLineHorizontal) and line.get_text().strip()),
                  key=lambda line: line.x0)
    groups: list[list[LTTextLineHorizontal]] = []
    for line in flat:
        if groups and line.x0 - groups[-1][0].x0 <= _LEFT:
            groups[-1].append(line)
        else:
            groups.append([line])
    return [sorted(group, key=lambda line: -line.y1) for group in groups]
