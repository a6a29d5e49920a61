"""Marks in the reader's text: the "Show" highlight, find's matches and the headline's size.

``ReaderMarks`` is a part of ``ReaderView``: the "Show" highlight (a figure, a quote, a
repair's place) lasts until the reader's next action (``clear_jump``); find's matches are
set from outside (``set_find_selections``); on a small window the headline steps down one
size (``set_compact_headline``).
"""

from __future__ import annotations

import bisect

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextEdit

HEADLINE_SIZES = {False: 2, True: 1}  # Qt's size steps: x-large (the style sheet's h1), or large when compact
HEADLINE_SEARCH_BLOCKS = 60  # the headline is among the first blocks (after labels and banners)


class ReaderMarks:
    """Highlights and the headline's size; mixed into ``ReaderView`` (a ``QTextBrowser``)."""

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

    def highlight_range(self, start: int, end: int) -> bool:
        """Scroll to document positions ``start``..``end`` and highlight them (a repair's place)."""
        from PySide6.QtGui import QTextCharFormat, QTextCursor

        if not 0 <= start < end < self.document().characterCount():
            return False
        rect = self.document().documentLayout().blockBoundingRect(self.document().findBlock(start))
        self.verticalScrollBar().setValue(max(0, int(rect.top()) - 8))
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.format = QTextCharFormat()
        selection.format.setBackground(self._jump_colour)
        selection.cursor = cursor
        self._jump_selection = selection
        self._refresh_selections()
        self._scrolled()
        return True

    def block_at(self, position: int) -> int:
        """The release block whose text holds document ``position`` (-1 before the first)."""
        keys = [pos for pos, _ in self._anchors]
        i = bisect.bisect_right(keys, position) - 1
        return self._anchors[i][1] if i >= 0 else -1

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

    def set_jump_colour(self, colour: str) -> None:
        self._jump_colour = QColor(colour)
        if self._jump_selection is not None:
            self._jump_selection.format.setBackground(self._jump_colour)
            self._refresh_selections()

    # --- the headline on small windows -------------------------------------------------------
    def set_compact_headline(self, compact: bool) -> None:
        """A smaller headline (one size step down) on a narrow or short window."""
        if compact != self._compact_headline:
            self._compact_headline = compact
            self._apply_headline()

    def headline_blocks(self) -> list:
        """The text blocks of the top-level headings (h1) near the start of the document."""
        out = []
        block = self.document().begin()
        for _ in range(HEADLINE_SEARCH_BLOCKS):
            if not block.isValid():
                break
            if block.blockFormat().headingLevel() == 1:
                out.append(block)
            block = block.next()
        return out

    def _apply_headline(self) -> None:
        from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat

        fmt = QTextCharFormat()
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADLINE_SIZES[self._compact_headline])
        for block in self.headline_blocks():
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
