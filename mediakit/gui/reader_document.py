"""The reader's document, apart from the view: built on any thread, indexed in one walk.

``build_document`` makes the ``QTextDocument`` the reader shows (font, style sheet, HTML,
side margins) off the GUI thread; ``index_document`` finds where each release block's
``b<index>`` anchor landed, every link and every anchor name, in one walk of the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextDocument

if TYPE_CHECKING:
    from PySide6.QtCore import QThread


class ReleaseDocument(QTextDocument):
    """A document built off the GUI thread (see ``build_document``): until the reader adopts
    it, it loads no resource at all; then the reader's ``loadResource`` decides, as always."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        if self.parent() is None:
            return None
        return super().loadResource(kind, url)


class DocumentRecipe(NamedTuple):
    """What a document needs to look as the reader would make it, taken on the GUI thread."""

    stylesheet: str
    font: QFont
    side_margin: int
    thread: QThread


class PreparedDocument(NamedTuple):
    document: ReleaseDocument
    positions: dict[int, int]
    links: tuple[tuple[int, int, str], ...] = ()
    names: frozenset[str] = frozenset()


def build_document(recipe: DocumentRecipe, html: str) -> PreparedDocument:
    """The reader's document for ``html``, made on any thread and handed to the GUI thread.

    Everything ``ReaderView.show_html`` does to its own document happens here instead, so a
    big release is parsed and indexed without holding up the window (``setHtml`` runs
    without Python's lock); the reader only adopts the result (``show_prepared``).
    """
    document = ReleaseDocument()
    document.setDefaultFont(recipe.font)
    document.setDefaultStyleSheet(recipe.stylesheet)
    document.setHtml(html)
    set_side_margins(document, recipe.side_margin)
    positions, links, names = index_document(document)
    document.moveToThread(recipe.thread)
    return PreparedDocument(document, positions, links, names)


def index_document(document: QTextDocument) -> tuple[dict[int, int], tuple[tuple[int, int, str], ...], frozenset[str]]:
    """In one walk: release block index -> position of its ``b<index>`` anchor; every link
    as (start, end, href); and every anchor name the document has."""
    positions: dict[int, int] = {}
    links: list[tuple[int, int, str]] = []
    names: set[str] = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            for name in fmt.anchorNames():
                names.add(name)
                if name.startswith("b") and name[1:].isdigit():
                    positions.setdefault(int(name[1:]), fragment.position())
            if fmt.isAnchor() and fmt.anchorHref():
                start, end, href = fragment.position(), fragment.position() + fragment.length(), fmt.anchorHref()
                if links and links[-1][1] == start and links[-1][2] == href:  # one link, several fragments
                    start = links.pop()[0]
                links.append((start, end, href))
            it += 1
        block = block.next()
    return positions, tuple(links), frozenset(names)


def anchor_positions(document: QTextDocument) -> dict[int, int]:
    """Release block index -> document position of its ``b<index>`` anchor."""
    return index_document(document)[0]


def set_side_margins(document: QTextDocument, side: int) -> bool:
    """Give the root frame the reader's margins; False when it already had them."""
    frame = document.rootFrame()
    fmt = frame.frameFormat()
    if int(fmt.leftMargin()) == side and int(fmt.rightMargin()) == side:
        return False
    fmt.setLeftMargin(side)
    fmt.setRightMargin(side)
    fmt.setTopMargin(24)
    fmt.setBottomMargin(48)
    frame.setFrameFormat(fmt)
    return True
