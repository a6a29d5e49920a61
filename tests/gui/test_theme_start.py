"""The light/dark scheme a start assumes, and how the window follows Qt's answer once painted.

The first frame does not ask Qt for the system's scheme (``mediakit.gui.theme``): it starts on the
scheme the previous start found, or on a first start on the platform palette's own lightness.
"""

from __future__ import annotations

import pytest

DARK_TEXT = "#e6e7ea"  # the dark theme's text colour in the reader's style sheet


@pytest.fixture
def fresh_theme(qapp):
    """A theme manager of the test's own (the application's one has long been confirmed)."""
    from PySide6.QtGui import QGuiApplication

    from mediakit.gui.theme import ThemeManager

    made = []

    def make():
        made.append(ThemeManager(qapp))
        return made[-1]

    yield make
    for manager in made:
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(manager._system_scheme_changed)
        manager.apply("light")  # the palette and icon colours the other tests expect
        manager.deleteLater()


def open_window(qtbot, theme):
    from mediakit.gui import settings as S
    from mediakit.gui.main_window import MainWindow

    window = MainWindow(S.SettingsStore(), theme)
    qtbot.addWidget(window)
    window.show_default_release()
    return window


def qt_answer():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.styleHints().colorScheme().name


def test_a_start_opens_on_the_scheme_the_last_start_found(qtbot, fresh_theme):
    from mediakit.gui import settings as S
    from mediakit.gui.app import finish_start_up

    S.SettingsStore().set(S.SYSTEM_SCHEME, "Dark")
    window = open_window(qtbot, fresh_theme())
    assert window.theme.dark and DARK_TEXT in window.reader.document().defaultStyleSheet()
    window.show()
    qtbot.waitExposed(window)
    finish_start_up(window)  # once painted and idle: Qt is asked, and its answer followed
    qtbot.waitUntil(lambda: window.theme.confirmed)
    assert window.theme.dark == (qt_answer() == "Dark")
    window.save_state()
    assert S.SettingsStore().get(S.SYSTEM_SCHEME) == qt_answer()


def test_a_first_start_on_a_dark_platform_palette_opens_dark(qtbot, qapp, fresh_theme):
    from mediakit.gui.theme import DARK, build_palette

    qapp.setPalette(build_palette(DARK))  # what a dark desktop's platform palette looks like
    window = open_window(qtbot, fresh_theme())
    assert window.theme.dark and DARK_TEXT in window.reader.document().defaultStyleSheet()


def test_a_chosen_theme_wins_over_the_scheme_assumed(qtbot, fresh_theme):
    from mediakit.gui import settings as S

    store = S.SettingsStore()
    store.set(S.SYSTEM_SCHEME, "Dark")
    store.set(S.THEME, "light")
    window = open_window(qtbot, fresh_theme())
    assert not window.theme.dark and DARK_TEXT not in window.reader.document().defaultStyleSheet()
