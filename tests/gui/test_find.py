"""Find: Ctrl+F opens the bar; matches are counted and highlighted as the reporter types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from mediakit.gui.search import find_all

pytestmark = pytest.mark.gui


# A release of our own words: a grouped number, a phrase in curly quotes twice, a word many times.
RELEASE = ("# Ferry Line Adds a Night Crossing\n\nRIVERSIDE, 4 May 2031 – The ferry line adds a night crossing "
           "for 3,000 riders a week.\n\n## “Quiet Water” timetable\n\nThe “Quiet Water” timetable starts in June. "
           + " ".join(f"Crossing {n} leaves the ferry pier at {n} o'clock." for n in range(1, 13)) + "\n")


@pytest.fixture
def ferry(window_on):
    return window_on(RELEASE)


def _open_find(qtbot, window):
    qtbot.keySequence(window.reader, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.waitUntil(window.find_bar.field.hasFocus)


def test_find_counts_3000_however_it_is_grouped(qtbot, ferry):
    window = ferry
    _open_find(qtbot, window)
    qtbot.keyClicks(window.find_bar.field, "3000")
    assert window.find_bar.count_label.text() == "1 of 1"
    assert window.find_bar.current_text() == "3,000"
    assert len(window.reader.extraSelections()) == 1


def test_straight_quotes_find_curly_ones(qtbot, ferry):
    window = ferry
    _open_find(qtbot, window)
    qtbot.keyClicks(window.find_bar.field, '"Quiet Water"')
    expected = len(find_all('"Quiet Water"', window.reader.document().toPlainText()))
    assert expected == 2  # the section heading and its first paragraph
    assert window.find_bar.count_label.text() == "1 of 2"
    assert window.find_bar.current_text() == "“Quiet Water”"


def test_next_previous_and_escape(qtbot, ferry):
    window = ferry
    _open_find(qtbot, window)
    qtbot.keyClicks(window.find_bar.field, "ferry")
    total = len(window.find_bar.matches)
    assert total > 12
    assert window.find_bar.count_label.text() == f"1 of {total}"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count_label.text() == f"2 of {total}"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count_label.text() == f"{total} of {total}"
    qtbot.mouseClick(window.find_bar.next_button, Qt.MouseButton.LeftButton)
    assert window.find_bar.count_label.text() == f"1 of {total}"
    assert len(window.reader.extraSelections()) == total
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.reader.extraSelections() == []


def test_find_next_shortcut_steps_through_matches(qtbot, ferry):
    window = ferry
    _open_find(qtbot, window)
    qtbot.keyClicks(window.find_bar.field, "crossing")
    total = len(window.find_bar.matches)
    window.reader.setFocus()
    qtbot.keySequence(window.reader, QKeySequence(QKeySequence.StandardKey.FindNext))
    assert window.find_bar.count_label.text() == f"2 of {total}"


def test_no_match_says_so(qtbot, window):
    _open_find(qtbot, window)
    qtbot.keyClicks(window.find_bar.field, "zeppelin")
    assert window.find_bar.count_label.text() == "No matches"
    assert not window.find_bar.next_button.isEnabled()


@pytest.mark.parametrize("query, text, found", [
    ("3000", "HK$3,000 and 3 000", ["3,000", "3 000"]),
    ("3,000", "3000 units", ["3000"]),
    ("3000", "13,000", []),
    ('"AI+"', "“AI+” and 'AI+'", ["“AI+”"]),
    ("don't", "don’t", ["don’t"]),
    ("2026-27", "2026–27", ["2026–27"]),
    ("super  connector", "super\nconnector", ["super\nconnector"]),
])
def test_find_pattern(query, text, found):
    assert [text[a:b] for a, b in find_all(query, text)] == found
