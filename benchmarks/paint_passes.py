"""What the window paints again after its first frame: a count that load does not move.

Usage: python benchmarks/paint_passes.py [--runs 5] [--cache new|warm|cold] [--tree DIR] [FILE]

"Settled" (``bench_startup.py``) is the time of the last paint after the first one, and on a
shared machine it wanders by tens of milliseconds. This counts the passes instead: each run is
a fresh ``python -m mediakit`` (wrapped, as ``trace_start.py`` wraps it) on a private Xvfb, with
the cache folder as ``bench_startup.py --cache`` gives it; every paint event of the top-level
window after the reader's first paint is one pass, listed with the parts of the window it
covered (the event's region, as rectangles) and the milliseconds since the first paint. The
passes of the run with the fewest are printed, and the count in every run. ``--tree DIR``
runs MediaKit from another source tree (``git archive REV | tar -x -C DIR``) for a before/after.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, Xvfb, child_env, scratch_dir, warm_bytecode  # noqa: E402

HOLD_S = 1.5


def child(tree: str, path: str | None) -> None:
    """Start MediaKit from ``tree``; print the window's paint passes after the first as JSON."""
    sys.path.insert(0, tree)
    from mediakit import __main__ as entry
    from mediakit.gui import app

    passes: list[dict] = []
    real_start = app.start_window

    def start_window(p):
        window = real_start(p)
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        first: list[float] = []
        window.reader.firstPainted.connect(lambda: first.append(time.perf_counter()))

        class Passes(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if obj is window and event.type() == QEvent.Type.Paint and first:
                    rects = [f"{r.width()}x{r.height()}+{r.x()}+{r.y()}" for r in event.region()]
                    passes.append({"ms": round((time.perf_counter() - first[0]) * 1000, 1), "region": rects})
                return False

        watcher = Passes()
        QApplication.instance().installEventFilter(watcher)
        window._paint_passes = watcher

        def done():
            print(json.dumps(passes), flush=True)
            QApplication.instance().quit()

        QTimer.singleShot(int(HOLD_S * 1000), done)
        return window

    app.start_window = start_window
    entry.main([path] if path else [])


def runs(count: int, cache: str, tree: str, path: str | None, display: str) -> list[list[dict]]:
    shared = scratch_dir("mk-passes-cache-")
    results = []
    try:
        for i in range(count + 1):  # the first run fills the cache folder and warms up
            scratch = scratch_dir("mk-passes-")
            folder = shared if cache in ("warm", "new") else scratch / "cache"
            if cache == "new":
                for releases in folder.glob("*/*/releases"):
                    shutil.rmtree(releases, ignore_errors=True)
            env = child_env(scratch, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CACHE_HOME=str(folder))
            out = subprocess.run([PYTHON, __file__, "--child", tree, *([path] if path else [])], cwd=tree, env=env,
                                 capture_output=True, text=True, timeout=120)
            shutil.rmtree(scratch, ignore_errors=True)
            if out.returncode != 0:
                raise SystemExit(out.stderr[-3000:])
            if i:
                results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    finally:
        shutil.rmtree(shared, ignore_errors=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", choices=("cold", "new", "warm"), default="new")
    parser.add_argument("--tree", default=str(ROOT))
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.file)
        return 0
    warm_bytecode()
    with Xvfb() as x:
        found = runs(args.runs, args.cache, str(Path(args.tree).resolve()), args.file, x.display)
    fewest = min(found, key=len)
    print(f"Window paints after the first frame, cache {args.cache}, {args.tree}: "
          f"{', '.join(str(len(r)) for r in found)} in {len(found)} runs; the run with the fewest:")
    for one in fewest:
        print(f"  +{one['ms']:6.1f} ms  {' '.join(one['region'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
