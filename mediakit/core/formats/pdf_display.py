"""A PDF's display lines: the titles its writer set apart by a bold face or a larger size.

A PDF's text layer is read as plain text (``pdf``), where a section title is only a short line
among paragraphs; plain text can tell it only from its words and length, and a short title over
a short paragraph ("Outlook" over one sentence) looks like any other short line. The layout
says more: Word's, LibreOffice's and LaTeX's heading styles, and a title made bold by hand, set
the line in a bold face (its PostScript name says Bold, Black, Heavy, Semibold or Demi, after
the subset tag "ABCDEF+") or larger than the body (Word's default headings are light, not bold,
and larger). So a page laid out by pdfminer gives every text line whose letters are all bold,
or are set at least ``_LARGER`` times the body's size (the size most of the page's letters
have), while most of the page's letters are neither; a run of such lines one under the other in
one text box is one title. ``document.plain`` marks a paragraph that is exactly one of them as
bold, as a bold line standing alone in Markdown or Word is. A writer's device gets them with
``DisplayLinesKept`` mixed in (before the pdfminer class).
Hand-written: pdfminer gives each letter's font name and size but no notion of a title line.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_BOLD_FACE = re.compile(r"bold|black|heavy|semi-?bd|demi|(?<=[-,])b[dx]?$", re.I)
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_MAX_CHARS = 160  # a run longer than this is a bold paragraph or a pull quote, not a title
_SET_APART = 0.5  # a page whose letters are mostly bold or large has no titles to tell apart
_LARGER = 1.15


@lru_cache(maxsize=256)
def is_bold_face(fontname: str) -> bool:
    """Whether a font's PostScript name names a bold face ("BAAAAA+DejaVuSerif-Bold", "Arial-BoldMT")."""
    return bool(_BOLD_FACE.search(_SUBSET.sub("", fontname or "")))


class DisplayLinesKept:
    """Mixed into a pdfminer layout device (before it): each page it lays out leaves the texts of
    its display lines (``display_lines``) in ``kept_display``."""

    kept_display: list[str]

    def receive_layout(self, ltpage: Any) -> None:
        super().receive_layout(ltpage)  # type: ignore[misc]
        try:
            self.kept_display = display_lines(ltpage)
        except Exception:  # noqa: BLE001 - the text was read; a layout pdfminer built oddly only loses the hint
            self.kept_display = []


def display_lines(layout: Any) -> list[str]:
    """The texts of a laid-out page's display lines, runs of them in one box joined (and each
    line of a run on its own, as the plain pipeline may keep a short line apart); none when
    most of the page's letters are set apart."""
    from pdfminer.layout import LTTextBox

    boxes = [[_line(line) for line in item] for item in _walk(layout) if isinstance(item, LTTextBox)]
    sizes: Counter[float] = Counter()
    for box in boxes:
        for _, _, line_sizes in box:
            sizes.update(line_sizes)
    if not sizes:
        return []
    body = sizes.most_common(1)[0][0]
    runs: list[str] = []
    apart = total = 0
    for box in boxes:
        run: list[str] = []
        for line, faces, line_sizes in box:
            total += len(faces)
            if faces and (all(faces) or min(line_sizes) >= body * _LARGER):
                apart += len(faces)
                run.append(" ".join(line.get_text().split()))
                continue
            runs.extend(_joined(run))
            run = []
        runs.extend(_joined(run))
    if apart > total * _SET_APART:
        return []
    return [text for text in runs if 0 < len(text) <= _MAX_CHARS]


def _line(line: Any) -> tuple[Any, list[bool], list[float]]:
    """A text line, and whether each of its letters is bold, and each one's size."""
    faces: list[bool] = []
    sizes: list[float] = []
    for char in line if hasattr(line, "__iter__") else ():
        fontname = getattr(char, "fontname", None)
        if fontname is not None and not char.get_text().isspace():
            faces.append(is_bold_face(fontname))
            sizes.append(round(char.size, 1))
    return line, faces, sizes


def _joined(run: list[str]) -> list[str]:
    if not run:
        return []
    return [" ".join(run)] + (run if len(run) > 1 else [])


def _walk(item: Any) -> Any:
    from pdfminer.layout import LTTextBox

    yield item
    if isinstance(item, LTTextBox) or not hasattr(item, "__iter__"):
        return
    for child in item:
        yield from _walk(child)
