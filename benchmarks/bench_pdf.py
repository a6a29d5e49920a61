"""A 20-page PDF release never opened before: text visible, panels filled, longest event-loop block.

Usage: python benchmarks/bench_pdf.py [--pages 20] [--runs 5] [--cache new|cold] [--keep FILE] [--compare DIR]

The PDF is made here from the seed's text (distinct copies, so the core drops no paragraph
as printed twice) with Qt's ``QTextDocument`` and ``QPdfWriter``, A4, 11 pt, until it has
``--pages`` pages. Then, on a private Xvfb, a release never opened before every time (``--cache
new``, the default: one cache folder a tree, its analysed releases deleted before each start, icons
and compiled patterns kept, as for any user but on the first start; ``--cache cold``: an empty
cache folder every time, the first start after installing), in turns:

1. Launch: ``mediakit FILE.pdf`` (the real ``__main__.main``, run by this script's
   ``--child launch`` so it can note when things happen), timed from ``Popen``
   (``time.perf_counter`` is CLOCK_MONOTONIC, shared by processes): the window mapped (the
   X server's event, ``xwatch.py``); "text visible", the reader's first paint after the
   window first shows the release's text (a long PDF's first pages, or the whole release);
   "panels filled", the reader's first paint after the whole release is shown (sidebar,
   figures, quotes, contacts set). Targets: text 1 s, panels 2 s. A 10 ms heartbeat runs
   from the window's making until two seconds after the panels fill: its longest gap is
   the longest event-loop block (target 100 ms).
2. Opened from a running window (``--child window``: ``MainWindow.open_path``, the real
   loader), timed from the call, with the same marks and heartbeat.

``--compare DIR`` runs another source tree (``git archive BASE | tar -x -C DIR``) in turns
with this one, for before/after in the same minutes. Medians; the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    PYTHON,
    ROOT,
    Xvfb,
    child_env,
    child_environment,
    forget_releases,
    median,
    scratch_dir,
    warm_bytecode,
)
from xwatch import WindowWatch  # noqa: E402


def make_pdf(path: Path, pages: int) -> int:
    """Write a PDF of at least ``pages`` A4 pages of seed text (in a child: it needs Qt)."""
    code = f"""
import sys
sys.path.insert(0, {str(ROOT / 'benchmarks')!r})
from bench_scale import concatenation
from PySide6.QtGui import QGuiApplication, QTextDocument, QPdfWriter, QPageSize, QFont
app = QGuiApplication([])
copies = 1
while True:
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 11))
    doc.setMarkdown(concatenation(copies, distinct=True))
    writer = QPdfWriter({str(path)!r})
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    doc.setPageSize(writer.pageLayout().paintRectPixels(96).size().toSizeF())
    if doc.pageCount() >= {pages}:
        doc.print_(writer)
        print(doc.pageCount())
        break
    copies += 1
"""
    out = subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=child_env(QT_QPA_PLATFORM="offscreen"),
                         capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1])


HOLD_S = 2.0
TICK_MS = 10


def child(mode: str, t0: float, path: str) -> None:
    """Open ``path`` at launch (``mode`` "launch") or in a running window ("window"); print the
    marks (ms since ``t0``, or since the open call) and the heartbeat's longest gaps as JSON."""
    marks: dict[str, float] = {}
    beats: list[float] = []
    from mediakit import __main__ as entry
    from mediakit.gui import app

    def instrument(window) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        real_show = window.show_release
        viewport = window.reader.viewport()
        waiting: list[str] = []

        def show_release(release, path_, provisional=False):
            real_show(release, path_, *([True] if provisional else []))  # a tree from before has no such argument
            if marks.get("open") is None:
                return  # the default release before the open call
            now = time.perf_counter()
            for name in ("text", "panels") if not provisional else ("text",):
                if name not in marks:
                    marks[name + " set"] = now
                    waiting.append(name)
            if not provisional:
                QTimer.singleShot(int(HOLD_S * 1000), done)

        window.show_release = show_release
        window.loader.loaded.disconnect()
        window.loader.loaded.connect(window.show_release)
        if hasattr(window.loader, "provisional"):
            window.loader.provisional.disconnect()
            window.loader.provisional.connect(lambda r, p: window.show_release(r, p, provisional=True))

        class Paints(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint and obj is viewport:
                    while waiting:
                        marks.setdefault(waiting.pop(0), time.perf_counter())
                return False

        paints = Paints()
        QApplication.instance().installEventFilter(paints)
        window._bench_paints = paints
        heart = QTimer(window)
        heart.setTimerType(heart.timerType().PreciseTimer)
        heart.setInterval(TICK_MS)
        heart.timeout.connect(lambda: beats.append(time.perf_counter()))
        heart.start()

    def done() -> None:
        from PySide6.QtWidgets import QApplication

        base = marks["open"]
        gaps = sorted(((b - a, a) for a, b in zip(beats, beats[1:]) if b >= base), reverse=True)
        out = {k: (v - base) * 1000 for k, v in marks.items() if k != "open"}
        out["longest_block_ms"] = gaps[0][0] * 1000 if gaps else float("nan")
        out["top_blocks"] = [(round(g * 1000), round((at - base) * 1000)) for g, at in gaps[:5]]
        out["blocks_over_100"] = sum(g > 0.1 for g, _ in gaps)
        print(json.dumps(out), flush=True)
        QApplication.instance().quit()

    if mode == "launch":
        marks["open"] = t0

        def start_window(p, real=app.start_window):
            from mediakit.gui import main_window

            real_init = main_window.MainWindow.__init__

            def init(self, *args, **kwargs):
                real_init(self, *args, **kwargs)
                instrument(self)

            main_window.MainWindow.__init__ = init
            return real(p)

        app.start_window = start_window
        entry.main([path])
        return
    from PySide6.QtTest import QTest

    application = app.ensure_app()
    app.install_crash_handler()
    window = app.start_window(None)
    QTest.qWaitForWindowExposed(window)
    app.finish_start_up(window)
    instrument(window)
    QTest.qWait(500)
    marks["open"] = time.perf_counter()
    window.open_path(path)
    application.exec()


def run_child(tree: Path, mode: str, path: Path, display: str, watch: WindowWatch | None,
              cache: Path | None = None) -> dict:
    scratch = scratch_dir("mk-pdf-")
    env = child_environment(scratch, display, cache, tree)
    forget_releases(cache)
    try:
        start = time.perf_counter()
        with open(scratch / "stderr", "wb") as errors, open(scratch / "stdout", "wb") as out:
            proc = subprocess.Popen([PYTHON, __file__, "--child", mode, repr(start), str(path)], cwd=tree, env=env,
                                    stdout=out, stderr=errors)
            visible = None
            if watch is not None:
                visible, _painted, _settled = watch.wait_settled(proc.pid, timeout=120,
                                                                 alive=lambda: proc.poll() is None, settle=1.0)
            try:
                proc.wait(timeout=180)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        lines = (scratch / "stdout").read_text().strip().splitlines()
        if proc.returncode != 0 or not lines:
            raise SystemExit((scratch / "stderr").read_text(errors="replace")[-3000:])
        result = json.loads(lines[-1])
        if visible is not None:
            result["window mapped"] = (visible - start) * 1000
        return result
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def report(label: str, runs: list[dict]) -> None:
    def med(field: str) -> str:
        values = [r[field] for r in runs if field in r]
        return f"{median(values):6.0f}" if values else "     -"

    def each(field: str) -> str:
        return ", ".join(f"{r.get(field, float('nan')):.0f}" for r in runs)

    blocks = [r["longest_block_ms"] for r in runs]
    print(f"{label:22} mapped {med('window mapped')}  text {med('text')}  panels {med('panels')}  "
          f"longest block {median(blocks):4.0f} ms  (runs: text {each('text')}; panels {each('panels')}; "
          f"blocks {each('longest_block_ms')}; over 100 ms {each('blocks_over_100')})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None, help="also copy the PDF made here to this path")
    parser.add_argument("--compare", type=Path, default=None, help="another source tree, run in turns with this one")
    parser.add_argument("--cache", choices=("new", "cold"), default="new",
                        help="new (default): a cache folder a tree, its analysed releases deleted before each start "
                             "(icons and patterns kept, a user's everyday case); cold: an empty one every time")
    parser.add_argument("--child", nargs=3, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child[0], float(args.child[1]), args.child[2])
        return 0
    warm_bytecode()
    folder = Path(tempfile.mkdtemp(prefix="mk-pdf-file-"))
    trees = [("now", ROOT)] + ([("before", args.compare.resolve())] if args.compare else [])
    try:
        path = folder / "release-20-pages.pdf"
        pages = make_pdf(path, args.pages)
        if args.keep:
            shutil.copy(path, args.keep)
        caches = {name: (folder / f"cache-{name}" if args.cache == "new" else None) for name, _ in trees}
        print(f"{path.name}: {pages} pages, {path.stat().st_size / 1024:.0f} KB; cache: {args.cache}; "
              f"load average {os.getloadavg()[0]:.2f}")
        results: dict[tuple[str, str], list[dict]] = {(t, m): [] for t, _ in trees for m in ("launch", "window")}
        with Xvfb() as x:
            watch = WindowWatch(x.display)
            try:
                for name, tree in trees:  # warm-up: bytecode, fonts, page cache (and the kept patterns, icons)
                    run_child(tree, "launch", path, x.display, watch, caches[name])
                for i in range(args.runs):
                    for name, tree in trees[i % len(trees):] + trees[:i % len(trees)]:
                        results[(name, "launch")].append(run_child(tree, "launch", path, x.display, watch,
                                                                   caches[name]))
                        results[(name, "window")].append(run_child(tree, "window", path, x.display, None,
                                                                   caches[name]))
            finally:
                watch.close()
        for (name, mode), runs in results.items():
            report(f"{name}, {'at launch' if mode == 'launch' else 'running window'}", runs)
        print(json.dumps({f"{n} {m}": r for (n, m), r in results.items()}), file=sys.stderr)
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
