"""Everything from the keyboard: standard shortcuts, menus, tab order, accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from mediakit.core.analyse import default_release
from mediakit.gui.actions import SPECS, ActionId
from mediakit.gui.texts import citation, section_text

pytestmark = pytest.mark.gui
StandardKey = QKeySequence.StandardKey

STANDARD = {
    ActionId.OPEN: StandardKey.Open, ActionId.CLOSE: StandardKey.Close, ActionId.QUIT: StandardKey.Quit,
    ActionId.COPY: StandardKey.Copy, ActionId.FIND: StandardKey.Find, ActionId.FIND_NEXT: StandardKey.FindNext,
    ActionId.FIND_PREVIOUS: StandardKey.FindPrevious, ActionId.ZOOM_IN: StandardKey.ZoomIn,
    ActionId.ZOOM_OUT: StandardKey.ZoomOut, ActionId.PRINT: StandardKey.Print,
    ActionId.FULL_SCREEN: StandardKey.FullScreen,
}


def test_standard_shortcuts_come_from_the_platform(window):
    for action_id, key in STANDARD.items():
        platform = QKeySequence.keyBindings(key)
        assert window.action(action_id).shortcuts()[:len(platform)] == platform, action_id


def test_zoom_in_also_takes_ctrl_equals_and_full_screen_f11(window):
    assert QKeySequence("Ctrl+=") in window.action(ActionId.ZOOM_IN).shortcuts()
    assert QKeySequence("F11") in window.action(ActionId.FULL_SCREEN).shortcuts()


def test_every_action_is_in_a_menu_and_menus_have_mnemonics(window):
    in_menus = set()

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            in_menus.add(action)
            if action.menu():
                walk(action.menu())

    window.recent_menu.aboutToShow.emit()  # File ▸ Open Recent is filled when opened
    for top in window.menuBar().actions():
        assert "&" in top.text(), top.text()
        walk(top.menu())
    for action_id in SPECS:
        action = window.action(action_id)
        assert action in in_menus, action_id
        assert action.shortcut().toString() or "&" in action.text(), action_id


def test_no_two_actions_share_a_shortcut(window):
    seen = {}
    for action_id in SPECS:
        for key in window.action(action_id).shortcuts():
            assert key.toString() not in seen, (action_id, seen.get(key.toString()))
            seen[key.toString()] = action_id


def test_every_control_has_an_accessible_name(qtbot, window):
    for tab in ("figures", "quotes", "contacts"):
        window.panel.show_tab(tab)
        window.panel.page(window.panel.currentIndex())
    window.find_bar.open_bar()
    missing = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.isVisibleTo(window) and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert missing == []


def test_tab_order_runs_sidebar_reader_panel(qtbot, window):
    window.sidebar.filter_field.setFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[0] is window.sidebar.tree
    assert order[1] is window.reader
    for _ in range(20):  # Tab steps through the release's links, then leaves the text
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not window.reader:
            break
    assert window.panel.isAncestorOf(QApplication.focusWidget())


def test_sidebar_works_from_the_keyboard(qtbot, window):
    tree = window.sidebar.tree
    tree.setFocus()
    tree.setCurrentIndex(window.sidebar.proxy.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    first = default_release().sections[0]
    assert window.reader.top_block() == first.block


def test_panel_shortcuts_and_citation_shortcut(qtbot, window):
    qtbot.keyClick(window.reader, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.panel.currentIndex() == 2
    qtbot.keyClick(window.reader, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.panel.currentIndex() == 1
    qtbot.keyClick(window.reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.clipboard().text() == citation(window.release)
    assert QApplication.clipboard().text().startswith(f"“{window.release.title}")


def test_toggle_sidebar_and_panel_from_the_keyboard(qtbot, window):
    qtbot.keyClick(window.reader, Qt.Key.Key_F9)
    assert not window.sidebar.isVisible()
    qtbot.keyClick(window.reader, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    assert not window.panel.isVisible()
    qtbot.keyClick(window.reader, Qt.Key.Key_F9)
    qtbot.keyClick(window.reader, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    assert window.sidebar.isVisible() and window.panel.isVisible()


def _context_menu(window, text):
    """The menu a right-click on ``text`` opens (built, not popped up: offscreen has no popups)."""
    tree = window.sidebar.tree
    index = window.sidebar.index_for_text(text)
    return window.sidebar.context_menu_at(tree.visualRect(index).center())


def test_context_menu_copies_section_text_and_expands_collapses(qtbot, window):
    section = next(s for s in window.release.sections if s.children)  # a section with sections under it
    menu = _context_menu(window, section.title)
    assert [a.text() for a in menu.actions() if a.text()] == ["Copy Section Text", "Expand All", "Collapse All"]
    copy = menu.actions()[0]
    copy.trigger()
    menu.close()
    assert QApplication.clipboard().text() == section_text(section)
    assert QApplication.clipboard().text().startswith(f"{section.title}\n\n")
    assert all(child.title in QApplication.clipboard().text() for child in section.children)
    window.sidebar.collapse_action.trigger()
    assert not window.sidebar.tree.isExpanded(window.sidebar.index_for_text(section.title))
    window.sidebar.expand_action.trigger()
    assert window.sidebar.tree.isExpanded(window.sidebar.index_for_text(section.title))


def test_copy_shortcut_in_the_tree_copies_the_section(qtbot, window):
    section = next(s for s in window.release.all_sections() if not s.children and s.body)
    tree = window.sidebar.tree
    tree.setFocus()
    tree.setCurrentIndex(window.sidebar.index_for_text(section.title))
    window.action(ActionId.COPY).trigger()
    assert QApplication.clipboard().text() == section_text(section)
    assert QApplication.clipboard().text().startswith(f"{section.title}\n\n{section.body[:20]}")


DEAD_LINK_PAGE = """<html><head><title>Bridge Repairs Finish Early</title></head><body><main>
<h1>Bridge Repairs Finish Early</h1>
<p>RIVERTON, 3 June 2036 — The town bridge reopens to traffic on Friday.</p>
<p>Photos of the works: <a href="#">get the photo set here</a>.</p>
<p>Or <a href="">ask the press desk</a> for prints.</p>
</main></body></html>
"""


def test_dead_links_are_plain_text(make_window, qtbot, tmp_path):
    path = tmp_path / "bridge.html"
    path.write_text(DEAD_LINK_PAGE, encoding="utf-8")
    window = make_window(path)
    qtbot.waitUntil(lambda: window.path == str(path))
    assert 'href="#"' not in window.reader.toHtml() and 'href=""' not in window.reader.toHtml()
    text = window.reader.document().toPlainText()
    assert "get the photo set here" in text and "ask the press desk" in text


