"""The status bar: the release's date, word count, reading time and the repairs the core made.

Permanent labels sit on the right; the repairs count is a button that lists them; on a
narrow window the folded side panel's toggle sits beside it.
Transient messages (copied, saved, a note about settings) use the bar's message area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication, QLabel, QStatusBar, QToolButton, QWidget

from ..core.model import Release
from .qtnames import set_enum_properties
from .texts import long_date, reading_minutes, word_count


class ReleaseStatusBar(QStatusBar):
    """Shows facts about the release on display; ``repairsRequested`` when the count is clicked."""

    repairsRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusBar")
        # No size grip: Qt shows it only once the window is on screen, and the bar's height
        # changes then (28 to 26 px with Fusion), moving everything above it after the first
        # frame. Desktops resize windows by their edges.
        self.setSizeGripEnabled(False)
        self.file_label = self._label("statusFile", "File shown")
        self.file_label.setMinimumWidth(40)  # a long file name is cut, never widens a small window
        self.addWidget(self.file_label, 1)  # hidden while a message (copied, saved…) is shown
        self.date_label = self._label("statusDate", "Release date")
        self.words_label = self._label("statusWords", "Word count")
        self.reading_label = self._label("statusReading", "Reading time")
        self.repairs_button = QToolButton(self)
        self.repairs_button.setObjectName("statusRepairs")
        self.repairs_button.setAutoRaise(True)
        self.repairs_button.setAccessibleName("Repairs made")
        self.repairs_button.setToolTip("What MediaKit repaired while reading this file")
        self.repairs_button.clicked.connect(self.repairsRequested)
        self._repairs = 0
        self.panel_button = QToolButton(self)  # the folded panel's toggle, on narrow windows only
        self.panel_button.setObjectName("statusPanelToggle")
        self.panel_button.setAutoRaise(True)
        set_enum_properties(self.panel_button, toolButtonStyle="ToolButtonTextBesideIcon")
        self.panel_button.setAccessibleName("Show or hide figures, quotes and contacts")
        self.panel_button.setText("Panel")
        self.panel_button.setCheckable(True)
        self.panel_button.hide()
        for widget in (self.date_label, self.words_label, self.reading_label, self.repairs_button, self.panel_button):
            self.addPermanentWidget(widget)

    def follow_panel_action(self, action) -> None:
        """The toggle does what ``action`` (Show the panel) does, under a short name."""
        self.panel_button.setToolTip(action.toolTip())
        self.panel_button.clicked.connect(action.trigger)
        action.toggled.connect(self.panel_button.setChecked)
        self.panel_button.setChecked(action.isChecked())

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setContentsMargins(8, 0, 8, 0)
        return label

    def show_release(self, release: Release, file_name: str = "", words: int | None = None) -> None:
        """``words``, when given, is ``word_count(release)`` already counted (off the GUI thread)."""
        self.file_label.setText(file_name or "Built-in example release")
        self.date_label.setText(long_date(release.date) if release.date else "No date")
        words = word_count(release) if words is None else words
        self.words_label.setText(f"{words:,} words")
        minutes = reading_minutes(words)
        self.reading_label.setText(f"{minutes} min read" if minutes else "")
        self._repairs = len(release.warnings)
        self.show_dead_links(0)
        self.repairs_button.setEnabled(True)
        # The bar takes its height from its widgets when a layout request reaches it; with the
        # request left to the event loop, that happens after the first frame and the whole
        # window moves by 2 px. Asked now, with this release's texts in place.
        QApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def show_dead_links(self, count: int) -> None:
        """Add the links marked as leading nowhere to the repairs count (the dialog lists both)."""
        repairs = self._repairs
        text = "No repairs" if repairs == 0 else f"{repairs} repair{'s' if repairs != 1 else ''}"
        if count:
            text = f"{text}, {count} dead link{'s' if count != 1 else ''}"
        self.repairs_button.setText(text)
