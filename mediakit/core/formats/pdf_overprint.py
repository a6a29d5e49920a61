"""Letters a PDF prints twice over themselves, read once.

Writers without a bold face for a font make one by printing the text again half a point to
the side (Qt's PDF engine, and so wkhtmltopdf and Qt applications' exports, for bold CJK
and fallback fonts; LaTeX's "poor man's bold"); others print a shadow or an outline the same
way. pdfminer keeps every copy, and its layout then interleaves them ("公園」公園」"). A letter
printed where the same letter already stands (within a quarter of its width and height) is
the same letter: ``OverprintFilter`` leaves it out before layout analysis, for any pdfminer
layout device it is mixed into.
"""

from __future__ import annotations

from pdfminer.layout import LTChar
from pdfminer.pdffont import PDFUnicodeNotDefined

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_NEAR = 0.25  # of the letter's width and height
_LEAST = 0.1 * _NEAR  # a letter of no width or height is taken as 0.1 points
_CELL = 8.0  # points: the side of the squares the places seen are kept in


class OverprintFilter:
    """Mixed into a pdfminer ``PDFLayoutAnalyzer`` subclass (before it): ``render_char`` drops a
    letter printed over the same letter."""

    _seen_in: int = 0
    _seen: dict[tuple[str, int, int], list[tuple[float, float]]]  # (letter, square) -> where printed

    def render_char(self, matrix: Any, font: Any, fontsize: float, scaling: float, rise: float, cid: int,
                    ncs: Any, graphicstate: Any) -> float:
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)  # type: ignore[attr-defined]
        item = LTChar(matrix, font, fontsize, scaling, rise, text, font.char_width(cid), font.char_disp(cid), ncs,
                      graphicstate)
        if not (text and not text.isspace() and self._printed_over(item, text)):
            self.cur_item.add(item)  # type: ignore[attr-defined]
        return float(item.adv)

    def _printed_over(self, item: Any, text: str) -> bool:
        """Whether the same letter already stands here. The places seen are kept by letter and by
        square of ``_CELL`` points, so a letter is compared only with the copies of it in the
        squares its reach (a quarter of its size either way) touches, mostly one, not with every
        copy on the page (that was quadratic: about ten million comparisons on twenty pages).
        Called for every letter of a page, so written for speed: plain loops, no generators."""
        if self._seen_in != id(self.cur_item):  # type: ignore[attr-defined]
            self._seen_in, self._seen = id(self.cur_item), {}  # type: ignore[attr-defined]
        seen = self._seen
        x0, y0 = item.x0, item.y0
        width, height = max(item.width * _NEAR, _LEAST), max(item.height * _NEAR, _LEAST)
        for column in range(int((x0 - width) // _CELL), int((x0 + width) // _CELL) + 1):
            for row in range(int((y0 - height) // _CELL), int((y0 + height) // _CELL) + 1):
                places = seen.get((text, column, row))
                if places:
                    for x, y in places:
                        if -width < x0 - x < width and -height < y0 - y < height:
                            return True
        key = (text, int(x0 // _CELL), int(y0 // _CELL))
        places = seen.get(key)
        if places is None:
            seen[key] = [(x0, y0)]
        else:
            places.append((x0, y0))
        return False
