"""F6 / Shift+F6 between the panes, the sections filter's shortcut, Esc and "No section matches"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mediakit.gui.actions import ActionId

pytestmark = pytest.mark.gui

RELEASE = """# Lighthouse Keepers Open the Tower to Visitors

PORTWICK, 4 May 2032 — The old tower opens on weekends from June.

## Opening hours

Saturdays and Sundays, ten to four.

## Tickets

Adults pay 6 euros; children go free.
"""


@pytest.fixture
def tower_window(make_window, qtbot, tmp_path):
    path = tmp_path / "tower.md"
    path.write_text(RELEASE, encoding="utf-8")
    window = make_window(path)
    qtbot.waitUntil(lambda: window.release is not None and window.release.title.startswith("Lighthouse"))
    window.resize(1300, 740)
    qtbot.waitUntil(lambda: window.panel.isVisible())
    return window


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def test_f6_walks_sidebar_text_panel_and_round_again(qtbot, tower_window):
    window = tower_window
    window.reader.setFocus()
    assert window.panel.isAncestorOf(_press(qtbot, Qt.Key.Key_F6))
    assert _press(qtbot, Qt.Key.Key_F6) is window.sidebar.tree
    assert _press(qtbot, Qt.Key.Key_F6) is window.reader


def test_shift_f6_walks_back_and_hidden_panes_are_skipped(qtbot, tower_window):
    window = tower_window
    window.reader.setFocus()
    assert _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.sidebar.tree
    window.action(ActionId.TOGGLE_PANEL).trigger()
    assert _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.reader
    assert _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.sidebar.tree


def test_the_open_find_bar_is_a_pane_of_its_own(qtbot, tower_window):
    window = tower_window
    window.find_bar.open_bar()
    window.sidebar.tree.setFocus()
    assert _press(qtbot, Qt.Key.Key_F6) is window.find_bar.field
    assert _press(qtbot, Qt.Key.Key_F6) is window.reader


def test_ctrl_shift_f_goes_to_the_filter_even_with_the_sidebar_hidden(qtbot, tower_window):
    window = tower_window
    window.action(ActionId.TOGGLE_SIDEBAR).trigger()
    window.reader.setFocus()
    focus = _press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert focus is window.sidebar.filter_field and window.sidebar.isVisible()


def test_esc_clears_the_filter_and_a_filter_with_no_match_says_so(qtbot, tower_window):
    sidebar = tower_window.sidebar
    sidebar.filter_field.setFocus()
    qtbot.keyClicks(sidebar.filter_field, "ticket")
    assert sidebar.titles() == ["Tickets"] and not sidebar.no_match.isVisible()
    qtbot.keyClicks(sidebar.filter_field, "zzz")
    assert sidebar.titles() == [] and sidebar.no_match.isVisible()
    assert sidebar.no_match.text() == "No section matches"
    qtbot.keyClick(sidebar.filter_field, Qt.Key.Key_Escape)
    assert sidebar.filter_field.text() == "" and not sidebar.no_match.isVisible()
    assert "Opening hours" in sidebar.titles() and "Tickets" in sidebar.titles()


def test_tab_onto_a_link_puts_a_visible_ring_on_it(qtbot, make_window, fixture_path):
    from PySide6.QtGui import QPalette

    window = make_window(fixture_path("gui_sample.md"))
    qtbot.waitUntil(lambda: window.path is not None)
    reader = window.reader
    window.activateWindow()
    reader.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reader)
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is reader and reader.focus_ring_text() == "the route map"
    ring = reader.extraSelections()[-1]
    assert ring.cursor.selectedText() == "the route map"
    assert ring.format.background().color() == reader.palette().color(QPalette.ColorRole.Highlight)
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.focus_ring_text() == "email us"


def test_the_hit_list_is_shorter_on_a_short_window(qtbot, tower_window):
    window = tower_window
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.field, "o")  # many hits
    tall = window.find_bar.hit_list.height()
    window.find_bar.field.clear()
    window.resize(1000, 560)
    qtbot.waitUntil(lambda: window.height() == 560)
    qtbot.keyClicks(window.find_bar.field, "o")
    assert window.find_bar.hit_list.count() > 4
    assert window.find_bar.hit_list.height() < tall
