"""Key figures tab: each figure large, its qualifier and unit, its sentence small, a copy button.

Clicking a card (or its "Show" button) asks the window to scroll to the figure's
sentence and highlight it; "Copy" puts ``figure — sentence (source)`` on the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...core.model import Figure, Release
from .. import clipboard
from ..texts import figure_copy_text, figure_details, figure_sentence
from .cards import MAX_CARDS, Card, CardList, elide_around, label, tool_button


class FigureCard(Card):
    """One key figure."""

    showRequested = Signal(object)

    def __init__(self, figure: Figure, release: Release, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = figure
        self.release = release
        sentence = figure_sentence(figure, release)
        self.setAccessibleName(f"Figure {figure.text}")
        self.setToolTip(sentence)

        top = QHBoxLayout()
        top.setSpacing(6)
        self.value_label = label(figure.text, self, size_delta=7, bold=True, wrap=True)
        self.value_label.setObjectName("figureValue")
        top.addWidget(self.value_label, 1)
        self.show_button = tool_button(self, "", f"Show {figure.text} in the text", "fa6s.location-crosshairs",
                                       self._show, "showFigure")
        self.copy_button = tool_button(self, "Copy", f"Copy {figure.text} with its sentence and source",
                                       "fa6s.copy", self.copy, "copyFigure")
        top.addWidget(self.show_button)
        top.addWidget(self.copy_button)
        self.layout_.addLayout(top)
        details = figure_details(figure)
        if details:
            self.details_label = label(details, self, muted=True, size_delta=-0.5)
            self.details_label.setObjectName("figureDetails")
            self.layout_.addWidget(self.details_label)
        self.sentence_label = label(elide_around(sentence, figure.text), self, size_delta=-1)
        self.sentence_label.setObjectName("figureSentence")
        self.layout_.addWidget(self.sentence_label)
        self.activated.connect(self._show)

    def copy_main(self) -> None:
        self.copy()

    def copy_text(self) -> str:
        return figure_copy_text(self.figure, self.release)

    def copy(self) -> None:
        clipboard.copy_text(self.copy_text(), "Figure")

    def _show(self) -> None:
        self.showRequested.emit(self.figure)


class FiguresTab(CardList):
    """All the release's key figures, in reading order."""

    showRequested = Signal(object)

    def __init__(self, release: Release, parent: QWidget | None = None):
        super().__init__("Key figures", parent)
        self.setObjectName("figuresTab")
        self.cards: list[FigureCard] = []
        steps = [lambda f=figure: self._add_card(f, release) for figure in release.figures[:MAX_CARDS]]
        steps.append(lambda: self.more_note(len(self.cards), len(release.figures), "key figures"))
        if not release.figures:
            steps.append(lambda: self.empty_note("No key figures were found in this release."))
        self.add_in_turns(steps)

    def _add_card(self, figure: Figure, release: Release) -> None:
        card = FigureCard(figure, release, self.inner)
        card.showRequested.connect(self.showRequested)
        self.cards.append(card)
        self.add(card)
