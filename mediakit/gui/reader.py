"""The reader: the release in a QTextBrowser, at a readable measure, that never touches the network.

``ReaderView`` shows the HTML from ``render.render_release``, knows where each release block
landed in the document (by its ``b<index>`` anchor), scrolls to and highlights blocks,
reports which block is at the top as the user scrolls, and keeps the text column about
70 characters wide. ``loadResource`` serves only files inside the release's own folder;
links open only when clicked, and only http(s)/mailto/tel reach the desktop (through
``links.open_external``: a mailto's attachments are dropped, a number with no phone app is
copied). Links that lead nowhere (no such file, no such place) are marked in the text
(``mark_dead_links``); the link the keyboard is on gets a ring of its own (``focus_ring``).

Its parts, one module each: ``reader_document`` (the document, built on any thread and
indexed), ``reader_links`` (links: the ring, dead links, clicks), ``reader_marks`` (the
"Show" highlight, find's matches, the headline's size on small windows).

Qt classes used only when the reader is interacted with (cursors, character formats, images,
MIME data, key sequences) are imported where they are used: PySide6 builds a class and its
enums the first time it is named, and none of these is needed for the first paint.
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from . import clipboard
from .clipboard import clean_text
from .fonts import with_symbol_fallbacks
from .reader_document import (  # noqa: F401 - the reader's public names, importable from here
    DocumentRecipe,
    PreparedDocument,
    ReleaseDocument,
    anchor_positions,
    build_document,
    index_document,
    set_side_margins,
)
from .reader_links import DeadLink, ReaderLinks  # noqa: F401
from .reader_marks import ReaderMarks

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QImage, QWheelEvent

MEASURE_CHARACTERS = 70
MIN_SIDE_MARGIN = 28
TOP_PROBE_Y = 12  # the point, this far below the top of the view, whose block is "the block at the top"
BASE_POINT_SIZE = 11.5
IMAGE_RESOURCE = int(QTextDocument.ResourceType.ImageResource.value)


WHOLE_LAYOUT_CHARS = 200_000  # documents up to this size are laid out whole for their first frame


class ReaderView(ReaderLinks, ReaderMarks, QTextBrowser):
    """Shows one rendered release; emits ``topBlockChanged`` as the reader scrolls."""

    topBlockChanged = Signal(int)
    openReleaseRequested = Signal(str)
    zoomRequested = Signal(int)  # +1 / -1 from Ctrl+wheel
    linkRefused = Signal(str)
    fragmentRequested = Signal(str)  # an in-page link (#name): the window knows the section anchors
    firstPainted = Signal()  # start-up work that can wait (icons) follows the first paint
    linkMessage = Signal(str)  # what happened instead when no app took a link
    escapePressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName("Release text")
        self.setAccessibleDescription("The press release. Use Tab to move between links.")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.folder: Path | None = None
        self._anchors: list[tuple[int, int]] = []  # (document position, block index), by position
        self._positions: dict[int, int] = {}
        self._find_selections: list[QTextEdit.ExtraSelection] = []
        self._jump_selection: QTextEdit.ExtraSelection | None = None
        self._ring_selection: QTextEdit.ExtraSelection | None = None
        self._links: tuple[tuple[int, int, str], ...] = ()
        self._names: frozenset[str] = frozenset()
        self.dead_links: list[DeadLink] = []
        self._jump_colour = QColor("#d6e4ff")
        self._zoom = 100
        self._top_block = -1
        self._painted = False
        self._bars_always_on = {"vertical": False, "horizontal": False}  # see text_area_width
        self._owns_document = False  # True once the document shown is one adopted by show_prepared
        self._compact_headline = False
        self.anchorClicked.connect(self._follow_link)
        self.cursorPositionChanged.connect(self._update_ring)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._apply_font()

    # --- content -------------------------------------------------------------------------
    def show_html(self, html: str, folder: Path | None, stylesheet: str = "") -> None:
        """Replace the document; ``folder`` is the only place local images may come from."""
        self.folder = folder.resolve() if folder else None
        self._jump_selection = None
        self._find_selections = []
        self.setExtraSelections([])
        if stylesheet:
            self.document().setDefaultStyleSheet(stylesheet)
        self.setHtml(html)
        self._apply_font()
        self._update_measure()
        self._apply_headline()
        self._ring_selection = None
        self.dead_links = []
        self._index_anchors()
        self._top_block = -1
        self._scrolled()

    def document_recipe(self, stylesheet: str) -> DocumentRecipe:
        """What ``build_document`` needs to make a document as ``show_html`` would."""
        font = self._reader_font()
        return DocumentRecipe(stylesheet, font, self._side_margin(font), QCoreApplication.instance().thread())

    def show_prepared(self, prepared: PreparedDocument, folder: Path | None) -> None:
        """Show a document made by ``build_document`` (the same result as ``show_html``)."""
        self.folder = folder.resolve() if folder else None
        self._jump_selection = None
        self._find_selections = []
        self.setExtraSelections([])
        previous = self.document()
        # The first document belongs to the editor, which deletes it. Tracked here rather than
        # asked with previous.parent(): that parent is Qt's own text control, and meeting it
        # makes PySide6 build every QObject subclass it knows (about 80 ms, the first time).
        adopted_before, self._owns_document = self._owns_document, True
        prepared.document.setParent(self)
        self.setDocument(prepared.document)
        if adopted_before:
            previous.deleteLater()
        if self.document().defaultFont() != self._reader_font():  # the zoom changed meanwhile
            self._apply_font()
        self._update_measure()
        self._apply_headline()
        self._ring_selection = None
        self.dead_links = []
        self._set_positions(prepared.positions)
        self._links, self._names = prepared.links, prepared.names
        self._top_block = -1
        self._scrolled()

    def _index_anchors(self) -> None:
        positions, self._links, self._names = index_document(self.document())
        self._set_positions(positions)

    def _set_positions(self, positions: dict[int, int]) -> None:
        self._positions = positions
        self._anchors = sorted((pos, index) for index, pos in positions.items())

    def block_position(self, index: int) -> int:
        """Document position of release block ``index`` (-1 if it was not rendered)."""
        return self._positions.get(index, -1)

    def rendered_blocks(self) -> list[int]:
        return [index for _, index in self._anchors]

    # --- scrolling and highlighting ---------------------------------------------------------
    def scroll_to_block(self, index: int) -> bool:
        position = self.block_position(index)
        if position < 0:
            return False
        text_block = self.document().findBlock(position)
        rect = self.document().documentLayout().blockBoundingRect(text_block)
        self.verticalScrollBar().setValue(max(0, int(rect.top()) - 8))
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self._scrolled()
        return True

    def view_anchor(self) -> tuple[int, int]:
        """(the block at the top, how many pixels of it are scrolled past), for ``show_anchor``."""
        top = self.top_block()
        y = self._block_top(top)
        return (-1, 0) if y is None else (top, self.verticalScrollBar().value() - y)

    def show_anchor(self, index: int, past: int) -> None:
        """Scroll so that block ``index`` is at the top, ``past`` pixels of it scrolled past."""
        y = self._block_top(index)
        if y is not None:
            self.verticalScrollBar().setValue(max(0, y + past))
            self._scrolled()

    def _block_top(self, index: int) -> int | None:
        """Where release block ``index`` starts in the document's layout (pixels), None if not shown."""
        position = self.block_position(index)
        if position < 0:
            return None
        return int(self.document().documentLayout().blockBoundingRect(self.document().findBlock(position)).top())

    def top_block(self) -> int:
        """The release block at the top of the view (the last one that starts above it)."""
        if not self._anchors:
            return -1
        if self.verticalScrollBar().value() + TOP_PROBE_Y < self.document().rootFrame().frameFormat().topMargin():
            # Above the first line the hit test finds position 0, i.e. the first block; Qt lays
            # the whole document out before answering there (200 ms for a big release).
            return self._anchors[0][1]
        position = self.cursorForPosition(QPoint(self.text_area_width() // 2, TOP_PROBE_Y)).position()
        keys = [pos for pos, _ in self._anchors]
        i = bisect.bisect_right(keys, position) - 1
        return self._anchors[max(0, i)][1]

    def _scrolled(self, _value: int = 0) -> None:
        top = self.top_block()
        if top != self._top_block:
            self._top_block = top
            self.topBlockChanged.emit(top)

    # --- measure and zoom ---------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        top = self.top_block()
        self._zoom = percent
        self._apply_font()
        self._update_measure()
        if top >= 0:
            self.scroll_to_block(top)

    def _reader_font(self) -> QFont:
        font = with_symbol_fallbacks(self.font())
        font.setPointSizeF(BASE_POINT_SIZE * self._zoom / 100)
        return font

    def _apply_font(self) -> None:
        self.document().setDefaultFont(self._reader_font())

    def measure_width(self, font: QFont | None = None) -> int:
        """Pixels for about ``MEASURE_CHARACTERS`` characters of body text."""
        metrics = QFontMetricsF(font if font is not None else self.document().defaultFont())
        return int(metrics.averageCharWidth() * MEASURE_CHARACTERS)

    def _side_margin(self, font: QFont | None = None) -> int:
        return max(MIN_SIDE_MARGIN, (self.text_area_width() - self.measure_width(font)) // 2)

    def text_area_width(self) -> int:
        """The viewport's width, worked out without asking for the viewport itself.

        PySide6 meets the viewport, a QWidget made by Qt, for the first time in ``viewport()``
        and then creates the Python classes of every QWidget subclass to find its type (65
        classes and their enums: 18-20 ms at start-up, or in the first keystroke of a find).
        ``maximumViewportSize()`` leaves out a bar only when it is always on; which are is kept
        as their policies are set, not asked (a policy is an enum of ``Qt``: see ``qtnames``).
        """
        width = self.maximumViewportSize().width()
        bar = self.verticalScrollBar()
        if bar.isVisibleTo(self) and not self._bars_always_on["vertical"]:
            width -= bar.sizeHint().width()
        return width

    def text_area_height(self) -> int:
        """The viewport's height, like ``text_area_width``."""
        height = self.maximumViewportSize().height()
        bar = self.horizontalScrollBar()
        if bar.isVisibleTo(self) and not self._bars_always_on["horizontal"]:
            height -= bar.sizeHint().height()
        return height

    def setVerticalScrollBarPolicy(self, policy) -> None:  # noqa: N802 - Qt's name
        super().setVerticalScrollBarPolicy(policy)
        self._bars_always_on["vertical"] = policy.name == "ScrollBarAlwaysOn"

    def setHorizontalScrollBarPolicy(self, policy) -> None:  # noqa: N802 - Qt's name
        super().setHorizontalScrollBarPolicy(policy)
        self._bars_always_on["horizontal"] = policy.name == "ScrollBarAlwaysOn"

    def _update_measure(self) -> None:
        set_side_margins(self.document(), self._side_margin())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_measure()
        if not self._painted and self.document().characterCount() <= WHOLE_LAYOUT_CHARS:
            # Qt lays a document out lazily, a part per idle turn, and fits the scroll bar after
            # each: the first frame would be followed by two repaints. A release is laid out
            # whole in about a millisecond and the bar fitted to it as the window takes its
            # size, before the first paint, so the first frame shows the final bar.
            layout = self.document().documentLayout()
            layout.documentSizeChanged.emit(layout.documentSize())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        if event.key() == Qt.Key.Key_Escape:
            self.clear_jump()
            self.escapePressed.emit()
            event.accept()
            return
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self.clear_jump()
        if event.matches(QKeySequence.StandardKey.Copy) and self.textCursor().hasSelection():
            clipboard.copy_text(self.selected_text(), "Selection")  # every copy goes through the wrapper
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Tab and Shift+Tab step through the links; the ring follows (Qt moves the cursor
        onto the link without a cursorPositionChanged)."""
        moved = super().focusNextPrevChild(next)
        self._update_ring()
        return moved

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.clear_jump()
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoomRequested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        self.clear_jump()  # scrolling on is the next action: the "Show" highlight goes
        super().wheelEvent(event)

    # --- copying ----------------------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Copy and drag give clean plain text only: no markup, no object markers."""
        from PySide6.QtCore import QMimeData

        data = QMimeData()
        data.setText(clean_text(self.textCursor().selection().toPlainText()))
        return data

    def selected_text(self) -> str:
        return clean_text(self.textCursor().selection().toPlainText()) if self.textCursor().hasSelection() else ""

    # --- resources and links: nothing from the network, ever ------------------------------------
    def loadResource(self, kind: int, url: QUrl):  # noqa: N802
        """Serve images only from inside the release's folder; anything else gets a placeholder."""
        if int(kind) != IMAGE_RESOURCE:
            # Style sheets and the like: the reader needs none. An empty one, not None: given
            # nothing, Qt would read the file itself, from anywhere on disk.
            return ""
        from .images import release_image  # an SVG that refers outside the folder is refused

        image = release_image(url.toString(), self.local_path(url))
        if image is not None:
            limit = max(200, self.measure_width())
            return image.scaledToWidth(limit) if image.width() > limit else image
        return placeholder_image()

    def local_path(self, url: QUrl) -> Path | None:
        """The file ``url`` names if it lies inside the release's folder, else None."""
        from .images import path_inside

        return path_inside(url, self.folder)


_placeholder: QImage | None = None


def placeholder_image() -> QImage:
    """A small neutral box shown instead of any image MediaKit will not load."""
    global _placeholder
    if _placeholder is None:
        from PySide6.QtGui import QImage, QPainter

        image = QImage(48, 32, QImage.Format.Format_ARGB32)
        image.fill(QColor(128, 128, 128, 60))
        painter = QPainter(image)
        painter.setPen(QColor(128, 128, 128, 160))
        painter.drawRect(0, 0, 47, 31)
        painter.end()
        _placeholder = image
    return _placeholder
