"""Getting releases in and out: drag and drop, export to PDF and plain text, nothing loaded too early."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from mediakit.gui.actions import ActionId
from mediakit.gui.dialogs import active_dialogs

pytestmark = pytest.mark.gui


def _drop(window, path):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)


def test_dropping_a_file_opens_it(window, fixture_path):
    _drop(window, fixture_path("gui_sample.md"))
    assert window.windowTitle().startswith("Harbour Ferries Add 12 Electric Vessels")
    assert window.sidebar.titles()[0] == "Harbour Ferries Add 12 Electric Vessels"


def test_dropping_a_bad_file_keeps_the_release(qtbot, window, tmp_path):
    bad = tmp_path / "archive.md"
    bad.write_bytes(b"PK\x03\x04" + bytes(100))
    title = window.release.title
    _drop(window, bad)
    qtbot.waitUntil(lambda: bool(active_dialogs("errorDialog")))
    assert "archive.md" in active_dialogs("errorDialog")[0].text()
    assert window.windowTitle().startswith(title)
    active_dialogs("errorDialog")[0].close()


def test_open_dialog_opens_the_chosen_file(qtbot, window, fixture_path):
    window.action(ActionId.OPEN).trigger()
    qtbot.waitUntil(lambda: bool(active_dialogs("openDialog")))
    dialog = active_dialogs("openDialog")[0]
    dialog.selectFile(str(fixture_path("gui_sample.md")))
    dialog.accept()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Harbour Ferries"))


def test_export_plain_text(qtbot, window, tmp_path, save_via_dialog):
    target = tmp_path / "release.txt"
    save_via_dialog(window.action(ActionId.EXPORT_TEXT).trigger, target)
    text = target.read_text(encoding="utf-8")
    from mediakit.gui.texts import release_plain_text

    assert text == release_plain_text(window.release)
    assert window.release.title in text[:400]
    assert "<" not in text and "**" not in text
    assert all(section.title in text for section in window.release.all_sections())


def test_export_pdf(qtbot, window, tmp_path, save_via_dialog):
    target = tmp_path / "release.pdf"
    save_via_dialog(window.action(ActionId.EXPORT_PDF).trigger, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert window.status.currentMessage() == "Saved release.pdf"


def test_export_to_an_unwritable_place_says_so(qtbot, window, tmp_path):
    window.export_text(str(tmp_path / "no-such-folder" / "x.txt"))
    qtbot.waitUntil(lambda: bool(active_dialogs("errorDialog")))
    box = active_dialogs("errorDialog")[0]
    assert "x.txt" in box.text() and "No such file" in box.informativeText()
    box.close()


START_UP_PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QSettings
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    from PySide6.QtCore import QRect
    from mediakit.gui.app import ensure_app, start_window
    from mediakit.gui.window_layout import WindowLayout
    WindowLayout.available_geometry = lambda _window: QRect(0, 0, 1366, 768)  # a laptop: the panel shows
    app = ensure_app()
    window = start_window(None)
    heavy = ["qtawesome", "qtpy", "PySide6.QtPrintSupport", "PySide6.QtSvg", "PySide6.QtNetwork",
             "PySide6.QtOpenGL", "vobject", "mediakit.gui.panels.quotes", "mediakit.gui.panels.contacts",
             "mediakit.gui.export"]
    print("before paint:", [m for m in heavy if m in sys.modules])
    import PySide6.QtCore
    print("Qt namespace built:", "Qt" in vars(PySide6.QtCore))  # PySide6 adds it when first used
    for _ in range(50):
        app.processEvents()
        if "qtawesome" in sys.modules:
            break
    print("after paint:", "qtawesome" in sys.modules, window.isVisible())
    import PySide6.QtGui, PySide6.QtWidgets
    print("classes:", *(sum(isinstance(value, type) for value in vars(module).values())
                        for module in (PySide6.QtWidgets, PySide6.QtGui)))
    window.close()
""")

# PySide6 makes a class's Python type (and its enums) when it is first used, and many at once
# when a Python override or call meets an object of a widely derived type that Qt made: a
# scroll area's own plain QWidget viewport (75 and more widget classes, 6 ms), a plain QEvent
# in an overridden ``changeEvent`` (every QEvent subclass, 3 ms). The first frame needs neither,
# nor the 93 enums of the ``Qt`` namespace (10 ms: see ``mediakit.gui.qtnames``).
START_UP_CLASSES = (42, 60)  # QtWidgets, QtGui


def test_start_up_leaves_heavy_modules_for_later(tmp_path):
    result = subprocess.run([sys.executable, "-c", START_UP_PROBE, str(tmp_path)], capture_output=True,
                            text=True, timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "before paint: []"
    assert lines[1] == "Qt namespace built: False"
    assert lines[2] == "after paint: True True"
    made = tuple(int(count) for count in lines[3].split(":")[1].split())
    assert all(count < limit for count, limit in zip(made, START_UP_CLASSES, strict=True)), lines[3]


def test_print_opens_the_print_dialog(qtbot, window):
    window.action(ActionId.PRINT).trigger()
    qtbot.waitUntil(lambda: bool(active_dialogs("printDialog")))
    active_dialogs("printDialog")[0].reject()
    assert window.release is not None
