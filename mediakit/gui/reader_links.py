"""Links in the reader: the keyboard's ring on the link it is on, links that lead nowhere,
and what a click on a link does (``ReaderLinks``, a part of ``ReaderView``).

Only http(s)/mailto/tel reach the desktop (through ``links.open_external``); an in-page
``#place`` goes to the window, a release file of the same folder opens in the window, and
anything else is refused with a message.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextEdit

from .clipboard import clean_text

EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel")
RELEASE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".xhtml")


class DeadLink(NamedTuple):
    """A link in the text that leads nowhere: where it is, its text and its target."""

    start: int
    end: int
    text: str
    href: str


class ReaderLinks:
    """The reader's link behaviour; mixed into ``ReaderView`` (a ``QTextBrowser``)."""

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
