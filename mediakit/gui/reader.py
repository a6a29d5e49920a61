"""The reader: the release in a QTextBrowser, at a readable measure, that never touches the network.

``ReaderView`` shows the HTML from ``render.render_release``, knows where each release block
landed in the document (by its ``b<index>`` anchor), scrolls to and highlights blocks,
reports which block is at the top as the user scrolls, and keeps the text column about
70 characters wide. ``loadResource`` serves only files inside the release's own folder;
links open only when clicked, and only http(s)/mailto/tel reach the desktop (through
``links.open_external``: a mailto's attachments are dropped, a number with no phone app is
copied). Links that lead nowhere (no such file, no such place) are marked in the text
(``mark_dead_links``); the link the keyboard is on gets a ring of its own (``focus_ring``).

Qt classes used only when the reader is interacted with (cursors, character formats, images,
MIME data, key sequences) are imported where they are used: PySide6 builds a class and its
enums the first time it is named, and none of these is needed for the first paint.
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from . import clipboard
from .clipboard import clean_text

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, QThread
    from PySide6.QtGui import QImage, QWheelEvent

MEASURE_CHARACTERS = 70
MIN_SIDE_MARGIN = 28
TOP_PROBE_Y = 12  # the point, this far below the top of the view, whose block is "the block at the top"
BASE_POINT_SIZE = 11.5
EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel")
RELEASE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".xhtml")
IMAGE_RESOURCE = int(QTextDocument.ResourceType.ImageResource.value)


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


class DeadLink(NamedTuple):
    """A link in the text that leads nowhere: where it is, its text and its target."""

    start: int
    end: int
    text: str
    href: str


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
    _set_side_margins(document, recipe.side_margin)
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


def _set_side_margins(document: QTextDocument, side: int) -> bool:
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


class ReaderView(QTextBrowser):
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
        self._owns_document = False  # True once the document shown is one adopted by show_prepared
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

    def highlight_block(self, index: int, phrase: str | None = None) -> bool:
        """Scroll to block ``index`` and highlight ``phrase`` in it (the whole block if not found)."""
        if not self.scroll_to_block(index):
            return False
        from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat

        text_block = self.document().findBlock(self.block_position(index))
        cursor = QTextCursor(text_block)
        start = text_block.text().find(phrase) if phrase else -1
        selection = QTextEdit.ExtraSelection()
        selection.format = QTextCharFormat()
        selection.format.setBackground(self._jump_colour)
        if start >= 0:
            cursor.setPosition(text_block.position() + start)
            cursor.setPosition(text_block.position() + start + len(phrase or ""), QTextCursor.MoveMode.KeepAnchor)
        else:
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor.clearSelection()
        selection.cursor = cursor
        self._jump_selection = selection
        self._refresh_selections()
        return True

    def highlighted_text(self) -> str:
        if self._jump_selection is None:
            return ""
        cursor = self._jump_selection.cursor
        return cursor.selectedText() if cursor.hasSelection() else cursor.block().text()

    def set_find_selections(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        self._find_selections = selections
        self._refresh_selections()

    def _refresh_selections(self) -> None:
        jump = [self._jump_selection] if self._jump_selection is not None else []
        ring = [self._ring_selection] if self._ring_selection is not None else []
        self.setExtraSelections(jump + self._find_selections + ring)

    def clear_jump(self) -> None:
        """Drop the "Show" highlight: it lasts until the reader's next action."""
        if self._jump_selection is not None:
            self._jump_selection = None
            self._refresh_selections()

    # --- the keyboard's ring on links, and links that lead nowhere -------------------------------
    def _update_ring(self) -> None:
        """A ring of its own on the link Tab moved to, visible in either theme and focus state."""
        from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor

        cursor = self.textCursor()
        on_link = cursor.hasSelection() and cursor.charFormat().isAnchor() and bool(self.anchor_at_cursor())
        if not on_link:
            if self._ring_selection is not None:
                self._ring_selection = None
                self._refresh_selections()
            return
        ring = QTextEdit.ExtraSelection()
        ring.format = QTextCharFormat()
        ring.format.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
        ring.format.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        ring.format.setFontUnderline(True)
        ring.cursor = QTextCursor(cursor)
        self._ring_selection = ring
        self._refresh_selections()

    def anchor_at_cursor(self) -> str:
        cursor = self.textCursor()
        return cursor.charFormat().anchorHref() if cursor.hasSelection() else ""

    def focus_ring_text(self) -> str:
        """The text of the link the keyboard is on ("" when none)."""
        return self._ring_selection.cursor.selectedText() if self._ring_selection is not None else ""

    def mark_dead_links(self, known_fragments: frozenset[str] | set[str] = frozenset()) -> list[DeadLink]:
        """Mark each link that leads nowhere: an empty or ``#`` target, a ``#place`` the text
        does not have (``known_fragments`` are the ones the window resolves), or a file of the
        release's folder that is not there. Returns them, in reading order."""
        from PySide6.QtGui import QTextCharFormat, QTextCursor

        dead = []
        for start, end, href in self._links:
            if not self._leads_nowhere(href, known_fragments):
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#d93025"))
            fmt.setToolTip(f"This link leads nowhere ({href or 'no target'})")
            cursor.mergeCharFormat(fmt)
            dead.append(DeadLink(start, end, clean_text(cursor.selectedText()), href))
        self.dead_links = dead
        return dead

    def _leads_nowhere(self, href: str, known_fragments) -> bool:
        url = QUrl(href)
        scheme = url.scheme().lower()
        if scheme in EXTERNAL_SCHEMES:
            return False
        if not href.strip() or href.strip() == "#":
            return True
        if not scheme and url.hasFragment() and not url.path():
            return url.fragment() not in self._names and url.fragment() not in known_fragments
        if self.folder is None:
            return False  # the built-in release: nothing to check against
        path = self.local_path(url)
        return path is None or not path.exists()

    def set_jump_colour(self, colour: str) -> None:
        self._jump_colour = QColor(colour)
        if self._jump_selection is not None:
            self._jump_selection.format.setBackground(self._jump_colour)
            self._refresh_selections()

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
        font = QFont(self.font())
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
        """
        width = self.maximumViewportSize().width()  # less the scroll bar only when it is always on
        bar = self.verticalScrollBar()
        if bar.isVisibleTo(self) and self.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOn:
            width -= bar.sizeHint().width()
        return width

    def text_area_height(self) -> int:
        """The viewport's height, like ``text_area_width``."""
        height = self.maximumViewportSize().height()
        bar = self.horizontalScrollBar()
        if bar.isVisibleTo(self) and self.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOn:
            height -= bar.sizeHint().height()
        return height

    def _update_measure(self) -> None:
        _set_side_margins(self.document(), self._side_margin())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_measure()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
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

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.clear_jump()
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoomRequested.emit(1 if delta > 0 else -1)
            event.accept()
            return
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
        path = self.local_path(url)
        if path is not None and path.is_file():
            from .images import safe_image  # an SVG that refers outside the folder is refused

            image = safe_image(path)
            if image is not None:
                limit = max(200, self.measure_width())
                return image.scaledToWidth(limit) if image.width() > limit else image
        return placeholder_image()

    def local_path(self, url: QUrl) -> Path | None:
        """The file ``url`` names if it lies inside the release's folder, else None."""
        if self.folder is None:
            return None
        scheme = url.scheme().lower()
        if scheme == "file":
            candidate = Path(url.toLocalFile())
        elif scheme == "" and not url.host():
            relative = url.path()
            if not relative or relative.startswith("/"):
                return None
            candidate = self.folder / relative
        else:
            return None
        try:
            resolved = candidate.resolve()
        except (OSError, RuntimeError):
            return None
        return resolved if resolved.is_relative_to(self.folder) else None

    def _follow_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in EXTERNAL_SCHEMES:
            from .links import open_external

            message = open_external(url)
            if message:
                self.linkMessage.emit(message)
            return
        if not scheme and url.hasFragment() and not url.path():
            self.fragmentRequested.emit(url.fragment())
            return
        path = self.local_path(url)
        if path is not None and path.suffix.lower() in RELEASE_SUFFIXES and path.is_file():
            self.openReleaseRequested.emit(str(path))
            return
        self.linkRefused.emit(url.toString())


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
