"""The find bar over the reader: every match highlighted as you type, a count, next and previous,
and under it the hit list (``findlist.HitList``): every hit with a line of context.

Matching is ``search.find_all`` on the document's plain text (quotes, number grouping and
spaces are forgiving), so the positions map one to one onto the document. Hits in the
sections, figures, quotes and contacts follow the text's in the list; choosing one of those
emits ``otherHitChosen`` for the window to show.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QVBoxLayout, QWidget

from . import icons
from .findlist import MAX_ROWS, Hit, HitList, release_hits
from .reader import ReaderView
from .search import context_line, find_all

MAX_HIGHLIGHTS = 5000
LIST_ROWS = 7  # the hit list's height, in rows, at most
SHORT_LIST_ROWS = 4  # at most, in a window shorter than SHORT_WINDOW: the text keeps the room
SHORT_WINDOW = 700


class FindLineEdit(QLineEdit):
    """The query field: Enter finds the next match, Shift+Enter the previous, Esc closes."""

    nextRequested = Signal()
    previousRequested = Signal()
    closeRequested = Signal()
    listRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previousRequested.emit()
            else:
                self.nextRequested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.listRequested.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Find in the release shown by ``reader`` (and in ``release``'s parts, when set)."""

    otherHitChosen = Signal(object)  # a findlist.Hit outside the text

    def __init__(self, reader: ReaderView, parent: QWidget | None = None):
        super().__init__(parent)
        self.reader = reader
        self.setObjectName("findBar")
        self.setAccessibleName("Find bar")
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.release = None  # the release shown, for hits in its sections, figures, quotes and contacts
        self._text: tuple[object, int, str] | None = None  # (document, its revision, its plain text)
        self._all_colour = QColor("#ffe27a")
        self._current_colour = QColor("#ff9f43")
        self._text_colour = QColor("#1d1d1f")

        self.field = FindLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setAccessibleName("Find in release")
        self.field.setPlaceholderText("Find in release")
        self.field.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setAccessibleName("Matches")
        self.count_label.setMinimumWidth(90)
        self.previous_button = self._button("findPrevious", "Previous match", "fa6s.chevron-up", "‹")
        self.next_button = self._button("findNext", "Next match", "fa6s.chevron-down", "›")
        self.close_button = self._button("findClose", "Close find bar", "fa6s.xmark", "×")

        self.hit_list = HitList(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        outer.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(4)
        outer.addLayout(layout)
        outer.addWidget(self.hit_list)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

        self.field.textChanged.connect(self.search)
        self.field.nextRequested.connect(self.find_next)
        self.field.previousRequested.connect(self.find_previous)
        self.field.closeRequested.connect(self.close_bar)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.field.listRequested.connect(self._focus_list)
        self.hit_list.hitChosen.connect(self._hit_chosen)
        self.hit_list.closeRequested.connect(self.close_bar)
        self.hide()

    def _button(self, name: str, label: str, icon: str, fallback: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAccessibleName(label)
        button.setToolTip(label)
        button.setText(fallback)
        button.setAutoRaise(True)
        icons.bind(button, icon)
        return button

    def set_colours(self, all_matches: str, current: str, text: str) -> None:
        self._all_colour, self._current_colour, self._text_colour = QColor(all_matches), QColor(current), QColor(text)
        self._highlight()

    # --- actions -----------------------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with its field focused; a selection in the reader becomes the query."""
        selected = self.reader.selected_text()
        if selected and "\n" not in selected and len(selected) < 200:
            self.field.setText(selected)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        self.hit_list.set_hits([], [], 0)
        self.reader.set_find_selections([])
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self, query: str | None = None) -> None:
        """Find every match of the field's text, keeping the current one near where it was."""
        query = self.field.text() if query is None else query
        self.matches = find_all(query, self._plain_text())
        self.current = 0 if self.matches else -1
        if self.matches:
            anchor = self.reader.textCursor().selectionStart()
            first_after = bisect.bisect_left(self.matches, (anchor,))  # the first match starting at or after it
            self.current = first_after if first_after < len(self.matches) else 0
        self._highlight()
        self._fill_list(query)
        self._show_current()

    def _fill_list(self, query: str) -> None:
        text = self._plain_text()
        text_hits = [Hit("text", context_line(text, start, end), number)
                     for number, (start, end) in enumerate(self.matches[:MAX_ROWS])]
        others = release_hits(query, self.release) if self.release is not None else []
        self.hit_list.set_hits(text_hits, others, len(self.matches))
        most = SHORT_LIST_ROWS if self.window().height() < SHORT_WINDOW else LIST_ROWS
        rows = max(1, min(most, self.hit_list.count()))
        self.hit_list.setFixedHeight(rows * max(self.hit_list.sizeHintForRow(0), 18) + 2 * self.hit_list.frameWidth())
        self.hit_list.follow_text_match(self.current)

    def _focus_list(self) -> None:
        if self.hit_list.count():
            self.hit_list.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.hit_list.currentRow() < 0:
                self.hit_list.setCurrentRow(0)

    def _hit_chosen(self, hit: Hit) -> None:
        if hit.kind != "text":
            self.otherHitChosen.emit(hit)
            return
        if isinstance(hit.target, int) and 0 <= hit.target < len(self.matches):
            self.current = hit.target
            self._highlight()
            self._show_current()

    def _plain_text(self) -> str:
        """The reader's plain text, converted once per document rather than once per keystroke."""
        document = self.reader.document()
        revision = document.revision()  # counts every change of content, undo stack or not
        if self._text is None or self._text[0] is not document or self._text[1] != revision:
            self._text = (document, revision, document.toPlainText())
        return self._text[2]

    def refresh(self) -> None:
        """The document changed (a new release, a theme): search again if the bar is open."""
        self._text = None
        if self.isVisible() and self.field.text():
            self.search()
        else:
            self.matches, self.current = [], -1
            self.hit_list.set_hits([], [], 0)
            self._update_count()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self._highlight()
        self.hit_list.follow_text_match(self.current)
        self._show_current()

    # --- display -------------------------------------------------------------------------------
    def _update_count(self) -> None:
        query = self.field.text().strip()
        if not query:
            text = ""
        elif not self.matches:
            text = "No matches"
        else:
            text = f"{self.current + 1} of {len(self.matches)}"
        self.count_label.setText(text)
        enabled = len(self.matches) > 0
        self.previous_button.setEnabled(enabled)
        self.next_button.setEnabled(enabled)

    def _highlight(self) -> None:
        selections = []
        document = self.reader.document()
        formats = []
        for background in (self._all_colour, self._current_colour):  # one of each, shared by the selections
            fmt = QTextCharFormat()
            fmt.setBackground(background)
            fmt.setForeground(self._text_colour)
            formats.append(fmt)
        keep = QTextCursor.MoveMode.KeepAnchor
        for i, (start, end) in enumerate(self.matches[:MAX_HIGHLIGHTS]):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, keep)
            selection.cursor = cursor
            selection.format = formats[i == self.current]
            selections.append(selection)
        self.reader.set_find_selections(selections)
        self._update_count()

    def _show_current(self) -> None:
        """Scroll the current match to a third of the way down, unless it is already well in view."""
        if self.current < 0:
            return
        start, _end = self.matches[self.current]
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(start)
        self.reader.setTextCursor(cursor)  # no selection: the match keeps its "current" colour
        rect = self.reader.cursorRect(cursor)
        height = self.reader.text_area_height()
        if rect.top() < height // 8 or rect.bottom() > height - height // 8:
            bar = self.reader.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    def current_text(self) -> str:
        if self.current < 0:
            return ""
        start, end = self.matches[self.current]
        return self.reader.document().toPlainText()[start:end]
