"""What the window does with the find list's rows outside the text, dead links and link messages."""

from __future__ import annotations

import pytest

from mediakit.gui.panels import TAB_NAMES

pytestmark = pytest.mark.gui

RELEASE = """# Canal Boats Carry Freight Again

WESTBRIDGE, June 3, 2031 – Barges will carry 40,000 tonnes of grain a year on the old canal.

## The route

“We waited a long time for this,” said Mira Okafor, the canal trust's director.

The [timetable](timetable-missing.pdf) follows in July.
"""


@pytest.fixture
def canal_window(window_on):
    return window_on(RELEASE)


def test_a_figure_row_opens_the_figures_tab(canal_window, qtbot):
    window = canal_window
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "tonnes")
    rows = window.find_bar.hit_list.rows()
    figure_rows = [i for i, row in enumerate(rows) if row.startswith("Figure · ")]
    assert figure_rows, rows
    window.panel.show_tab("quotes")
    window.find_bar.hit_list.setCurrentRow(figure_rows[0])
    assert window.panel.currentIndex() == TAB_NAMES["figures"]


def test_a_quote_row_opens_the_quotes_tab(canal_window, qtbot):
    window = canal_window
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "Okafor")
    rows = window.find_bar.hit_list.rows()
    quote_rows = [i for i, row in enumerate(rows) if row.startswith("Quote · ")]
    assert quote_rows, rows
    window.find_bar.hit_list.setCurrentRow(quote_rows[0])
    assert window.panel.currentIndex() == TAB_NAMES["quotes"]


def test_a_link_to_a_missing_file_is_marked_dead(canal_window):
    assert [link.text for link in canal_window.reader.dead_links] == ["timetable"]


def test_what_a_link_did_instead_shows_in_the_status_bar(canal_window):
    canal_window.reader.linkMessage.emit("Copied the phone number +44 20 7946 0000")
    assert canal_window.status.currentMessage() == "Copied the phone number +44 20 7946 0000"


def test_escape_in_the_text_closes_find(canal_window, qtbot):
    canal_window.find_bar.open_bar()
    assert canal_window.find_bar.isVisible()
    canal_window.reader.escapePressed.emit()
    assert not canal_window.find_bar.isVisible()
