"""A PDF's headline from its first page's type sizes: the largest text, where it stands out.

A PDF's text layer is read as plain text (``pdf``), which has no headings: a letterhead, a
"Press Release" label or a running head printed above the headline is then its first line.
The layout the writer left says more: the headline is set larger than the body (LibreOffice's
and Word's heading styles, LaTeX's title, Qt's ``<h1>``, Google Docs' title style). So the
first page's layout, as pdfminer reads its text, gives every text line with the size of its letters,
and the lines set in the largest size (at least a fifth larger than the body's, which is the
size most letters have) are the headline, joined where it runs over several lines. Where no
size stands out, the document's own metadata title is the headline when the first page prints
it (a writer's default such as "Untitled" or the file name is not printed there).
"""

from __future__ import annotations

import re
from collections import Counter

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_STANDS_OUT = 1.2  # the headline's letters against the body's
_SAME_SIZE = 0.06  # lines of one headline differ by less than this (relative)
_MAX_CHARS = 300
_BESIDE = 6  # lines of a side bar read between two lines of the headline, at most
_PAGE_LINES = 400  # a first page of more lines is a table or a form, not a release's first page


def headline(lines: list[tuple[float, float, float, str]] | None, metadata_title: str | None) -> str | None:
    """The headline among the first page's ``lines`` (``sized_lines``), or None."""
    if not lines or len(lines) > _PAGE_LINES:
        return None
    return _largest_lines(lines) or _printed(metadata_title, lines)


def metadata_title(document: Any) -> str | None:
    """The title in a pdfminer ``PDFDocument``'s information dictionary, or None."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    for info in document.info:
        title = resolve1(info.get("Title")) if isinstance(info, dict) else None
        if isinstance(title, bytes):
            return decode_text(title)
        if isinstance(title, str):
            return title
    return None


class SizedLinesKept:
    """Mixed into a pdfminer layout device (before it): with ``keep_lines`` set, the page it lays
    out next leaves its ``sized_lines`` in ``kept_lines``, so the first page is laid out once,
    for its text and its headline both."""

    keep_lines = False
    kept_lines: list[tuple[float, float, float, str]] | None = None

    def receive_layout(self, ltpage: Any) -> None:
        super().receive_layout(ltpage)  # type: ignore[misc]
        if self.keep_lines:
            try:
                self.kept_lines = sized_lines(ltpage)
            except Exception:  # noqa: BLE001 - the text was read; a layout pdfminer built oddly only loses the hint
                self.kept_lines = None


def sized_lines(layout: Any) -> list[tuple[float, float, float, str]]:
    """(top, bottom, letter size, text) of every text line of a laid-out page, top first."""
    out: list[tuple[float, float, float, str]] = []
    _collect(layout, out)
    return sorted(out, key=lambda line: -line[0])


def _collect(item: Any, out: list[tuple[float, float, float, str]]) -> None:
    from pdfminer.layout import LTTextLine

    if isinstance(item, LTTextLine):
        sizes, text = _letters(item)
        if sizes and text:
            out.append((item.y1, item.y0, Counter(sizes).most_common(1)[0][0], text))
        return
    if hasattr(item, "__iter__"):
        for child in item:
            _collect(child, out)


def _letters(line: Any) -> tuple[list[float], str]:
    """The sizes of a line's letters and its text."""
    from pdfminer.layout import LTChar

    sizes = [round(item.size, 1) for item in line if isinstance(item, LTChar) and item.get_text().strip()]
    return sizes, " ".join(line.get_text().split())


def _largest_lines(lines: list[tuple[float, float, float, str]]) -> str | None:
    """The first run of lines set in the page's largest size, when that size stands out of the body's."""
    from ..structure.labels import is_label  # here: the page readers, in helper processes, import this module

    letters: Counter[float] = Counter()
    for _, _, size, text in lines:
        letters[size] += len(text.replace(" ", ""))
    body = letters.most_common(1)[0][0]
    sizes = sorted({size for _, _, size, text in lines if len(text.replace(" ", "")) >= 3}, reverse=True)
    for largest in (size for size in sizes if size >= body * _STANDS_OUT):
        text = _run(lines, largest)
        if not is_label(text):  # "PRESS RELEASE" set large above the headline
            return text if 3 <= len(text) <= _MAX_CHARS else None
    return None


def _run(lines: list[tuple[float, float, float, str]], size: float) -> str:
    """The first lines set in ``size``, one under the other. Lines of another size between them
    (a side bar or an address block beside the headline, read in between by height) are passed
    over when the headline's next line follows at its own leading."""
    run: list[tuple[float, float, float, str]] = []
    between = 0  # lines of another size since the run's last line
    for line in lines:
        same = abs(line[2] - size) <= size * _SAME_SIZE
        if run and not same:
            between += 1
            if between > _BESIDE:
                break
            continue
        if run and run[-1][1] - line[0] > (2 if not between else 1) * size:
            break
        if same:
            run.append(line)
            between = 0
    text = ""
    for line in run:  # lines of Chinese or Japanese join without a space
        wide = text and (_wide(text[-1]) or _wide(line[3][0]))
        text += line[3] if wide or not text else " " + line[3]
    return text.strip()


def _wide(char: str) -> bool:
    return ord(char) >= 0x2E80


def _printed(title: str | None, lines: list[tuple[float, float, float, str]]) -> str | None:
    """The metadata title, when the first page prints it (folded: case, spacing)."""
    if not title or not title.strip():
        return None
    key = _fold(title)
    page = _fold(" ".join(line[3] for line in lines))
    return " ".join(title.split()) if len(key) >= 3 and key in page else None


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()
