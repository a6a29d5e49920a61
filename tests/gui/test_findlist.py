"""The hit list under the find bar, mailto: made safe, and the panel lists as one tab stop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mediakit.gui.links import safe_mailto
from mediakit.gui.search import context_line, find_all

pytestmark = pytest.mark.gui


def test_every_text_match_is_a_row_and_a_click_jumps_to_it(qtbot, window):
    window.find_bar.open_bar()
    word = next(w for w in window.reader.document().toPlainText().split() if len(w) > 6 and w.isalpha())
    qtbot.keyClicks(window.find_bar.field, word)
    total = len(window.find_bar.matches)
    rows = window.find_bar.hit_list.rows()
    assert sum(row.startswith("Text · ") for row in rows) == min(total, 1000)
    assert window.find_bar.hit_list.isVisible()
    last = min(total, 1000) - 1
    window.find_bar.hit_list.setCurrentRow(last)
    assert window.find_bar.current == last
    assert window.find_bar.count_label.text() == f"{last + 1} of {total}"


@pytest.mark.parametrize("text, query, expected", [
    ("Opening line.\nThe harbour ferry carried 3,000 cyclists on launch day.", "3000",
     "The harbour ferry carried 3,000 cyclists on launch day."),
    ("short\nNine lanterns glowed above the quiet market square at dusk", "lanterns",
     "Nine lanterns glowed above the quiet market square at dusk"),
])
def test_context_line_is_the_line_around_the_match(text, query, expected):
    start, end = find_all(query, text)[0]
    assert context_line(text, start, end) == expected


def test_mailto_keeps_only_to_cc_subject_body():
    url = "mailto:desk@example.org?Subject=Hello&attach=/home/me/notes.txt&cc=b@example.org&attachment=x"
    assert safe_mailto(url) == "mailto:desk@example.org?subject=Hello&cc=b%40example.org"
    assert safe_mailto("mailto:news@example.net?ATTACH=c:/secret") == "mailto:news@example.net"


def test_the_figures_list_is_one_tab_stop_and_the_keys_move_copy_and_show(qtbot, window):
    """The figure cards' buttons are painted, not widgets: nothing in the list takes focus but
    the list; Down and End move the ring, Enter and Ctrl+C copy the card it is on, Space shows
    that card's sentence in the text."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from mediakit.gui.texts import figure_copy_text

    window.show_panel("figures")
    tab = window.panel.page(0)
    figures = window.release.figures
    assert len(figures) >= 2, "the default release has key figures"
    assert [w for w in tab.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and w.isVisible() and w is not tab] == []
    tab.setFocus()
    assert tab.current_card == 0  # focus puts the ring on the first card
    qtbot.keyClick(tab, Qt.Key.Key_Down)
    assert tab.current_card == 1
    qtbot.keyClick(tab, Qt.Key.Key_Return)
    assert QApplication.clipboard().text() == figure_copy_text(figures[1], window.release)
    qtbot.keyClick(tab, Qt.Key.Key_End)
    assert tab.current_card == len(figures) - 1
    qtbot.keySequence(tab, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QApplication.clipboard().text() == figure_copy_text(figures[-1], window.release)
    assert window.reader.highlighted_text() == ""
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    assert window.reader.highlighted_text() in (figures[-1].context, figures[-1].text)
