"""Small screens: the window fits, the panel folds below 1100 px, the headline steps down."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, Qt

from mediakit.gui.actions import ActionId
from mediakit.gui.window_layout import COMPACT_WIDTH, fitted_rect

pytestmark = pytest.mark.gui


def _global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 600)])
def test_the_first_window_and_its_status_bar_fit_the_screen(make_window, available_screen, screen):
    available_screen(*screen)
    window = make_window()
    available = QRect(0, 0, *screen)
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), screen)
    assert window.status.isVisible() and available.contains(_global_rect(window.status))


def test_a_window_saved_on_a_bigger_screen_is_brought_inside_a_smaller_one(make_window, available_screen):
    first = make_window()
    first.resize(790, 580)
    first.close()
    available_screen(760, 540)
    second = make_window()
    assert QRect(0, 0, 760, 540).contains(second.frameGeometry())


def test_fitting_keeps_the_frame_inside_and_moves_no_more_than_needed():
    available = QRect(0, 0, 1024, 600)
    frame = QMargins(4, 30, 4, 4)
    assert fitted_rect(QRect(100, 50, 1366, 860), available, frame) == QRect(4, 30, 1016, 566)
    assert fitted_rect(QRect(200, 100, 500, 300), available, frame) == QRect(200, 100, 500, 300)
    assert fitted_rect(QRect(900, 500, 500, 300), available, frame) == QRect(520, 296, 500, 300)


def test_a_narrow_window_folds_the_panel_and_its_toggle_brings_it_back(qtbot, make_window, available_screen):
    available_screen(1024, 600)
    window = make_window()
    assert window.width() < COMPACT_WIDTH
    assert not window.panel.isVisible() and window.sidebar.isVisible()
    toggle = window.status.panel_button
    assert toggle.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert window.panel.isVisible() and window.panel.width() >= 260
    frame = window.reader.document().rootFrame().frameFormat()  # the others give way: the text stays readable
    assert window.reader.viewport().width() - frame.leftMargin() - frame.rightMargin() >= 0.8 * window.reader.measure_width()
    window.action(ActionId.TOGGLE_PANEL).trigger()
    assert not window.panel.isVisible()
    window.resize(1300, 700)
    qtbot.waitUntil(lambda: window.panel.isVisible())
    assert not toggle.isVisible()


def test_folding_does_not_change_the_saved_choice(qtbot, make_window, available_screen):
    available_screen(1024, 600)
    first = make_window()
    assert not first.panel.isVisible()
    first.close()
    available_screen(1366, 768)
    second = make_window()
    second.resize(1300, 740)  # restoreGeometry keeps a window inside the offscreen plugin's 800×800 screen
    qtbot.waitUntil(lambda: not second.compact)
    assert second.panel.isVisible() and second.action(ActionId.TOGGLE_PANEL).isChecked()


def test_showing_a_tab_unfolds_the_panel(make_window, available_screen):
    available_screen(1024, 600)
    window = make_window()
    window.action(ActionId.SHOW_QUOTES).trigger()
    assert window.panel.isVisible()


def _headline_size(window) -> float:
    block = window.reader.headline_blocks()[0]
    return block.begin().fragment().charFormat().font().pointSizeF()


def test_the_headline_steps_down_on_a_small_window_and_back_up(qtbot, make_window, available_screen):
    window = make_window()
    window.resize(1300, 840)
    qtbot.waitUntil(lambda: not window.compact)
    wide = _headline_size(window)
    window.resize(1000, 580)
    qtbot.waitUntil(lambda: window.compact)
    assert _headline_size(window) < wide
    window.resize(1300, 840)
    qtbot.waitUntil(lambda: not window.compact)
    assert _headline_size(window) == wide


def test_a_release_opened_on_a_small_window_has_the_smaller_headline(qtbot, make_window, available_screen, tmp_path):
    path = tmp_path / "kiln.md"
    path.write_text("# Potters Fire the Town's Old Kiln Again\n\nThe kiln was lit on Sunday.\n", encoding="utf-8")
    available_screen(1024, 600)
    small = make_window(path)
    available_screen(1366, 768)
    wide = make_window(path)
    wide.resize(1300, 840)
    qtbot.waitUntil(lambda: not wide.compact)
    assert _headline_size(small) < _headline_size(wide)


def test_the_reader_keeps_a_readable_measure_on_a_small_screen(make_window, available_screen):
    available_screen(1024, 600)
    window = make_window()
    reader = window.reader
    frame = reader.document().rootFrame().frameFormat()
    column = reader.viewport().width() - frame.leftMargin() - frame.rightMargin()
    assert 0.8 * reader.measure_width() <= column <= reader.measure_width() + 2
