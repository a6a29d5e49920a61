"""Nothing in the window moves once it is on screen: the first frame is laid out as it stays.

Three things used to move after the first paint: the status bar lost 2 px (Qt settled its
height from its widgets only then), moving everything above it; a long list of cards got
its scroll bar only once laid out, so every card wrapped its text again at a narrower width;
and each later turn of cards squeezed the cards above it to their smallest for a frame.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

# Forty figure sentences in two styles (counts and money), none from a sample release.
LONG = "# Orchard count\n\nRiverside, March 3, 2031 – The orchard society counted its trees.\n\n" + "\n\n".join(
    f"Volunteers planted {100 + 7 * n:,} saplings along row {n} this spring." if n % 2 else
    f"The grant for plot {n} came to ${15 + n} million, paid over {n % 5 + 2} years."
    for n in range(1, 41)) + "\n"
SHORT = "# Pond notes\n\nLakeside, May 9, 2031 – The pond club met.\n\nIt counted 14 herons.\n"


def settle():
    for _ in range(20):  # every turn the cards still to come take, and the layouts they ask for
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


class FirstPaint(QObject):
    """Calls ``note`` at the first paint of ``widget``."""

    def __init__(self, widget, note):
        super().__init__(widget)
        self.note = note
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.note is not None:
            note, self.note = self.note, None
            note()
        return False


def launched(make_window, tmp_path, text, qtbot):
    """A window built as a launch builds it (the release read before the first frame), and
    what its first frame showed, noted when the figures list was first painted."""
    release = tmp_path / "release.md"
    release.write_text(text, encoding="utf-8")
    window = make_window(show=False)
    window.open_path(str(release), background=False)
    qtbot.waitUntil(lambda: not window.loader.busy)  # a busy machine may take past the loader's wait
    first: dict = {}
    window.panel.pages[0].ensure_built()
    figures = window.panel.pages[0].content
    FirstPaint(figures.viewport(), lambda: first.update(geometry(window), bar=figures.verticalScrollBar().isVisible(),
                                                        rows=rows(figures)))
    window.show()  # the first paint comes from the event loop
    qtbot.waitUntil(lambda: bool(first))
    return window, first


def geometry(window):
    figures = window.panel.pages[0].content
    return {"status": window.status.geometry(), "splitter": window.splitter.geometry(),
            "cards": figures.viewport().width() if figures is not None else None}


def rows(figures):
    """Where each figure card is in the list."""
    return [figures.visualRect(figures.model().index(row)) for row in range(figures.model().rowCount())]


@pytest.mark.parametrize("text", [LONG, SHORT], ids=["forty figures", "one figure"])
def test_the_first_frame_is_laid_out_as_it_stays(make_window, tmp_path, text, qtbot):
    window, first = launched(make_window, tmp_path, text, qtbot)
    settle()
    figures = window.panel.pages[0].content
    assert len(first["rows"]) == len(window.release.figures) > 0  # every card in the first frame
    assert all(rect.height() > 0 for rect in first["rows"])
    assert rows(figures) == first["rows"]
    assert fitted(figures)
    assert geometry(window) == {key: first[key] for key in ("status", "splitter", "cards")}


def fitted(figures):
    """Every card is as tall as its text needs at the list's present width, and each begins
    where the one above it ends (Qt sizes a card afresh but keeps its place from the layout)."""
    delegate, cards = figures.delegate, rows(figures)
    tall = all(rect.height() == delegate.sizeHint(None, figures.model().index(row)).height()
               for row, rect in enumerate(cards))
    return tall and all(below.top() == above.bottom() + 1 for above, below in zip(cards, cards[1:]))


def test_the_tab_shown_at_start_is_visible_with_the_window_not_a_turn_later(make_window):
    """Made as the panel is shown, the tab's content must be shown then too: left to its
    layout, Qt shows it from the event loop and repaints the tab and the tab bar once more
    after the window's first frame."""
    window = make_window(show=False)
    window.show()
    content = window.panel.pages[0].content
    assert content is not None and content.isVisible()


def test_a_narrower_panel_wraps_the_figures_again_before_it_is_painted(make_window, tmp_path, qtbot):
    window, _first = launched(make_window, tmp_path, LONG, qtbot)
    figures = window.panel.pages[0].content
    before = rows(figures)
    figures.resize(figures.width() - 120, figures.height())  # sends its resize event at once
    assert fitted(figures)
    assert sum(rect.height() for rect in rows(figures)) > sum(rect.height() for rect in before)


def test_a_long_list_has_its_scroll_bar_from_the_start_and_a_short_one_none(make_window, tmp_path, qtbot):
    for text, wanted in ((LONG, True), (SHORT, False)):
        _window, first = launched(make_window, tmp_path, text, qtbot)
        assert first["bar"] is wanted


class Heights(QObject):
    """Notes each watched widget's height whenever it is painted."""

    def __init__(self, widgets):
        super().__init__()
        self.seen: dict = {widget: [] for widget in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and obj in self.seen:
            self.seen[obj].append(obj.height())
        return False


def test_the_cards_on_screen_keep_their_height_while_the_rest_are_made(make_window, qtbot):
    """A list of widget cards (the quotes) makes those below the fold in later turns: the
    cards already on screen must not be squeezed while the column grows."""
    from mediakit.core.model import Quote

    window = make_window(show=False)
    release = window.release
    release.quotes = [Quote(f"“The {n} herons on the east pond were counted twice by the volunteers,”",
                            "Rhea Quill", "Warden", block=6) for n in range(40)]
    window.show_release(release, None)
    window.panel.show_tab("quotes")
    quotes = window.panel.pages[1].content
    first: dict = {}  # the cards as the column first paints, not after a wait: on a quiet machine
    FirstPaint(quotes.inner, lambda: first.update(shown=list(quotes.cards), heights=Heights(list(quotes.cards))))
    window.show()  # the later turns may be done before a wait looks
    qtbot.waitUntil(lambda: quotes.inner.painted and bool(first))
    shown, heights = first["shown"], first["heights"]
    assert 0 < len(shown) < len(release.quotes)  # the rest come in later turns
    settle()
    assert len(quotes.cards) == len(release.quotes)
    painted = {card: seen for card, seen in heights.seen.items() if seen}
    assert painted  # the turns repaint the panel
    assert all(set(seen) == {card.height()} for card, seen in painted.items())


def test_the_text_has_its_final_scroll_bar_in_the_first_frame(make_window, qtbot):
    """Qt lays a long document out a part per idle turn (the default release is long enough);
    the reader lays a release out whole for its first frame, so the scroll bar does not
    change and repaint after it."""
    window = make_window(show=False)
    bar = window.reader.verticalScrollBar()
    first: list = []
    window.reader.firstPainted.connect(lambda: first.append((bar.maximum(), window.reader.document().size())))
    window.show()
    qtbot.waitUntil(lambda: bool(first))
    settle()
    assert first[0][0] > 0 and (bar.maximum(), window.reader.document().size()) == first[0]
