"""Find's hit list: every hit with a line of context, in the text and in the sidebar and panel too.

``release_hits`` (no Qt) lists what a query finds outside the text: section titles, key
figures, quotes and contacts. ``HitList`` shows those after the text's own matches (one row
each, with the line around it, like calibre's search panel); a click, or the arrow keys,
jump to the hit and the list stays open while the reporter reads on.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ..core.model import Release
from .search import context_line, find_pattern
from .texts import quote_text_only

MAX_ROWS = 1000  # the text's matches listed; the count in the bar still says how many there are
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABELS = {"text": "Text", "section": "Section", "figure": "Figure", "quote": "Quote", "contact": "Contact"}


class Hit(NamedTuple):
    """One row: ``kind`` (a ``KIND_LABELS`` key), the line shown, and what a jump goes to
    (the match's number for "text", a block index for "section", else the core object)."""

    kind: str
    context: str
    target: object


def _first_hit(pattern, text: str) -> str | None:
    match = pattern.search(text) if text else None
    return context_line(text, match.start(), match.end(), 80) if match else None


def _section_hits(pattern, release: Release) -> list[Hit]:
    return [Hit("section", line, section.block) for section in release.all_sections()
            if (line := _first_hit(pattern, section.title))]


def _figure_hits(pattern, release: Release) -> list[Hit]:
    hits = []
    for figure in release.figures:
        line = _first_hit(pattern, figure.text) or _first_hit(pattern, figure.context)
        if line:
            hits.append(Hit("figure", line if figure.text in line else f"{figure.text} — {line}", figure))
    return hits


def _quote_hits(pattern, release: Release) -> list[Hit]:
    hits = []
    for quote in release.quotes:
        line = _first_hit(pattern, quote_text_only(quote)) or _first_hit(pattern, quote.speaker or "")
        if line:
            hits.append(Hit("quote", f"{line} ({quote.speaker})" if quote.speaker else line, quote))
    return hits


def _contact_hits(pattern, release: Release) -> list[Hit]:
    hits = []
    for contact in release.contacts:
        fields = [contact.name, contact.role, contact.organization, *contact.phones, *contact.emails]
        found = next((line for line in (_first_hit(pattern, f or "") for f in fields) if line), None)
        if found:
            name = contact.name or contact.organization or ""
            hits.append(Hit("contact", found if found == name else f"{name}: {found}".strip(": "), contact))
    return hits


def release_hits(query: str, release: Release) -> list[Hit]:
    """What ``query`` finds in the release's section titles, figures, quotes and contacts."""
    pattern = find_pattern(query)
    if pattern is None:
        return []
    return [*_section_hits(pattern, release), *_figure_hits(pattern, release), *_quote_hits(pattern, release),
            *_contact_hits(pattern, release)]


class HitList(QListWidget):
    """The rows of a find; ``hitChosen(Hit)`` on a click, Enter or an arrow key."""

    hitChosen = Signal(object)
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findHits")
        self.setAccessibleName("Find results")
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.hits: list[Hit] = []
        self._quiet = False
        self.currentRowChanged.connect(self._row_changed)
        self.itemClicked.connect(lambda item: self._choose(self.row(item)))
        self.hide()

    def set_hits(self, text_hits: list[Hit], other_hits: list[Hit], total_text: int) -> None:
        """Fill the list: the text's matches (at most ``MAX_ROWS``), then the other hits."""
        self._quiet = True
        try:
            self.clear()
            self.hits = text_hits[:MAX_ROWS] + other_hits
            for hit in self.hits:
                item = QListWidgetItem(f"{KIND_LABELS[hit.kind]} · {hit.context}")
                item.setToolTip(hit.context)
                self.addItem(item)
            if total_text > MAX_ROWS:
                note = QListWidgetItem(f"… and {total_text - MAX_ROWS:,} more in the text (use Find Next)")
                note.setFlags(Qt.ItemFlag.NoItemFlags)
                self.insertItem(MAX_ROWS, note)
                self.hits.insert(MAX_ROWS, Hit("text", "", -1))
        finally:
            self._quiet = False
        self.setVisible(bool(self.hits))

    def rows(self) -> list[str]:
        """Each row's text as shown."""
        return [self.item(i).text() for i in range(self.count())]

    def follow_text_match(self, number: int) -> None:
        """Select the row of text match ``number`` (the bar stepped to it) without jumping again."""
        self._quiet = True
        try:
            if 0 <= number < min(MAX_ROWS, len(self.hits)) and self.hits[number].kind == "text":
                self.setCurrentRow(number)
                self.scrollToItem(self.item(number))
        finally:
            self._quiet = False

    def _row_changed(self, row: int) -> None:
        if not self._quiet:
            self._choose(row)

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.hits) and not (self.hits[row].kind == "text" and self.hits[row].target == -1):
            self.hitChosen.emit(self.hits[row])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.currentRow())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            return
        super().keyPressEvent(event)
