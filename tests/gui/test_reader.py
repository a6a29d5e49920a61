"""The reader: clean copies, links only when clicked, and nothing ever fetched from the network."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from mediakit.gui.reader import placeholder_image

pytestmark = pytest.mark.gui
IMAGE = QTextDocument.ResourceType.ImageResource.value


def select(reader, start_text, end_text):
    plain = reader.document().toPlainText()
    start = plain.index(start_text)
    end = plain.index(end_text, start) + len(end_text)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)


@pytest.fixture
def ferries(make_window, fixture_path, qtbot):
    window = make_window(fixture_path("gui_sample.md"))
    qtbot.waitUntil(lambda: window.release is not None and window.path is not None)
    return window


def test_copying_a_selection_gives_clean_text(qtbot, ferries):
    window = ferries
    reader = window.reader
    select(reader, "The HK$120 million programme", "the route map")
    reader.setFocus()
    qtbot.keySequence(reader, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QApplication.clipboard().text() == "The HK$120 million programme covers the Central–Tsim Sha Tsui route. See the route map"
    assert QApplication.clipboard().mimeData().formats() == ["text/plain"]
    assert window.status.currentMessage() == "Copied selection to the clipboard"
    assert reader.createMimeDataFromSelection().text() == QApplication.clipboard().text()  # drag, X11 selection


def test_copy_across_a_heading_keeps_paragraphs_apart(qtbot, ferries):
    reader = ferries.reader
    select(reader, "Charging", "Charging points at 4 piers")
    ferries.copy_selection()
    assert QApplication.clipboard().text() == "Charging\nCharging points at 4 piers"


def test_copy_citation(qtbot, window):
    from mediakit.gui.actions import ActionId
    from mediakit.gui.texts import long_date

    release = window.release
    window.action(ActionId.COPY_CITATION).trigger()
    assert QApplication.clipboard().text() == (
        f"“{release.title}”, {release.organization}, {long_date(release.date)}, {release.place}.")


def test_images_come_only_from_the_release_folder(make_window, sample_folder, tmp_path):
    window = make_window(sample_folder / "gui_sample.md")
    reader = window.reader
    local = reader.loadResource(IMAGE, QUrl("map.png"))
    assert isinstance(local, QImage) and local.width() == 40
    outside = tmp_path / "outside.png"
    QImage(10, 10, QImage.Format.Format_RGB32).save(str(outside))
    placeholder = placeholder_image()
    for url in ("https://example.com/photo.jpg", "http://example.com/a.png", "//example.com/a.png",
                QUrl.fromLocalFile(str(outside)).toString(), "../outside.png", "/etc/passwd",
                "data:image/png;base64,iVBORw0KGgo=", "ftp://example.com/a.png"):
        assert reader.loadResource(IMAGE, QUrl(url)) is placeholder, url
    text = reader.document().toPlainText()
    assert "[Image not loaded: Remote photo]" in text


def test_links_open_through_the_desktop_only_when_safe(qtbot, make_window, sample_folder, opened_urls):
    window = make_window(sample_folder / "gui_sample.md")
    reader = window.reader
    for url in ("https://example.com/map", "mailto:press@harbourferries.example", "tel:+85223456789",
                "javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "../elsewhere.md", "ftp://x/y"):
        reader.anchorClicked.emit(QUrl(url))
    assert opened_urls.urls == ["https://example.com/map", "mailto:press@harbourferries.example",
                                "tel:+85223456789"]
    assert reader.openLinks() is False and reader.openExternalLinks() is False


def test_unsafe_links_are_not_rendered_as_links(make_window, sample_folder):
    window = make_window(sample_folder / "gui_sample.md")
    html = window.reader.toHtml()
    assert "javascript:" not in html and "file:///etc/passwd" not in html
    assert 'href="https://example.com/map"' in html and 'href="mailto:press@harbourferries.example"' in html


def test_relative_link_to_a_release_in_the_folder_opens_it(qtbot, make_window, sample_folder, fixture_path):
    other = sample_folder / "other.md"
    other.write_text("# Another Release Entirely\n\nHong Kong, 1 May 2026 – Some news.\n", encoding="utf-8")
    window = make_window(sample_folder / "gui_sample.md")
    window.reader.anchorClicked.emit(QUrl("other.md"))
    assert window.windowTitle().startswith("Another Release Entirely")


def test_zoom_in_out_and_reset(qtbot, window):
    from mediakit.gui.actions import ActionId

    size = window.reader.document().defaultFont().pointSizeF()
    window.action(ActionId.ZOOM_IN).trigger()
    assert window.reader.zoom == 110
    assert window.reader.document().defaultFont().pointSizeF() > size
    window.action(ActionId.ZOOM_OUT).trigger()
    window.action(ActionId.ZOOM_OUT).trigger()
    assert window.reader.zoom == 90
    window.action(ActionId.ZOOM_RESET).trigger()
    assert window.reader.zoom == 100
    assert window.reader.document().defaultFont().pointSizeF() == size


def test_text_column_keeps_a_readable_measure(qtbot, window):
    from PySide6.QtGui import QFontMetricsF

    reader = window.reader
    reader.resize(1000, 500)
    frame = reader.document().rootFrame().frameFormat()
    column = reader.viewport().width() - frame.leftMargin() - frame.rightMargin()
    chars = column / QFontMetricsF(reader.document().defaultFont()).averageCharWidth()
    assert 60 <= chars <= 80


def test_dark_theme_changes_reader_colours(qtbot, window):
    from mediakit.gui.actions import ActionId

    window.action(ActionId.THEME_DARK).trigger()
    qtbot.waitUntil(lambda: window.palette().window().color().lightness() < 80)
    assert "#e6e7ea" in window.reader.document().defaultStyleSheet()
    window.action(ActionId.THEME_LIGHT).trigger()
    qtbot.waitUntil(lambda: window.palette().window().color().lightness() > 200)
    assert "#1d1d1f" in window.reader.document().defaultStyleSheet()
    window.action(ActionId.THEME_SYSTEM).trigger()


def test_panel_tabs_keep_the_current_one_standing_out_in_either_theme(qtbot, window):
    from PySide6.QtGui import QColor

    from mediakit.gui.actions import ActionId
    from mediakit.gui.theme import DARK, LIGHT

    bar = window.panel.tabBar()
    try:
        for theme, colours in ((ActionId.THEME_DARK, DARK), (ActionId.THEME_LIGHT, LIGHT)):
            window.action(theme).trigger()
            assert bar.tabTextColor(0) == QColor(colours.window_text)
            assert bar.tabTextColor(1) == QColor(colours.placeholder)
    finally:
        window.action(ActionId.THEME_SYSTEM).trigger()


def test_a_window_started_in_the_dark_theme_marks_its_tabs_in_dark_colours(qtbot, make_window):
    """The theme chosen last time is applied before the window is first shown: the tab names
    must not keep the light theme's colours (dark text on the dark tab bar)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor

    from mediakit import APP_NAME, ORG_NAME
    from mediakit.gui.actions import ActionId
    from mediakit.gui.theme import DARK

    QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME).setValue(
        "preferences/theme", "dark")
    window = make_window()
    try:
        bar = window.panel.tabBar()
        assert bar.tabTextColor(0) == QColor(DARK.window_text)
        assert bar.tabTextColor(1) == QColor(DARK.placeholder)
    finally:
        window.action(ActionId.THEME_SYSTEM).trigger()


def test_theme_follows_the_system_unless_overridden(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from mediakit.gui.actions import ActionId

    hints = QGuiApplication.styleHints()
    assert window.theme.choice == "system"
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the desktop does when it turns dark
        assert window.theme.dark
        assert "#e6e7ea" in window.reader.document().defaultStyleSheet()
        window.action(ActionId.THEME_LIGHT).trigger()  # a manual choice wins over the system
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert not window.theme.dark
        window.action(ActionId.THEME_SYSTEM).trigger()
        assert window.theme.dark
    finally:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not window.theme.dark


def test_in_page_link_to_a_section_anchor_scrolls_there(qtbot, window):
    from PySide6.QtCore import QUrl

    talent = window.release.all_sections()[-2]  # a section far down the text
    window.reader.anchorClicked.emit(QUrl(f"#{talent.anchor}"))
    assert window.reader.top_block() == talent.block


def test_the_reading_measure_follows_the_real_viewport_width(make_window, qtbot):
    """The side margins and the top-block probe use a width worked out without ``viewport()``;
    it must be the viewport's own, with and without the scroll bar, at any window size."""
    window = make_window()
    reader = window.reader
    for width in (1366, 900, 700):
        window.resize(width, 700)
        qtbot.waitUntil(lambda: reader.text_area_width() == reader.viewport().width())
        assert reader.text_area_height() == reader.viewport().height()
        assert reader.verticalScrollBar().isVisible()
    for vertical, horizontal in ((Qt.ScrollBarPolicy.ScrollBarAlwaysOff, Qt.ScrollBarPolicy.ScrollBarAlwaysOn),
                                 (Qt.ScrollBarPolicy.ScrollBarAlwaysOn, Qt.ScrollBarPolicy.ScrollBarAlwaysOff)):
        reader.setVerticalScrollBarPolicy(vertical)
        reader.setHorizontalScrollBarPolicy(horizontal)
        always_on = Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        qtbot.waitUntil(lambda: reader.horizontalScrollBar().isVisible() == (horizontal == always_on)  # noqa: B023 - waited for here, inside the loop
                        and reader.verticalScrollBar().isVisible() == (vertical == always_on))  # noqa: B023
        assert reader.text_area_width() == reader.viewport().width()
        assert reader.text_area_height() == reader.viewport().height()
