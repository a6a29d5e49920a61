"""Where a start's time goes: a timeline of ``python -m mediakit`` and ``-X importtime`` totals.

Usage: python benchmarks/trace_start.py [--runs 7] [--cache cold|new|warm] [FILE]

1. Timeline: each run is a fresh ``python benchmarks/trace_start.py --child``, on a private
   Xvfb, with an empty cache folder (``--cache cold``, the first start ever), one whose
   analysed releases are deleted before each run (``new``: a release never opened before, the
   icons and compiled code kept, as ``bench_startup.py --cache new``) or one
   filled by a first run (``warm``). The child wraps the start path's steps (they are looked
   up by name when called, so the real ``mediakit.__main__.main`` runs unchanged) and notes
   when each ends; "first paint" is the reader's ``firstPainted``, "settled" the last paint
   event of any widget within 1.5 s. The clock starts at the parent's ``Popen``
   (``time.perf_counter`` is CLOCK_MONOTONIC, shared by processes). The fastest of the runs,
   per step, is printed: noise on a shared machine only adds.
2. Imports: ``-X importtime`` of the window's process (the same start, offscreen) and of the
   analyser alone (what the prefetching child or ``--json`` imports), summed by package.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, Xvfb, child_env, scratch_dir, warm_bytecode  # noqa: E402

HOLD_S = 1.5


def child(t0: float, path: str | None) -> None:
    """Run MediaKit's start with marks; print them (ms since ``t0``) as JSON on stdout."""
    marks: dict[str, float] = {"interpreter up": time.perf_counter()}

    def mark(name: str) -> None:
        marks.setdefault(name, time.perf_counter())

    def wrap(owner, name: str, before: str | None, after: str):
        real = getattr(owner, name)

        def wrapped(*args, **kwargs):
            if before:
                mark(before)
            try:
                return real(*args, **kwargs)
            finally:
                mark(after)

        setattr(owner, name, wrapped)

    from mediakit import __main__ as entry
    from mediakit.core import loading, prefetch

    wrap(prefetch, "start", None, "prefetch child forked")
    mark("mediakit imported")
    wrap(prefetch, "take", "waiting for the child", "release from the child")
    wrap(loading, "_analysed", "analysing in this process", "analysed in this process")
    from mediakit.gui import app

    mark("window's Qt-free modules imported")

    def ensure_app(*args, real=app.ensure_app):
        from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401

        mark("PySide6 imported")
        result = real(*args)
        mark("QApplication made")
        return result

    app.ensure_app = ensure_app

    def start_window(p, real=app.start_window):
        from mediakit.gui import main_window

        mark("window modules imported")
        wrap(main_window.MainWindow, "__init__", None, "MainWindow() built")
        wrap(main_window.MainWindow, "show_release", None, "release shown (text, sidebar, panels set)")
        wrap(main_window.MainWindow, "show", None, "show() returned")
        window = real(p)
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        window.reader.firstPainted.connect(lambda: mark("first paint"))

        class Paints(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint:
                    marks["settled (last paint)"] = time.perf_counter()
                return False

        paints = Paints()
        QApplication.instance().installEventFilter(paints)
        window._trace_paints = paints

        def done():
            out = {k: (v - t0) * 1000 for k, v in marks.items()}
            print(json.dumps(out), flush=True)
            QApplication.instance().quit()

        QTimer.singleShot(int(HOLD_S * 1000) + 500, done)
        return window

    app.start_window = start_window
    wrap(app, "finish_start_up", None, "icons set (finish_start_up)")
    entry.main([path] if path else [])


def timeline(runs: int, cache: str, path: str | None, display: str) -> dict[str, float]:
    shared = scratch_dir("mk-trace-cache-")
    best: dict[str, float] = {}
    try:
        for i in range(runs + 1):  # the first run fills the warm cache and warms up; not counted
            scratch = scratch_dir("mk-trace-")
            folder = shared if cache in ("warm", "new") else scratch / "cache"
            if cache == "new":
                for releases in folder.glob("*/*/releases"):  # icons and compiled code kept
                    shutil.rmtree(releases, ignore_errors=True)
            env = child_env(scratch, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CACHE_HOME=str(folder))
            t0 = time.perf_counter()
            out = subprocess.run([PYTHON, __file__, "--child", repr(t0), *([path] if path else [])], cwd=ROOT,
                                 env=env, capture_output=True, text=True, timeout=120)
            shutil.rmtree(scratch, ignore_errors=True)
            if out.returncode != 0:
                raise SystemExit(out.stderr[-3000:])
            if i == 0:
                continue
            marks = json.loads(out.stdout.strip().splitlines()[-1])
            for name, ms in marks.items():
                best[name] = min(best.get(name, ms), ms)
    finally:
        shutil.rmtree(shared, ignore_errors=True)
    return dict(sorted(best.items(), key=lambda item: item[1]))


def import_totals(code: list[str], env: dict[str, str]) -> list[tuple[str, float]]:
    """``-X importtime`` self times summed by top-level package (mediakit by sub-package)."""
    out = subprocess.run([PYTHON, "-X", "importtime", *code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    totals: dict[str, float] = defaultdict(float)
    for line in out.stderr.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+\d+ \| ( *)(\S+)", line)
        if not found:
            continue
        name = found.group(3)
        parts = name.split(".")
        key = ".".join(parts[:3]) if parts[0] == "mediakit" else parts[0]
        totals[key] += int(found.group(1)) / 1000
    return sorted(totals.items(), key=lambda item: -item[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cache", choices=("cold", "new", "warm"), default="cold")
    parser.add_argument("--child", type=float, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.file)
        return 0
    warm_bytecode()
    with Xvfb() as x:
        best = timeline(args.runs, args.cache, args.file, x.display)
    print(f"Start-up timeline, cache {args.cache}, fastest of {args.runs} per step (ms since Popen):")
    previous = 0.0
    for name, ms in best.items():
        print(f"  {ms:7.1f}  (+{ms - previous:5.1f})  {name}")
        previous = ms
    scratch = scratch_dir("mk-trace-imp-")
    env = child_env(scratch, QT_QPA_PLATFORM="offscreen")
    window = ["-c", "import sys; from mediakit.gui import app; from mediakit.gui import main_window"]
    for label, code in (("window's process (gui.app + main_window)", window),
                        ("analyser (core.analyse: the prefetching child, --json)", ["-c", "import mediakit.core.analyse"])):
        totals = import_totals(code, env)
        print(f"\n-X importtime, {label}: {sum(ms for _, ms in totals):.0f} ms in all; largest:")
        for name, ms in totals[:12]:
            print(f"  {ms:6.1f}  {name}")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
