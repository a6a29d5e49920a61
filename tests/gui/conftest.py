"""Fixtures for the window tests: a private settings folder, no real desktop, a shown window.

Every test gets its own settings folder (``QSettings.setPath`` to a tmp dir) and cache
folder (``XDG_CACHE_HOME``, where Qt's cache location is), so nothing touches the user's
settings or cached releases; links handed to the desktop are recorded instead of opened.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

FIXTURES = Path(__file__).parent.parent / "fixtures"
DESKTOP_SCHEMES = ("http", "https", "mailto", "tel", "file")


class OpenedUrls(QObject):
    """Stands in for the desktop: records every URL MediaKit asks it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture(autouse=True)
def settings_dir(tmp_path_factory) -> Path:
    """A fresh, private settings location for each test."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def cache_home(tmp_path_factory, monkeypatch) -> Path:
    """A fresh, private cache location (analysed releases) for each test."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def opened_urls(qapp):
    recorder = OpenedUrls()
    for scheme in DESKTOP_SCHEMES:
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder
    for scheme in DESKTOP_SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


LAPTOP_SCREEN = (1366, 768)


@pytest.fixture(autouse=True)
def available_screen(monkeypatch):
    """The screen windows are fitted to: a common laptop's, not the offscreen plugin's 800×800.
    Call the fixture's value with (width, height) to try another screen."""
    from PySide6.QtCore import QRect

    size = list(LAPTOP_SCREEN)
    monkeypatch.setattr("mediakit.gui.window_layout.WindowLayout.available_geometry",
                        lambda _window: QRect(0, 0, *size))

    def set_screen(width: int, height: int) -> None:
        size[:] = [width, height]

    return set_screen


@pytest.fixture
def sample_folder(tmp_path) -> Path:
    """A folder holding gui_sample.md and the local image it shows."""
    from PySide6.QtGui import QColor, QImage

    folder = tmp_path / "release"
    folder.mkdir()
    shutil.copy(FIXTURES / "gui_sample.md", folder / "gui_sample.md")
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    image.save(str(folder / "map.png"))
    return folder


@pytest.fixture
def make_window(qtbot):
    """Build (and show) main windows; each is closed at the end of the test."""
    from mediakit.gui.app import ensure_app
    from mediakit.gui.main_window import MainWindow

    ensure_app()
    made = []

    def make(path: str | Path | None = None, show: bool = True) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        if path is None:
            window.show_default_release()
        else:
            window.open_path(str(path))
            qtbot.waitUntil(lambda: not window.loader.busy)  # past the loader's short wait on a busy machine
        if show:
            window.show()
            qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window_on(make_window, qtbot, tmp_path):
    """A shown window on a release of the test's own words: ``window_on(text)`` (Markdown)."""

    def open_text(text: str, name: str = "release.md"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        window = make_window(path)
        qtbot.waitUntil(lambda: window.release is not None, timeout=20000)  # read on the loader's worker
        window.activateWindow()
        qtbot.waitUntil(window.reader.hasFocus)  # as at start: arrows and shortcuts reach the text
        return window

    return open_text


@pytest.fixture
def window(make_window):
    """A shown window on the default release."""
    return make_window()


# The offscreen platform warns each time a top-level window's size limits change; it is
# the platform plugin talking, not MediaKit. Only that exact message is ignored.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def save_via_dialog(qtbot):
    """Start a save (a callable that triggers it), choose ``path`` in MediaKit's save dialog, wait for the file."""
    from mediakit.gui.dialogs import active_dialogs

    def save(start, path):
        start()
        qtbot.waitUntil(lambda: bool(active_dialogs("saveDialog")))
        dialog = active_dialogs("saveDialog")[0]
        dialog.selectFile(str(path))
        dialog.accept()
        qtbot.waitUntil(path.exists)

    return save
