"""Quotes tab: each quote with its speaker and role, copied in news style or as the words alone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...core.model import Quote
from .. import clipboard
from ..texts import quote_copy_text, quote_text_only
from .cards import MAX_CARDS, Card, CardList, label, tool_button


class QuoteCard(Card):
    """One quote: the words, who said them, and the copy buttons."""

    showRequested = Signal(object)

    def __init__(self, quote: Quote, parent: QWidget | None = None):
        super().__init__(parent)
        self.quote = quote
        speaker = quote.speaker or "Unattributed"
        self.setAccessibleName(f"Quote from {speaker}")
        self.words_label = label(f"“{quote_text_only(quote)}”", self, italic=True, selectable=True)
        self.words_label.setObjectName("quoteWords")
        self.layout_.addWidget(self.words_label)
        self.speaker_label = label(speaker, self, bold=True)
        self.speaker_label.setObjectName("quoteSpeaker")
        self.layout_.addWidget(self.speaker_label)
        if quote.role:
            self.role_label = label(quote.role, self, muted=True)
            self.role_label.setObjectName("quoteRole")
            self.layout_.addWidget(self.role_label)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.copy_button = tool_button(self, "Copy quote", f"Copy the quote with attribution to {speaker}",
                                       "fa6s.quote-left", self.copy_with_attribution, "copyQuote")
        self.copy_words_button = tool_button(self, "Copy text only", "Copy the quoted words only", "fa6s.copy",
                                             self.copy_words, "copyQuoteText")
        self.show_button = tool_button(self, "Show", "Show the quote in the text", "fa6s.location-crosshairs",
                                       lambda: self.showRequested.emit(self.quote), "showQuote")
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_words_button)
        row.addStretch(1)
        row.addWidget(self.show_button)
        self.layout_.addLayout(row)
        self.activated.connect(lambda: self.showRequested.emit(self.quote))

    def copy_main(self) -> None:
        self.copy_with_attribution()

    def copy_with_attribution(self) -> None:
        clipboard.copy_text(quote_copy_text(self.quote), "Quote")

    def copy_words(self) -> None:
        clipboard.copy_text(quote_text_only(self.quote), "Quote text")


class QuotesTab(CardList):
    showRequested = Signal(object)

    def __init__(self, quotes: list[Quote], parent: QWidget | None = None):
        super().__init__("Quotes", parent)
        self.setObjectName("quotesTab")
        self.cards: list[QuoteCard] = []
        steps = [lambda q=quote: self._add_card(q) for quote in quotes[:MAX_CARDS]]
        steps.append(lambda: self.more_note(len(self.cards), len(quotes), "quotes"))
        if not quotes:
            steps.append(lambda: self.empty_note("No quotes were found in this release."))
        self.add_in_turns(steps)

    def _add_card(self, quote: Quote) -> None:
        card = QuoteCard(quote, self.inner)
        card.showRequested.connect(self.showRequested)
        self.cards.append(card)
        self.add(card)
