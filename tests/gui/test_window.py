"""The window as a reporter first meets it: title, sidebar, reader, panel and status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mediakit.core.analyse import default_release

pytestmark = pytest.mark.gui


def test_title_is_the_headline(window):
    release = default_release()
    assert window.windowTitle().startswith(release.title)


def test_sidebar_lists_the_seed_sections_in_order(window):
    release = default_release()
    expected = [release.title] + [s.title for s in release.all_sections()]
    expected += [f"Key figures ({len(release.figures)})", f"Quotes ({len(release.quotes)})",
                 f"Media contacts ({len(release.contacts)})"]
    titles = window.sidebar.titles()
    assert titles[: len(expected) - 3] == expected[:-3]
    assert titles[-3].startswith("Key figures (") and titles[-2].startswith("Quotes (")
    assert titles[-1].startswith("Media contacts (")
    parent = next(s for s in release.sections if s.children)
    assert titles.index(parent.title) < titles.index(parent.children[0].title)  # a section's own come after it


def _click_item(qtbot, window, text):
    tree = window.sidebar.tree
    index = window.sidebar.index_for_text(text)
    assert index.isValid(), text
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_section_moves_the_reader_there(qtbot, window):
    release = default_release()
    sections = release.all_sections()
    section = sections[-2]  # far down the text
    scrollbar = window.reader.verticalScrollBar()
    assert scrollbar.value() == 0
    _click_item(qtbot, window, section.title)
    qtbot.waitUntil(lambda: scrollbar.value() > 0)
    assert window.reader.top_block() == section.block
    # and back up to an earlier section
    earlier = sections[1]
    _click_item(qtbot, window, earlier.title)
    qtbot.waitUntil(lambda: window.reader.top_block() == earlier.block)


def test_scrolling_the_reader_highlights_the_current_section(qtbot, window):
    section = default_release().all_sections()[-3]
    window.reader.scroll_to_block(section.block)
    qtbot.waitUntil(lambda: window.sidebar.tree.currentIndex().data() == section.title)


def _a_child_section(window):
    parent = next(s for s in window.release.sections if s.children)
    return parent, parent.children[-1]


def test_filter_box_narrows_the_tree(qtbot, window):
    everything = len(window.sidebar.titles())
    parent, child = _a_child_section(window)
    qtbot.keyClicks(window.sidebar.filter_field, child.title.split()[-1].lower())
    titles = window.sidebar.titles()
    assert child.title in titles and parent.title in titles and len(titles) < everything
    window.sidebar.filter_field.clear()
    assert len(window.sidebar.titles()) == everything


def test_filter_box_clear_button_empties_it(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    everything = len(window.sidebar.titles())
    field = window.sidebar.filter_field
    qtbot.keyClicks(field, _a_child_section(window)[1].title.split()[-1].lower())
    assert len(window.sidebar.titles()) < everything
    button = next(b for b in field.findChildren(QToolButton) if b.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.text() == "")
    assert len(window.sidebar.titles()) == everything


def test_panel_entries_in_the_sidebar_open_their_tab(qtbot, window):
    release = window.release
    _click_item(qtbot, window, f"Media contacts ({len(release.contacts)})")
    assert window.panel.currentIndex() == 2
    assert window.panel.page(2).cards[0].contact.name == release.contacts[0].name
    _click_item(qtbot, window, f"Quotes ({len(release.quotes)})")
    assert window.panel.currentIndex() == 1


def test_reader_shows_status_and_dateline_above_the_body(window):
    from mediakit.gui.render import meta_line

    release = window.release
    text = window.reader.document().toPlainText()
    status = release.status.title() if release.status else ""
    first_body = next(b.text for b in release.blocks if b.role == "body")
    assert text.index(release.title) < text.index(meta_line(release)) < text.index(first_body[:30])
    assert not status or text.lower().index(status.lower()) < text.index(release.title)


def test_embargo_is_a_banner_above_the_headline(make_window, fixture_path):
    window = make_window(fixture_path("gui_sample.md"))
    text = window.reader.document().toPlainText()
    assert text.index("EMBARGOED UNTIL 10 March 2026, 09:00 HKT") < text.index("Harbour Ferries Add 12 Electric Vessels")
    assert "EMBARGOED UNTIL" not in text[text.index("Harbour Ferries Add"):]


def test_status_bar_shows_date_words_reading_time_and_repairs(qtbot, window):
    from mediakit.gui.texts import long_date

    status, release = window.status, window.release
    assert status.date_label.text() == long_date(release.date)
    assert status.words_label.text().endswith(" words")
    assert status.reading_label.text().endswith("min read")
    assert status.repairs_button.text() == f"{len(release.warnings)} repairs"
    qtbot.mouseClick(status.repairs_button, Qt.MouseButton.LeftButton)
    from mediakit.gui.dialogs import active_dialogs

    qtbot.waitUntil(lambda: bool(active_dialogs("repairsDialog")))
    box = active_dialogs("repairsDialog")[0]
    assert release.warnings[0] in box.rows()[0]
    box.close()


def test_all_three_parts_are_visible_at_laptop_size(qtbot, window):
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.reader.width() > 400)
    assert window.sidebar.isVisible() and window.panel.isVisible() and window.reader.isVisible()
    assert window.sidebar.width() >= 160 and window.panel.width() >= 260
    assert window.reader.width() >= 500


def test_about_names_version_and_licences(qtbot, window):
    from mediakit.gui.actions import ActionId
    from mediakit.gui.dialogs import active_dialogs

    window.action(ActionId.ABOUT).trigger()
    qtbot.waitUntil(lambda: bool(active_dialogs("aboutDialog")))
    box = active_dialogs("aboutDialog")[0]
    assert "MediaKit 0.1.0" in box.text()
    for licence in ("MIT", "LGPL-3.0", "Apache-2.0", "CC BY 4.0"):
        assert licence in box.text()
    box.close()


def test_full_screen_toggles(qtbot, window):
    from mediakit.gui.actions import ActionId

    window.action(ActionId.FULL_SCREEN).trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.action(ActionId.FULL_SCREEN).trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.action(ActionId.FULL_SCREEN).isChecked()


def test_full_screen_check_mark_follows_the_window_manager(qtbot, window):
    from mediakit.gui.actions import ActionId

    action = window.action(ActionId.FULL_SCREEN)
    window.showFullScreen()  # as a window manager's own full-screen button does
    qtbot.waitUntil(action.isChecked)
    window.showNormal()
    qtbot.waitUntil(lambda: not action.isChecked())
