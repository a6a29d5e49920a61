"""The repairs dialog: what MediaKit repaired or marked while reading, and where.

Each entry names what was done and where: the whole file for the repairs the core counts
(joined paragraphs, repeats dropped, page chrome left out), a section for each link in
the text that leads nowhere (marked with a wavy underline). Choosing an entry with a place
(a click, or Enter) shows that place in the text, highlighted; the dialog stays open, so
the reporter can go down the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from .reader_links import DeadLink

WHOLE_FILE = "throughout the file"
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


class RepairEntry(NamedTuple):
    """One repair: what was done, where (in words), and the place in the text (-1: none)."""

    what: str
    where: str
    start: int = -1
    end: int = -1


def repair_entries(warnings: Sequence[str], dead_links: Sequence[DeadLink],
                   place_name: Callable[[int], str]) -> list[RepairEntry]:
    """The core's repairs (the whole file), then each dead link where it is, in reading order."""
    entries = [RepairEntry(warning, WHOLE_FILE) for warning in warnings]
    for link in dead_links:
        target = link.href.strip() or "no target"
        entries.append(RepairEntry(f"Marked a link that leads nowhere: “{link.text}” ({target})",
                                   place_name(link.start), link.start, link.end))
    return entries


class RepairsDialog(QDialog):
    """The list of repairs; ``placeRequested(start, end)`` when an entry with a place is chosen."""

    placeRequested = Signal(int, int)

    def __init__(self, file_name: str, entries: list[RepairEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("repairsDialog")
        self.setWindowTitle("Repairs Made")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.entries = entries
        if entries:
            intro = f"MediaKit repaired or marked {len(entries)} thing(s) while reading {file_name}."
            if any(entry.start >= 0 for entry in entries):
                intro += " Choose one with a place to see it in the text."
        else:
            intro = f"{file_name} needed no repairs."
        self.intro = QLabel(intro, self)
        self.intro.setObjectName("repairsIntro")
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("repairsList")
        self.list.setAccessibleName("Repairs made")
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(420)
        for entry in entries:
            item = QListWidgetItem(f"{entry.what}\n    {entry.where}", self.list)
            item.setData(PLACE_ROLE, (entry.start, entry.end))
            item.setToolTip("Show this place in the text" if entry.start >= 0 else "This repair has no single place")
        self.list.setVisible(bool(entries))
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def choose(self, row: int) -> None:
        """Choose entry ``row`` as a click would."""
        self._chosen(self.list.item(row))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        start, end = item.data(PLACE_ROLE)
        if start >= 0:
            self.placeRequested.emit(start, end)
