"""The repairs dialog: what was repaired, where, and choosing an entry shows the place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mediakit.gui.dialogs import active_dialogs
from mediakit.gui.repairs import WHOLE_FILE

pytestmark = pytest.mark.gui

RELEASE = """# Mill Reopens as a Bakery School

ASHFORD, 9 September 2033 — The old water mill will teach bread making from October.

## The courses

Evening classes cost \\$40 a term. See the [course list](#no-such-place) for dates.

{filler}

## Where

The mill stands by the weir; a [map](mill-map-missing.png) is on the notice board.

##

Bookings open on Monday.
""".replace("{filler}", "\n\n".join(["Flour comes from the farms up the valley, and the ovens are fired with wood."] * 30))

CLEAN = "# Orchard Opens Its Gates\n\nHARLOW, 2 April 2033 — The orchard opens to walkers on Saturday.\n"


@pytest.fixture
def open_repairs(make_window, qtbot, tmp_path):
    def open_on(text: str):
        path = tmp_path / "release.md"
        path.write_text(text, encoding="utf-8")
        window = make_window(path)
        qtbot.waitUntil(lambda: window.release is not None and window.path == str(path))
        qtbot.mouseClick(window.status.repairs_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(active_dialogs("repairsDialog")))
        return window, active_dialogs("repairsDialog")[0]

    return open_on


def test_the_status_bar_counts_the_repairs_and_opens_the_list(open_repairs):
    window, dialog = open_repairs(RELEASE)
    assert window.status.repairs_button.text() == f"{len(window.release.warnings)} repairs, 2 dead links"
    rows = dialog.rows()
    assert len(rows) == len(window.release.warnings) + 2
    assert all(warning in "\n".join(rows) for warning in window.release.warnings)
    dialog.close()


def test_each_entry_says_where_and_dead_links_name_their_section(open_repairs):
    _window, dialog = open_repairs(RELEASE)
    rows = dialog.rows()
    whole = [row for row in rows if row.endswith(WHOLE_FILE)]
    links = [row for row in rows if "leads nowhere" in row]
    assert len(whole) == 2
    assert links == ["Marked a link that leads nowhere: “course list” (#no-such-place)\n    in “The courses”",
                     "Marked a link that leads nowhere: “map” (mill-map-missing.png)\n    in “Where”"]
    dialog.close()


def test_choosing_an_entry_shows_its_place_highlighted(qtbot, open_repairs):
    window, dialog = open_repairs(RELEASE)
    row = next(i for i, text in enumerate(dialog.rows()) if "“map”" in text)
    item = dialog.list.item(row)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=dialog.list.visualItemRect(item).center())
    assert window.reader.highlighted_text() == "map"
    from PySide6.QtGui import QTextCursor

    place = QTextCursor(window.reader.document())
    place.setPosition(window.reader.dead_links[-1].start)
    assert window.reader.verticalScrollBar().value() > 0  # it scrolled there, and the place is in view
    assert window.reader.viewport().rect().contains(window.reader.cursorRect(place).center())
    dialog.close()


def test_a_whole_file_entry_moves_nothing(qtbot, open_repairs):
    window, dialog = open_repairs(RELEASE)
    row = next(i for i, text in enumerate(dialog.rows()) if text.endswith(WHOLE_FILE))
    dialog.choose(row)
    assert window.reader.highlighted_text() == ""
    dialog.close()


def test_a_clean_file_says_it_needed_none(open_repairs):
    window, dialog = open_repairs(CLEAN)
    assert window.status.repairs_button.text() == "No repairs"
    assert dialog.rows() == [] and "needed no repairs" in dialog.intro.text()
    dialog.close()


def test_dead_links_stay_marked_after_the_theme_changes(qtbot, open_repairs):
    from mediakit.gui.actions import ActionId

    window, dialog = open_repairs(RELEASE)
    dialog.close()
    window.action(ActionId.THEME_DARK).trigger()
    assert [link.text for link in window.reader.dead_links] == ["course list", "map"]
    assert window.status.repairs_button.text().endswith(", 2 dead links")
    window.action(ActionId.THEME_SYSTEM).trigger()
