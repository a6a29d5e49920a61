"""Every analysis that takes long runs off the window's thread, whatever the file's size (#17):
a small file whose analysis is slow shows progress and can be cancelled, and quitting
while one runs does not wait for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from mediakit.gui.dialogs import active_dialogs
from mediakit.gui.loader import SYNC_LIMIT_BYTES


def slow_small_release(path, paragraphs: int, small: bool = True):
    """Under the size read at once, but thousands of paragraphs each with figures to read."""
    text = "Harbour Board Figures\n\n" + "".join(
        f"The board said berth {i} handled {i % 90} ships and 1,{i % 1000:03d} tonnes in week {i % 52}.\n\n"
        for i in range(paragraphs))
    path.write_text(text, encoding="utf-8")
    assert (path.stat().st_size <= SYNC_LIMIT_BYTES) == small
    return path


_TIMERS: list[QTimer] = []


def ticking() -> list[int]:
    """A timer ticking every 10 ms; its ticks prove the window's event loop is free."""
    ticks: list[int] = []
    timer = QTimer()
    _TIMERS.append(timer)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return ticks


def test_a_small_file_with_a_slow_analysis_loads_in_the_background(qtbot, window, tmp_path):
    path = slow_small_release(tmp_path / "figures.txt", 4_000)
    window.loader.progress_delay_ms = 0
    ticks = ticking()
    with qtbot.waitSignal(window.loader.loaded, timeout=60_000):
        window.open_path(str(path))
        assert window.loader.busy  # open_path came back while the analysis goes on
        start = len(ticks)
        qtbot.waitUntil(lambda: bool(active_dialogs("loadProgress")))
        qtbot.waitUntil(lambda: len(ticks) >= start + 5)  # the window's event loop runs meanwhile
    assert window.path == str(path) and window.release.title == "Harbour Board Figures"
    assert not active_dialogs("loadProgress")


def test_a_slow_small_load_can_be_cancelled(qtbot, window, tmp_path):
    before = (window.path, window.windowTitle())
    window.loader.progress_delay_ms = 0
    window.open_path(str(slow_small_release(tmp_path / "slow.txt", 4_000)))
    qtbot.waitUntil(lambda: bool(active_dialogs("loadProgress")))
    progress = active_dialogs("loadProgress")[0]
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not window.loader.busy and not active_dialogs("loadProgress")
    window.loader.wait_for_done()
    qtbot.wait(20)  # the cancelled job's result, arriving now, is dropped
    assert (window.path, window.windowTitle()) == before


def test_quitting_during_a_long_analysis_does_not_wait_for_it(tmp_path, cache_home):
    """The analysis would end by writing its result to the cache: after quitting, there is none."""
    path = slow_small_release(tmp_path / "long.txt", 60_000, small=False)  # far over a minute of analysis
    code = ("import sys\n"
            "from PySide6.QtCore import QTimer\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from mediakit.gui import app\n"
            "app.ensure_app()\n"
            "QTimer.singleShot(1500, lambda: [w.close() for w in QApplication.topLevelWidgets()])\n"
            "sys.exit(app.run(sys.argv[1]))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(cache_home)}
    result = subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    names = [json.loads(p.read_text(encoding="utf-8")).get("name") for p in cache_home.rglob("*.release.json")]
    assert "long.txt" not in names  # the analysis was still running when the process ended
