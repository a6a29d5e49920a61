"""Errors: a bad file gets a clear dialog naming it; the release on screen stays; no traceback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from mediakit.gui.dialogs import active_dialogs

pytestmark = pytest.mark.gui



def _headline() -> str:
    """The built-in release's headline, as the core reads it."""
    from mediakit.core.analyse import default_release

    return default_release().title


def _error_box(qtbot):
    qtbot.waitUntil(lambda: bool(active_dialogs("errorDialog")))
    return active_dialogs("errorDialog")[0]


@pytest.mark.parametrize("name, content, problem", [
    ("empty.md", b"", "the file is empty"),
    ("photo.md", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file"),
    ("missing.md", None, "no such file"),
])
def test_bad_file_shows_error_and_keeps_the_release(qtbot, window, tmp_path, name, content, problem):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = window.reader.document().toPlainText()
    window.open_path(str(path))
    box = _error_box(qtbot)
    assert name in box.text()
    assert str(path) in box.informativeText() and problem in box.informativeText()
    assert window.windowTitle().startswith(_headline())
    assert window.reader.document().toPlainText() == before
    assert window.release.title.startswith(_headline())
    qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not active_dialogs("errorDialog"))


def test_bad_path_on_the_command_line_opens_the_default_release_and_the_error(qtbot, tmp_path):
    from mediakit.gui.app import start_window

    bad = tmp_path / "nothing-here.md"
    window = start_window(str(bad))
    qtbot.addWidget(window)
    box = _error_box(qtbot)
    assert "nothing-here.md" in box.text()
    assert window.isVisible()
    assert window.windowTitle().startswith(_headline())
    box.close()
    window.close()


def test_good_path_on_the_command_line(qtbot, fixture_path):
    from mediakit.gui.app import start_window

    window = start_window(str(fixture_path("gui_sample.md")))
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Harbour Ferries Add 12 Electric Vessels")
    qtbot.waitUntil(lambda: window.windowIcon().isNull() is False)  # set once the window is painted
    window.close()


def test_large_file_loads_in_the_background_and_can_be_cancelled(qtbot, window, fixture_path, tmp_path):
    from mediakit.core.analyse import default_release_text

    big = tmp_path / "big.md"
    big.write_text("\n\n".join([default_release_text()] * 40), encoding="utf-8")
    with qtbot.waitSignal(window.loader.loaded, timeout=60000):
        window.loader.load(str(big), background=True)
        assert window.loader.busy
    assert window.path == str(big)
    # a slow load shows progress; Cancel leaves the window as it is
    window.loader.progress_delay_ms = 0
    window.loader.load(str(big), background=True)
    qtbot.waitUntil(lambda: bool(active_dialogs("loadProgress")))
    progress = active_dialogs("loadProgress")[0]
    assert "big.md" in progress.labelText()
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not window.loader.busy
    assert not active_dialogs("loadProgress")
    window.loader.wait_for_done()
    qtbot.wait(50)  # a late result from the cancelled job would arrive now; it must be dropped
    assert window.release is not None and window.path == str(big)
    window.open_path(str(fixture_path("gui_sample.md")))  # and the next file opens as usual
    assert window.windowTitle().startswith("Harbour Ferries")


def test_crash_handler_shows_a_copyable_report_and_the_app_goes_on(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from mediakit.gui.app import CrashHandler

    handler = CrashHandler()
    try:
        raise ValueError("something odd")
    except ValueError:
        handler(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(active_dialogs("crashDialog")))
    dialog = active_dialogs("crashDialog")[0]
    report = dialog.report.toPlainText()
    assert "ValueError: something odd" in report and "MediaKit 0.1.0" in report
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == report
    dialog.close()
    assert window.isVisible() and window.release is not None


def test_an_error_in_a_slot_reaches_the_crash_dialog(qtbot, window, monkeypatch):
    from mediakit.gui.app import CrashHandler, install_crash_handler

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handler = install_crash_handler()
    assert isinstance(sys.excepthook, CrashHandler)
    button = QPushButton("Break", window)

    def broken_slot():
        raise RuntimeError("slot failed")

    button.clicked.connect(broken_slot)
    button.click()
    qtbot.waitUntil(lambda: bool(active_dialogs("crashDialog")))
    assert "RuntimeError: slot failed" in active_dialogs("crashDialog")[0].report.toPlainText()
    for dialog in list(handler.dialogs):
        dialog.close()
    assert window.isVisible()
