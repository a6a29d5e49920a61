"""Small things: "Show" lasts until the next action, one short safe name, symbols in headlines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import QApplication

from mediakit.core.model import Release
from mediakit.gui.actions import ActionId
from mediakit.gui.fonts import SYMBOL_FAMILIES, with_symbol_fallbacks
from mediakit.gui.texts import SHORT_NAME_LIMIT, short_name

pytestmark = pytest.mark.gui

PARAGRAPHS = "\n\n".join(["The ferry crosses the sound every hour in summer and every two hours in winter."] * 25)
RELEASE = f"""# Island Ferry Adds a Night Crossing™

STROMNESS, 1 August 2035 — The island ferry will cross at night from September.

“Night workers have asked us for years,” said Tove Ahlgren, the ferry company's manager.

## Timetable

{PARAGRAPHS}
"""


@pytest.fixture
def ferry(make_window, qtbot, tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text(RELEASE, encoding="utf-8")
    window = make_window(path)
    qtbot.waitUntil(lambda: window.release is not None and window.path == str(path))
    window.resize(1200, 500)
    return window


def _show_quote(window) -> None:
    window.show_quote(window.release.quotes[0])
    assert window.reader.highlighted_text().startswith("Night workers")


def test_a_show_highlight_goes_with_the_next_action(qtbot, ferry):
    _show_quote(ferry)
    ferry.action(ActionId.ZOOM_IN).trigger()
    assert ferry.reader.highlighted_text() == ""


def test_a_show_highlight_goes_when_another_section_is_chosen(qtbot, ferry):
    _show_quote(ferry)
    tree = ferry.sidebar.tree
    tree.setFocus()
    tree.setCurrentIndex(ferry.sidebar.index_for_text("Timetable"))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert ferry.reader.highlighted_text() == ""


def test_a_show_highlight_goes_when_the_reader_scrolls_on(qtbot, ferry):
    _show_quote(ferry)
    viewport = ferry.reader.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert ferry.reader.highlighted_text() == ""


def test_the_short_name_is_date_and_headline_cut_at_a_word():
    release = Release(title="Regional Water Board Approves a Twenty-Year Plan for Reservoirs, Pipes and Pumps",
                      date="2035-08-01")
    name = short_name(release)
    assert name.startswith("2035-08-01 Regional Water Board") and len(name) <= SHORT_NAME_LIMIT
    assert release.title.startswith(name[len("2035-08-01 "):])  # whole words only
    assert not name.endswith((" ", ","))


def test_the_short_name_has_nothing_a_file_system_refuses():
    name = short_name(Release(title='.Q3: "Sales/Returns" <up> 12%?*|'))
    assert not set(name) & set('\\/:*?"<>|') and not name.startswith(".")
    assert name == "Q3 Sales Returns up 12%"
    assert short_name(Release(title="///")) == "release"


def test_export_and_print_use_the_same_short_name(qtbot, ferry):
    from mediakit.gui.export import print_release

    expected = short_name(ferry.release)
    assert expected.startswith("2035-08-01 Island Ferry")
    assert ferry._suggested(".pdf").endswith(f"{expected}.pdf")
    dialog, printer = print_release(ferry.release, ferry.reader.loadResource, ferry)
    try:
        assert printer.docName() == expected
    finally:
        dialog.close()


def test_symbols_stay_verbatim_in_the_title_bar_and_the_headline(ferry):
    assert ferry.windowTitle().startswith("Island Ferry Adds a Night Crossing™")
    headline = ferry.reader.headline_blocks()[0]
    assert headline.text() == "Island Ferry Adds a Night Crossing™"


def test_the_headline_draws_each_symbol_with_a_real_glyph(ferry):
    from PySide6.QtGui import QTextLayout

    headline = ferry.reader.headline_blocks()[0]
    layout = QTextLayout(headline.text(), headline.begin().fragment().charFormat().font())
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs and all(0 not in run.glyphIndexes() for run in runs)  # glyph 0 is the missing-glyph box


def test_fonts_keep_their_own_family_first_and_add_the_symbol_fonts():
    font = QFont("Serif")
    fallen = with_symbol_fallbacks(font)
    assert fallen.families()[0] == "Serif" and fallen.families()[1:] == list(SYMBOL_FAMILIES)
    assert font.families() in ([], ["Serif"])  # the font given is left alone
    assert with_symbol_fallbacks(fallen).families() == fallen.families()
