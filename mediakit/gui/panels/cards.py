"""Building blocks shared by the panel's tabs: a scrolling list of cards and small buttons.

Cards take their colours from the palette (Base on Window), so they follow the theme
without style sheets; text that must be big or quiet gets its font and role here. A tab
makes its first cards at once and the rest, once those are on screen, a batch per turn of
the event loop (``add_in_turns``), so neither the first paint nor a big release waits for
hundreds of cards; ``finish`` makes them all at once.

From the keyboard a list is one tab stop: the arrows (Home, End, Page Up/Down) move a
ring between its cards, Enter or Ctrl+C copies the current card (``Card.copy_main``),
Space shows it in the text. The cards' own buttons are for the mouse and take no focus.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import icons
from ..qtnames import set_enum_properties

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QMouseEvent

MAX_CARDS = 120  # a tab shows this many; a huge release names the rest in a note (Find has them all).
# Each turn lays the whole column out again, so its cost grows with the cards above: with 250, the
# last turns of a 192-figure PDF held the event loop 100-140 ms; with 120, 81-88 ms.
FIRST_CARDS = 12  # made at once: more than a tall panel shows
TURN_SECONDS = 0.02  # then as many as this leaves time for, per turn of the event loop
CARDS_PER_TURN = 10  # and no more than this many: each turn lays the whole column out again,
UNCAPPED_CARDS = 40  # which costs little while the column holds fewer cards than this
CARD_MIN_HEIGHT = 56  # px with the spacing below it: no card is shorter (a one-line figure is 63)


class Card(QFrame):
    """A framed box on the Base colour; a click anywhere but its buttons emits ``activated``."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.setSpacing(4)
        self.current = False  # the keyboard's ring is on this card

    def copy_main(self) -> None:
        """What Enter and Ctrl+C copy when this card is the current one."""

    def set_current(self, on: bool) -> None:
        if on != self.current:
            self.current = on
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.current:
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 4, 4)
            painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)


class CardColumn(QWidget):
    """The widget the cards stand in; ``firstPainted`` says its first cards are on screen."""

    firstPainted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.painted = False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.firstPainted.emit()


class CardList(QScrollArea):
    """A vertical, scrolling stack of cards with an optional header widget above them."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        own_viewport(self)
        self.setAccessibleName(accessible_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_properties(self, horizontalScrollBarPolicy="ScrollBarAlwaysOff")
        self.inner = CardColumn(self)
        self.inner.setObjectName("cardListInner")
        self.inner.firstPainted.connect(self._next_turn)
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(8, 8, 8, 8)
        self.column.setSpacing(8)
        self.column.addStretch(1)
        self.setWidget(self.inner)
        self._steps: list[Callable[[], object]] = []
        self._per_turn = CARDS_PER_TURN
        self._made = 0  # steps run for the current list
        self._uncapped = UNCAPPED_CARDS  # turns may make cards up to this many in all, time allowing
        self._batch: QVBoxLayout | None = None  # where ``add`` puts the cards of the current batch
        self.cards: list = []  # each tab fills it with its cards, in order
        self.current_card = -1
        set_enum_properties(self, focusPolicy="StrongFocus")

    # --- the keyboard: one tab stop, arrows inside ----------------------------------------------
    def set_current_card(self, index: int) -> None:
        """Put the keyboard's ring on card ``index`` (clamped) and scroll it into view."""
        if not self.cards:
            return
        index = max(0, min(len(self.cards) - 1, index))
        if 0 <= self.current_card < len(self.cards):
            self.cards[self.current_card].set_current(False)
        self.current_card = index
        card = self.cards[index]
        card.set_current(True)
        self.ensureWidgetVisible(card, 0, 8)
        self.setAccessibleDescription(card.accessibleName())

    def copy_current(self) -> bool:
        """Copy the current card (Edit ▸ Copy with the list focused); False when there is none."""
        if 0 <= self.current_card < len(self.cards):
            self.cards[self.current_card].copy_main()
            return True
        return False

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if self.current_card < 0 and self.cards:
            self.set_current_card(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        key = event.key()
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5,
                 Qt.Key.Key_Home: -len(self.cards), Qt.Key.Key_End: len(self.cards)}
        if key in steps and self.cards:
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_End):
                self.finish()
            self.set_current_card(max(0, self.current_card) + steps[key])
            return
        card = self.cards[self.current_card] if 0 <= self.current_card < len(self.cards) else None
        if card is not None and (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                                 or event.matches(QKeySequence.StandardKey.Copy)):
            card.copy_main()
            return
        if card is not None and key == Qt.Key.Key_Space:
            card.activated.emit()
            return
        super().keyPressEvent(event)

    def add(self, widget: QWidget) -> None:
        if self._batch is not None:
            self._batch.addWidget(widget)
        else:
            self.column.insertWidget(self.column.count() - 1, widget)

    def add_in_turns(self, steps: list[Callable[[], object]], first: int = FIRST_CARDS,
                     per_turn: int | None = None) -> None:
        """Run ``steps`` in order (each adds a card or a note): the ``first`` now, the rest
        from the event loop once the first are painted (cards below the fold would otherwise
        hold up the window's first frame), for ``TURN_SECONDS`` a turn: a fast machine makes
        them in one or two turns, so the panel is settled sooner, and a slow one still
        answers the keyboard between turns. ``per_turn`` (default ``CARDS_PER_TURN``) caps a
        turn: the time counted is only the making, and each turn also lays the column out
        again, longer the more cards it already holds (so by default a turn may make up to
        ``UNCAPPED_CARDS`` in all before the cap: a short list is finished in one turn after
        the first frame, and the panel settles after one more paint, not one a batch)."""
        self._steps = list(steps)
        self._made = 0
        self._per_turn = per_turn if per_turn is not None else CARDS_PER_TURN
        self._uncapped = UNCAPPED_CARDS if per_turn is None else 0
        reserve_scroll_bar(self, len(self._steps))
        self._run_steps(first)

    def _next_turn(self) -> None:
        if self._steps:
            QTimer.singleShot(0, self, lambda: self._run_steps(
                max(self._per_turn, self._uncapped - self._made), TURN_SECONDS))

    def _run_steps(self, count: int, seconds: float | None = None) -> None:
        """Run up to ``count`` steps, or fewer when ``seconds`` have passed (at least one)."""
        now, self._steps = self._steps[:count], self._steps[count:]
        box = None
        if now:
            # Each batch gets its own box: adding one then lays out only that box, not every
            # card made before (whose sizes the column keeps), so each turn stays short.
            box = QWidget(self.inner)
            self._batch = QVBoxLayout(box)
            self._batch.setContentsMargins(0, 0, 0, 0)
            self._batch.setSpacing(self.column.spacing())
            self.column.insertWidget(self.column.count() - 1, box)
        deadline = None if seconds is None else time.perf_counter() + seconds
        try:
            for done, step in enumerate(now, start=1):
                step()
                self._made += 1
                if deadline is not None and time.perf_counter() > deadline:
                    self._steps[:0] = now[done:]  # the rest wait for the next turn
                    break
        finally:
            self._batch = None
        if box is not None:
            self._place(box)
        if self.inner.painted:
            self._next_turn()

    def _place(self, box: QWidget) -> None:
        """Show a turn's new box of cards at its place in the column at once.

        Left to Qt, the box is shown from the event loop and the column laid out again in its
        old height, which squeezes every card above to its smallest for one frame (the panel
        flickers) before the scroll area grows the column; here the column is first given the
        height its cards need at the viewport's width.
        """
        if not self.inner.isVisible():
            return  # the first frame lays the column out once, as it is shown
        box.show()
        width = self.viewport().width()
        height = self.inner.heightForWidth(width)
        if height > self.inner.height():
            self.inner.resize(width, height)

    def finish(self) -> None:
        """Make every card still to come, now."""
        self._run_steps(len(self._steps))

    def stop(self) -> None:
        """Make no more cards (the release they were for is no longer shown)."""
        self._steps = []

    def more_note(self, shown: int, total: int, what: str) -> QLabel | None:
        """Say how many were left out when a release has more than ``MAX_CARDS``."""
        if total <= shown:
            return None
        note = label(f"Showing the first {shown} of {total} {what}. Use Find (Ctrl+F) for the rest.",
                     self.inner, muted=True)
        note.setObjectName("moreNote")
        self.add(note)
        return note

    def empty_note(self, text: str) -> QLabel:
        note = label(text, self.inner, muted=True)
        set_enum_properties(note, alignment="AlignCenter")
        self.add(note)
        return note


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    """Give ``area`` a viewport made here, so that ``viewport()`` returns a widget Python knows.

    The viewport Qt makes is a plain QWidget; the first time PySide6 meets one made in C++
    it creates the Python class of every QWidget subclass to find its type (about 6 ms, the
    bare window never pays it). One made in Python is looked up at once.
    """
    viewport = QWidget(area)
    area.setViewport(viewport)
    return viewport


def reserve_scroll_bar(area: QAbstractScrollArea, count: int) -> None:
    """A list of ``count`` cards sure to be taller than the screen shows its scroll bar from the
    first layout.

    Shown only once the cards are laid out, the bar would take its width from them and every
    card would wrap its text again (widget cards: after the first frame, and the panel would
    jump; painted ones: a second layout of every card before it).
    """
    screen = area.screen()
    tall = screen is not None and count * CARD_MIN_HEIGHT > screen.availableGeometry().height()
    set_enum_properties(area, verticalScrollBarPolicy="ScrollBarAlwaysOn" if tall else "ScrollBarAsNeeded")


def label(text: str, parent: QWidget, *, size_delta: float = 0, bold: bool = False, muted: bool = False,
          italic: bool = False, wrap: bool = True, selectable: bool = False) -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(wrap)
    set_enum_properties(widget, textFormat="PlainText")
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    font = QFont(widget.font())
    if size_delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + size_delta))
    font.setBold(bold)
    font.setItalic(italic)
    widget.setFont(font)
    if muted:
        widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if selectable:
        set_enum_properties(widget, textInteractionFlags="TextSelectableByMouse")
    return widget


def tool_button(parent: QWidget, text: str, accessible: str, icon: str | None,
                on_click: Callable[[], None], object_name: str = "") -> QToolButton:
    """A small text-and-icon button for the cards ("Copy", "Show")."""
    button = QToolButton(parent)
    button.setText(text)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    set_enum_properties(button, toolButtonStyle="ToolButtonTextBesideIcon", focusPolicy="NoFocus")
    button.setAutoRaise(True)  # no focus: the list is the tab stop (see CardList)
    if object_name:
        button.setObjectName(object_name)
    icons.bind(button, icon)
    button.clicked.connect(on_click)
    return button


def push_button(parent: QWidget, text: str, accessible: str, icon: str | None,
                on_click: Callable[[], None], object_name: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    set_enum_properties(button, focusPolicy="NoFocus" if isinstance(parent, Card) else "StrongFocus")
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    if object_name:
        button.setObjectName(object_name)
    icons.bind(button, icon)
    button.clicked.connect(on_click)
    return button


def elide_around(sentence: str, phrase: str, limit: int = 170) -> str:
    """A sentence cut to about ``limit`` characters, keeping ``phrase`` in view."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    at = max(0, sentence.find(phrase))
    start = max(0, min(at - limit // 3, len(sentence) - limit))
    end = min(len(sentence), start + limit)
    text = sentence[start:end]
    if start > 0:
        text = "…" + text[text.find(" ") + 1:] if " " in text[:20] else "…" + text
    if end < len(sentence):
        text = text[:text.rfind(" ")] + "…" if " " in text[-20:] else text + "…"
    return text
