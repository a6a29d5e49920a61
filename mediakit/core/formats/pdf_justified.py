"""A justified line whose words the writer spread wide, read as one line.

Word and LibreOffice justify a line that ends in a manual line break as they justify any other:
its words are spread over the whole column ("About  us⏎" set as "About            us"). When
the gaps grow wider than pdfminer's ``char_margin`` its layout analysis makes each word (or run
of words) a line of its own, and the reading order then scatters them ("the / About / Harbour"),
so a bold title over a paragraph is lost. A justified line is known by its gaps: the pieces on
one baseline, in one type size, stand the same distance apart (the space the writer stretched),
or no further apart than the words inside them. ``JustifiedPage`` joins such pieces into one line
before pdfminer groups lines into boxes; pieces further apart than that (a table's columns) stay
apart. A writer's device gets it with ``JustifiedLines`` mixed in (before the pdfminer class).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from statistics import median

from pdfminer.layout import LAParams, LTChar, LTComponent, LTTextLine, LTTextLineHorizontal

from .pdf_spacing import SpacedPage

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_SAME = 0.15  # gaps that differ by less than this (relative) are one stretched space
_SLACK = 1.5  # points


class JustifiedPage(SpacedPage):
    """pdfminer's page, its text lines on one baseline joined where they are one justified line
    (and grouped into boxes as ``pdf_spacing`` fits them)."""

    def group_objects(self, laparams: LAParams, objs: Iterable[LTComponent]) -> Iterator[LTTextLine]:
        lines = list(super().group_objects(laparams, objs))
        joined: dict[int, LTTextLine] = {}
        for row in _rows(lines):
            for run in _justified_runs(sorted(row, key=lambda item: item.x0)):
                merged = LTTextLineHorizontal(laparams.word_margin)
                for char in sorted((c for piece in run for c in piece if isinstance(c, LTChar)), key=lambda c: c.x0):
                    merged.add(char)
                joined[id(run[0])] = merged
                joined.update({id(piece): merged for piece in run[1:]})
        seen: set[int] = set()
        for line in lines:
            out = joined.get(id(line), line)
            if id(out) not in seen:
                seen.add(id(out))
                yield out


def _rows(lines: list[LTTextLine]) -> list[list[LTTextLineHorizontal]]:
    """The horizontal lines that stand on one baseline in one type size, in rows of two or more."""
    flat = sorted((line for line in lines if isinstance(line, LTTextLineHorizontal) and not line.is_empty()),
                  key=lambda line: (line.y0, line.height))
    rows: list[list[LTTextLineHorizontal]] = []
    for line in flat:
        if rows and abs(line.y0 - rows[-1][0].y0) < 1 and abs(line.height - rows[-1][0].height) < 1:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [row for row in rows if len(row) > 1]


def _justified_runs(row: list[LTTextLineHorizontal]) -> list[list[LTTextLineHorizontal]]:
    """Runs of two or more pieces of ``row`` (left to right) that one stretched space parts."""
    gaps = [right.x0 - left.x1 for left, right in zip(row, row[1:])]
    inner = [gap for piece in row for gap in _word_gaps(piece)]
    runs: list[list[LTTextLineHorizontal]] = []
    run = [row[0]]
    for index, (gap, piece) in enumerate(zip(gaps, row[1:])):
        if gap > 0 and _one_space(gap, median(inner) if inner else _peer(gaps, index), bool(inner)):
            run.append(piece)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [piece]
    if len(run) > 1:
        runs.append(run)
    return runs


def _one_space(gap: float, reference: float | None, inner: bool) -> bool:
    """``gap`` is one (stretched) space: as wide as ``reference``, or, against the words' own
    spaces (``inner``), no wider (a word the writer printed out of turn stands closer)."""
    if reference is None:
        return False
    slack = max(_SLACK, reference * _SAME)
    return gap <= reference + slack if inner else abs(gap - reference) <= slack


def _peer(gaps: list[float], index: int) -> float | None:
    """Another gap of the row as wide as gap ``index``: single words spread evenly (three or more)."""
    gap = gaps[index]
    same = [g for i, g in enumerate(gaps) if i != index and abs(g - gap) <= max(_SLACK, gap * _SAME)]
    return same[0] if same else None


def _word_gaps(piece: LTTextLineHorizontal) -> list[float]:
    """The spaces between the words inside ``piece``: from a word's last letter to the next's first."""
    gaps: list[float] = []
    last: Any = None
    spaced = False
    for item in piece:
        if isinstance(item, LTChar) and item.get_text().strip():
            if spaced and last is not None:
                gaps.append(item.x0 - last.x1)
            last, spaced = item, False
        else:
            spaced = True
    return gaps


class JustifiedLines:
    """Mixed into a pdfminer ``PDFLayoutAnalyzer`` subclass (before it): its pages are ``JustifiedPage``s."""

    def begin_page(self, page: Any, ctm: Any) -> None:
        super().begin_page(page, ctm)  # type: ignore[misc]
        self.cur_item.__class__ = JustifiedPage  # type: ignore[attr-defined]
