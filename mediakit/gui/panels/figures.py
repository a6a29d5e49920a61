"""Key figures tab: a list that draws its cards itself (a list view, a model and a delegate).

Each figure is a card: the figure large, its qualifier and unit under it, its sentence small,
and two buttons, Show and Copy. The cards are painted by ``FigureDelegate``, not built of
widgets: six widgets a card cost about 0.9 ms each to make and lay out, so the figures below
the fold came a turn after the first frame and the window was painted once more for them;
a painted list sizes every card by its text's metrics and paints those on screen, all in the
first frame.

Clicking a card (or its Show button) asks the window to scroll to the figure's sentence and
highlight it; Copy puts ``figure — sentence (source)`` on the clipboard. From the keyboard
the list is one tab stop: the arrows, Home, End, Page Up/Down move the ring between cards,
Enter or Ctrl+C copies the current card, Space shows it in the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeySequence, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QStyledItemDelegate, QToolTip, QWidget

from ...core.model import Figure, Release
from .. import clipboard, icons, qtnames
from ..texts import figure_copy_text, figure_details, figure_sentence
from .cards import elide_around, own_viewport, reserve_scroll_bar

if TYPE_CHECKING:
    from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPaintEvent, QResizeEvent
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
FIGURE_ROLE = qtnames.USER_ROLE  # the row's ``Figure``
EMPTY_TEXT = "No key figures were found in this release."
BUTTONS = ("show", "copy")
_ICONS = {"show": "fa6s.location-crosshairs", "copy": "fa6s.copy"}
# The card's box, as the widget cards had it: padding inside, lines apart, cards apart.
PAD_X, PAD_Y, LINE_GAP, CARD_GAP, EDGE = 12, 10, 4, 8, 8
ICON, BUTTON_PAD = 16, 5


class FigureRow(NamedTuple):
    """What a card shows, worked out once: its texts as painted and its tooltips."""

    figure: Figure
    details: str
    sentence: str  # cut to about 170 characters around the figure
    tooltip: str  # the whole sentence


class CardGeometry(NamedTuple):
    """Where a card's parts go, in the card's own coordinates (its top left is 0, 0)."""

    height: int
    value: QRect
    details: QRect | None
    sentence: QRect
    buttons: dict[str, QRect]


class FigureModel(QAbstractListModel):
    """The release's figures in reading order, one row each."""

    def __init__(self, release: Release, parent: QObject | None = None):
        super().__init__(parent)
        self.rows = [_row(f, figure_sentence(f, release)) for f in release.figures]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = qtnames.DISPLAY_ROLE) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == qtnames.DISPLAY_ROLE:
            return row.figure.text
        if role == qtnames.TOOLTIP_ROLE:
            return row.tooltip
        if role == qtnames.ACCESSIBLE_TEXT_ROLE:
            return f"Figure {row.figure.text}"
        if role == qtnames.ACCESSIBLE_DESCRIPTION_ROLE:
            return " — ".join(part for part in (row.details, row.tooltip) if part)
        if role == FIGURE_ROLE:
            return row.figure
        return None


class IconSlot(QObject):
    """Where ``icons.bind`` sets an icon the delegate paints (now, or once icons load)."""

    def __init__(self, name: str, view: QWidget):
        super().__init__(view)
        self.icon = QIcon()
        self._view = view
        icons.bind(self, name)

    def setIcon(self, icon: QIcon) -> None:  # noqa: N802 - the name icons.bind calls
        self.icon = icon
        self._view.update()


class FigureDelegate(QStyledItemDelegate):
    """Sizes and paints one figure card; its buttons are rectangles it answers clicks in."""

    def __init__(self, view: FiguresTab):
        super().__init__(view)
        self.view = view
        self.icons = {name: IconSlot(_ICONS[name], view.viewport()) for name in BUTTONS}
        self._sizes: dict[tuple[int, int], CardGeometry] = {}
        self.set_fonts(view.font())

    def set_fonts(self, base: QFont) -> None:
        self.value_font = _font(base, 7, bold=True)
        self.details_font = _font(base, -0.5)
        self.sentence_font = _font(base, -1)
        self.button_font = QFont(base)
        self.metrics = {"value": QFontMetrics(self.value_font), "details": QFontMetrics(self.details_font),
                        "sentence": QFontMetrics(self.sentence_font)}
        buttons = QFontMetrics(self.button_font)
        self.button_h = max(ICON, buttons.height()) + 2 * BUTTON_PAD
        self.copy_w = ICON + 4 + buttons.horizontalAdvance("Copy") + 2 * BUTTON_PAD
        self._sizes.clear()

    def forget_sizes(self) -> None:
        self._sizes.clear()

    # --- geometry -----------------------------------------------------------------------------
    def card_width(self) -> int:
        return max(120, self.view.viewport().width() - 2 * EDGE)

    def geometry(self, row: int, width: int) -> CardGeometry:
        key = (row, width)
        if key not in self._sizes:
            self._sizes[key] = self._measure(self.view.model_.rows[row], width)
        return self._sizes[key]

    def _measure(self, row: FigureRow, width: int) -> CardGeometry:
        inner = width - 2 * PAD_X
        button_h, copy_w, show_w = self.button_h, self.copy_w, ICON + 2 * BUTTON_PAD
        right = PAD_X + inner
        buttons = {"copy": QRect(right - copy_w, PAD_Y, copy_w, button_h)}
        buttons["show"] = QRect(buttons["copy"].left() - 2 - show_w, PAD_Y, show_w, button_h)
        value_w = max(40, buttons["show"].left() - 6 - PAD_X)
        value_h = _text_height(self.metrics["value"], value_w, row.figure.text)
        top = PAD_Y + max(value_h, button_h)
        value = QRect(PAD_X, PAD_Y + max(0, (button_h - value_h) // 2), value_w, value_h)
        details = None
        if row.details:
            height = _text_height(self.metrics["details"], inner, row.details)
            details = QRect(PAD_X, top + LINE_GAP, inner, height)
            top = details.bottom() + 1
        sentence = QRect(PAD_X, top + LINE_GAP, inner, _text_height(self.metrics["sentence"], inner, row.sentence))
        return CardGeometry(sentence.bottom() + 1 + PAD_Y, value, details, sentence, buttons)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        width = self.card_width()
        return QSize(width, self.geometry(index.row(), width).height + CARD_GAP)

    def card_rect(self, item: QRect) -> QRect:
        """The card inside the item's rectangle (the gap below it belongs to the item)."""
        return QRect(item.left() + EDGE, item.top(), self.card_width(), item.height() - CARD_GAP)

    def button_at(self, index: Index, item: QRect, pos) -> str | None:
        card = self.card_rect(item)
        geometry = self.geometry(index.row(), card.width())
        for name, rect in geometry.buttons.items():
            if rect.translated(card.topLeft()).contains(pos):
                return name
        return None

    # --- painting -----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette = option.palette
        card = self.card_rect(option.rect)
        row = self.view.model_.rows[index.row()]
        geometry = self.geometry(index.row(), card.width())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_card(painter, card.adjusted(0, 0, -1, -1), palette.color(QPalette.ColorRole.Base),
                    palette.color(QPalette.ColorRole.Mid))
        if index.row() == self.view.current_card:
            from PySide6.QtCore import Qt

            ring = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -2, -2), 4, 4)
        painter.translate(card.topLeft())
        text, muted = QPalette.ColorRole.Text, QPalette.ColorRole.PlaceholderText
        _draw_text(painter, self.value_font, palette, text, geometry.value, row.figure.text)
        if geometry.details is not None:
            _draw_text(painter, self.details_font, palette, muted, geometry.details, row.details)
        _draw_text(painter, self.sentence_font, palette, text, geometry.sentence, row.sentence)
        for name, rect in geometry.buttons.items():
            self._paint_button(painter, palette, name, rect, self.view.hovered == (index.row(), name))
        painter.restore()

    def _paint_button(self, painter: QPainter, palette: QPalette, name: str, rect: QRect, hovered: bool) -> None:
        if hovered:
            from PySide6.QtCore import Qt

            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Button))
            painter.drawRoundedRect(rect, 3, 3)
        icon_rect = QRect(rect.left() + BUTTON_PAD, rect.center().y() - ICON // 2 + 1, ICON, ICON)
        self.icons[name].icon.paint(painter, icon_rect)
        if name == "copy":
            text_rect = rect.adjusted(BUTTON_PAD + ICON + 4, 0, 0, 0)
            _draw_text(painter, self.button_font, palette, QPalette.ColorRole.ButtonText, text_rect, "Copy",
                       qtnames.ALIGN_VCENTER | qtnames.ALIGN_LEFT)

    def helpEvent(self, event: QHelpEvent, view, option: QStyleOptionViewItem, index: Index) -> bool:  # noqa: N802
        name = self.button_at(index, option.rect, event.pos())
        if name is None:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), self.view.button_tip(index.row(), name), view)
        return True


class FiguresTab(QListView):
    """All the release's key figures, in reading order, as painted cards."""

    showRequested = Signal(object)

    def __init__(self, release: Release, parent: QWidget | None = None):
        super().__init__(parent)
        own_viewport(self)
        self.setObjectName("figuresTab")
        self.setAccessibleName("Key figures")
        self.release = release
        self.hovered: tuple[int, str] | None = None
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        qtnames.set_enum_properties(self, horizontalScrollBarPolicy="ScrollBarAlwaysOff")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setViewportMargins(0, EDGE, 0, 0)
        self.setMouseTracking(True)
        self.model_ = FigureModel(release, self)
        self.delegate = FigureDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setModel(self.model_)
        reserve_scroll_bar(self, len(self.model_.rows))
        QApplication.instance().fontChanged.connect(self._font_changed)

    @property
    def current_card(self) -> int:
        """The row the keyboard's ring is on (-1: none yet)."""
        return self.currentIndex().row() if self.currentIndex().isValid() else -1

    @property
    def figures(self) -> list[Figure]:
        return [row.figure for row in self.model_.rows]

    # --- what a card does ---------------------------------------------------------------------
    def copy_card(self, row: int) -> None:
        clipboard.copy_text(figure_copy_text(self.model_.rows[row].figure, self.release), "Figure")

    def show_card(self, row: int) -> None:
        self.showRequested.emit(self.model_.rows[row].figure)

    def button_tip(self, row: int, name: str) -> str:
        text = self.model_.rows[row].figure.text
        return f"Show {text} in the text" if name == "show" else f"Copy {text} with its sentence and source"

    def button_rect(self, row: int, name: str) -> QRect:
        """Where card ``row``'s button ``name`` is, in the viewport (for a click)."""
        card = self.delegate.card_rect(self.visualRect(self.model_.index(row)))
        return self.delegate.geometry(row, card.width()).buttons[name].translated(card.topLeft())

    def card_texts(self, row: int) -> tuple[str, str, str]:
        """The figure, its details and its sentence as card ``row`` paints them."""
        item = self.model_.rows[row]
        return item.figure.text, item.details, item.sentence

    # --- the keyboard's ring ------------------------------------------------------------------
    def set_current_card(self, row: int) -> None:
        """Put the keyboard's ring on card ``row`` (clamped) and scroll it into view."""
        if not self.model_.rows:
            return
        row = max(0, min(len(self.model_.rows) - 1, row))
        self.setCurrentIndex(self.model_.index(row))

    def currentChanged(self, current: Index, previous: Index) -> None:  # noqa: N802 - Qt override
        super().currentChanged(current, previous)
        if current.isValid():
            self.scrollTo(current)
            self.setAccessibleDescription(f"Figure {self.model_.rows[current.row()].figure.text}")
        self.viewport().update()

    def copy_current(self) -> bool:
        """Copy the current card (Edit ▸ Copy with the list focused); False when there is none."""
        if 0 <= self.current_card < len(self.model_.rows):
            self.copy_card(self.current_card)
            return True
        return False

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if self.current_card < 0 and self.model_.rows:
            self.set_current_card(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        self.executeDelayedItemsLayout()  # Qt moves the ring only between cards it has laid out
        if self.current_card < 0 and self.model_.rows:
            self.set_current_card(0)  # a key before any card had the ring starts from the first
        row = self.current_card
        if 0 <= row < len(self.model_.rows):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.matches(QKeySequence.StandardKey.Copy):
                self.copy_card(row)
                return
            if event.key() == Qt.Key.Key_Space:
                self.show_card(row)
                return
        super().keyPressEvent(event)

    # --- the mouse ----------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            return
        pos, item = event.position().toPoint(), self.visualRect(index)
        if not self.delegate.card_rect(item).contains(pos):
            return  # the gap between two cards
        if self.delegate.button_at(index, item, pos) == "copy":
            self.copy_card(index.row())
        else:
            self.show_card(index.row())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        index = self.indexAt(event.position().toPoint())
        name = self.delegate.button_at(index, self.visualRect(index), event.position().toPoint()) \
            if index.isValid() else None
        hovered = (index.row(), name) if name else None
        if hovered != self.hovered:
            self.hovered = hovered
            self.viewport().update()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)
        if self.hovered is not None:
            self.hovered = None
            self.viewport().update()

    # --- size and the empty list --------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A new width wraps the cards' text again: lay them out now, not in Qt's 100 ms."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.delegate.forget_sizes()
            if self.isVisible():  # a hidden list is laid out as it is shown
                self.doItemsLayout()

    def _font_changed(self, font: QFont) -> None:
        """The application's font changed (the desktop's settings): measure the cards again in it.

        Heard from ``QGuiApplication.fontChanged``, a signal, rather than from a ``changeEvent``
        override: an override taking a plain ``QEvent`` makes PySide6 build the Python class of
        every QEvent subclass (about 40, and 10 widget classes) at the first event, before the
        window's first frame. The signal comes before the widgets take the new font, so the
        cards are measured in the font it gives (the list has no font of its own).
        """
        self.delegate.set_fonts(font)
        self.doItemsLayout()
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        empty = self.empty_text()
        if empty is not None:
            painter = QPainter(self.viewport())
            area = self.viewport().rect().adjusted(EDGE, EDGE, -EDGE, -EDGE)
            _draw_text(painter, self.font(), self.palette(), QPalette.ColorRole.PlaceholderText, area, empty,
                       qtnames.ALIGN_HCENTER | qtnames.ALIGN_TOP | qtnames.TEXT_WORD_WRAP)
            painter.end()

    def empty_text(self) -> str | None:
        """What the empty list says (None when it lists figures)."""
        return None if self.model_.rows else EMPTY_TEXT


def _row(figure: Figure, sentence: str) -> FigureRow:
    return FigureRow(figure, figure_details(figure), elide_around(sentence, figure.text), sentence)


def _font(base: QFont, delta: float, bold: bool = False) -> QFont:
    font = QFont(base)
    if delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + delta))
    font.setBold(bold)
    return font


def _text_height(metrics: QFontMetrics, width: int, text: str) -> int:
    return metrics.boundingRect(QRect(0, 0, width, 100000), qtnames.TEXT_WORD_WRAP, text).height()


# The first frame's cards are painted without QPainter.setPen and setBrush: the first call of
# either builds every enum of the Qt namespace (it weighs a Qt.PenStyle or Qt.BrushStyle among
# its overloads; 10 ms, see ``qtnames``). Text goes through the style, in a palette role's colour;
# the card's face is a stroke wide enough to cover it, clipped to its outline; its edge a 1 px stroke.
def _draw_text(painter: QPainter, font: QFont, palette: QPalette, role: QPalette.ColorRole, rect: QRect, text: str,
               flags: int = qtnames.ALIGN_LEFT | qtnames.ALIGN_TOP | qtnames.TEXT_WORD_WRAP) -> None:
    painter.setFont(font)
    QApplication.style().drawItemText(painter, rect, flags, palette, True, text, role)


def _paint_card(painter: QPainter, rect: QRect, face: QColor, edge: QColor) -> None:
    outline = QPainterPath()
    outline.addRoundedRect(QRectF(rect), 3, 3)
    painter.save()
    painter.setClipPath(outline)
    painter.strokePath(outline, _pen(face, min(rect.width(), rect.height()) + 2))
    painter.restore()
    painter.strokePath(outline, _pen(edge, 1))


def _pen(colour: QColor, width: int) -> QPen:
    pen = QPen()  # not QPen(colour, width): its overloads weigh Qt's enums too
    pen.setColor(colour)
    pen.setWidth(width)
    return pen
