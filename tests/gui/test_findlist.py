"""The hit list under the find bar, mailto: made safe, and the panel lists as one tab stop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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


def test_card_buttons_take_no_tab_focus_and_arrows_move_inside(qtbot, window):
    window.show_panel("figures")
    tab = window.panel.page(0)
    if len(tab.cards) < 2:
        pytest.fail("the default release has key figures")
    buttons = [b for card in tab.cards for b in (card.show_button, card.copy_button)]
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Down)
    assert tab.current_card == 1 and tab.cards[1].current
