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


def launched(make_window, tmp_path, text, qtbot):
    """A window built as a launch builds it (the release read before the first frame), and
    what its first frame showed, noted when the panel's cards were first painted."""
    release = tmp_path / "release.md"
    release.write_text(text, encoding="utf-8")
    window = make_window(show=False)
    window.open_path(str(release), background=False)
    qtbot.waitUntil(lambda: not window.loader.busy)  # a busy machine may take past the loader's wait
    window.show()  # builds the tab on show; the first paint comes from the event loop
    figures = window.panel.pages[0].content
    first: dict = {}
    def note() -> None:
        first.update(geometry(window), bar=figures.verticalScrollBar().isVisible())

    figures.inner.firstPainted.connect(note)
    if figures.inner.painted:  # a platform may paint inside show(), before the connection
        note()
    qtbot.waitUntil(lambda: bool(first))
    return window, first


def geometry(window):
    figures = window.panel.pages[0].content
    return {"status": window.status.geometry(), "splitter": window.splitter.geometry(),
            "cards": figures.inner.width() if figures is not None else None}


@pytest.mark.parametrize("text", [LONG, SHORT], ids=["forty figures", "one figure"])
def test_the_first_frame_is_laid_out_as_it_stays(make_window, tmp_path, text, qtbot):
    window, first = launched(make_window, tmp_path, text, qtbot)
    settle()
    figures = window.panel.pages[0].content
    assert len(figures.cards) == len(window.release.figures) > 0  # every card made by now
    assert geometry(window) == {key: first[key] for key in ("status", "splitter", "cards")}


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


def test_the_cards_on_screen_keep_their_height_while_the_rest_are_made(make_window, tmp_path, qtbot):
    window, _first = launched(make_window, tmp_path, LONG, qtbot)
    figures = window.panel.pages[0].content
    shown = list(figures.cards)
    assert 0 < len(shown) < len(window.release.figures)  # the rest come in later turns
    heights = Heights(shown)
    settle()
    assert len(figures.cards) == len(window.release.figures)
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
