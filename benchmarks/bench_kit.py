"""A 30 MB zip media kit never opened before: text visible, panels filled, longest event-loop block.

Usage: python benchmarks/bench_kit.py [--runs 5] [--beats 3] [--photos 22] [--cache new|cold] [--compare DIR]
       [--keep FILE] [--kit ZIP]

The kit is made by ``kitfiles.py``, in words of its own (no sample release): a Markdown
release, a PDF fact sheet, a Word backgrounder, 22 JPEG photos of 0.5–3 MB with EXIF, XMP
and IPTC captions and 3 PNG logos, zipped to about 30 MB. Then, on a private Xvfb, the
release never analysed before (see the cache below):

1. Launch: ``mediakit KIT.zip`` (the real ``__main__``, its steps wrapped to note when they
   end, as ``trace_start.py`` does), timed from ``Popen``: the window mapped (``xwatch.py``,
   the X server's events), the release shown (``show_release`` returned), its text painted
   (the reader's first paint after that), the panels filled (sidebar set and every card of
   the tab on screen made). Then the child clicks the Assets tab, as an eager user would:
   "assets listed" is every card of it made, "thumbnails" every photo's thumbnail drawn. A 10 ms heartbeat runs from the event loop's start; its longest
   gap is reported too. Targets: text 1 s, panels 2 s.
2. Opened from a running window (``MainWindow.open_path``, the real loader) with the 10 ms
   heartbeat of ``bench_scale.py``; the Assets tab is clicked as soon as the panels are
   filled. The longest gap between two beats, from the call until two seconds after every
   thumbnail is drawn, is how long the event loop was blocked at worst (target: 100 ms).

Every launch and window has fresh settings; by default the run shares one cache folder whose
analysed releases are deleted before each launch (``--cache new``: icons and compiled patterns
kept, as for any user but on the first start); ``--cache cold`` gives each an empty one.
``--compare DIR`` runs MediaKit from another source tree too, in turns with this one, for a
before/after from the same minutes of a shared machine.
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
    proc_status,
    scratch_dir,
    warm_bytecode,
)
from kitfiles import make_kit  # noqa: E402
from xwatch import WindowWatch  # noqa: E402

TICK_MS = 10
HOLD_S = 2.0
KIT_NAME = "tarnwick-lamp-museum-kit.zip"

# --- what the children watch ------------------------------------------------------------------------------
class Watch:
    """Marks (monotonic seconds) for the release shown, its text painted, the panels filled, the
    Assets tab listed and its thumbnails drawn, checked at every beat of a 10 ms heartbeat whose
    gaps it keeps."""

    def __init__(self, window, click_assets: bool = True):
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.window, self.marks, self.beats = window, {}, []
        self.click_assets = click_assets
        self.first_tab: int | None = None
        watch = self

        class Paints(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint and "release shown" in watch.marks:
                    watch.mark("text painted")
                return False

        self._paints = Paints()
        window.reader.viewport().installEventFilter(self._paints)
        self.heart = QTimer()
        self.heart.setTimerType(self.heart.timerType().PreciseTimer)
        self.heart.setInterval(TICK_MS)
        self.heart.timeout.connect(self.beat)

    def mark(self, name: str) -> None:
        if name not in self.marks:
            self.marks[name] = time.perf_counter()
            if name == "release shown":
                self.first_tab = self.window.panel.currentIndex()  # the tab on screen when the release came
            if name == "panels filled" and self.click_assets:
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, lambda: (self.window.show_panel("assets"), self.mark("assets clicked")))

    def beat(self) -> None:
        self.beats.append(time.perf_counter())
        if "release shown" not in self.marks:
            return
        from mediakit.gui.panels import ASSETS

        panel = self.window.panel
        shown = panel.pages[self.first_tab or 0].content
        if shown is not None and not getattr(shown, "_steps", ()) and self.window.sidebar.titles():
            self.mark("panels filled")
        assets = panel.pages[ASSETS].content
        if "assets clicked" in self.marks and assets is not None and not assets._steps and assets.cards:
            self.mark("assets listed")
            photos = [c for c in assets.cards if c.asset.kind == "image" and c.asset.media_type != "image/svg+xml"]
            if all(not c.thumbnail.pixmap().isNull() for c in photos):
                self.mark("thumbnails drawn")
                self.marks.setdefault("assets", {"cards": len(assets.cards), "thumbnails": len(photos)})

    def gaps(self, since: float) -> dict:
        ticks = [b for b in self.beats if b >= since - TICK_MS / 1000]
        gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
        top = sorted(range(len(gaps)), key=gaps.__getitem__, reverse=True)[:5]
        return {"max_gap_ms": max(gaps, default=float("nan")), "gaps_over_100": sum(g > 100 for g in gaps),
                "gaps_over_50": sum(g > 50 for g in gaps), "beats": len(gaps),
                "top_gaps": [(round(gaps[i]), round((ticks[i] - since) * 1000)) for i in top]}

    def done(self) -> bool:
        return "thumbnails drawn" in self.marks or ("panels filled" in self.marks and not self.click_assets)


def launch_child(t0: float, path: str) -> None:
    """``mediakit PATH`` with marks; prints them (ms since ``t0``) as JSON."""
    from mediakit import __main__ as entry
    from mediakit.gui import app

    state: dict = {}

    def start_window(p, real=app.start_window):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from mediakit.gui import main_window

        real_show = main_window.MainWindow.show_release

        def show_release(self, *args, **kwargs):
            real_show(self, *args, **kwargs)
            if "watch" in state:
                state["watch"].mark("release shown")

        main_window.MainWindow.show_release = show_release
        window = real(p)
        watch = state["watch"] = Watch(window)
        if window.release is not None and window.release.kit_path:
            watch.mark("release shown")  # shown before show(): the watch was made after it
        QTimer.singleShot(0, lambda: (watch.marks.setdefault("event loop", time.perf_counter()), watch.heart.start()))

        def check():
            if watch.done() or time.perf_counter() - t0 > 120:
                QTimer.singleShot(int(HOLD_S * 1000), finish)
            else:
                QTimer.singleShot(50, check)

        def finish():
            out = {k: (v - t0) * 1000 if isinstance(v, float) else v for k, v in watch.marks.items()}
            out.update(watch.gaps(watch.marks.get("event loop", t0)), source=entry.__file__,
                       peak_rss_mb=proc_status(os.getpid()).get("VmHWM", 0) / 1024)
            print(json.dumps(out), flush=True)
            QApplication.instance().quit()

        check()
        return window

    app.start_window = start_window
    entry.main([path])


def heartbeat_child(path: str) -> None:
    """A running window opens ``path`` with File ▸ Open's call; prints the marks (ms since the call) as JSON."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from mediakit.gui.app import ensure_app, finish_start_up, install_crash_handler, start_window

    _app = ensure_app()  # noqa: F841 - kept: the window needs its application
    install_crash_handler()
    window = start_window(None)
    QTest.qWaitForWindowExposed(window)
    finish_start_up(window)
    QTest.qWait(500)
    watch = Watch(window)
    window.loader.loaded.connect(lambda _r, _p: watch.mark("release shown"))  # after the window's own slot
    window.loader.failed.connect(lambda _p, m: watch.marks.setdefault("failed", m))
    watch.heart.start()
    QTest.qWait(200)  # a few beats before the call
    start = time.perf_counter()
    window.open_path(path)
    deadline = start + 120
    while not watch.done() and "failed" not in watch.marks and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)
    QTest.qWait(int(HOLD_S * 1000))
    watch.heart.stop()
    out = {k: (v - start) * 1000 if isinstance(v, float) else v for k, v in watch.marks.items()}
    out.update(watch.gaps(start), source=sys.modules["mediakit"].__file__,
               peak_rss_mb=proc_status(os.getpid()).get("VmHWM", 0) / 1024)
    print(json.dumps(out), flush=True)
    window.close()


# --- the parent -------------------------------------------------------------------------------------------
def launch(path: Path, watch: WindowWatch, display: str, cache: Path | None, tree: Path) -> dict:
    scratch = scratch_dir("mk-kit-")
    env = child_environment(scratch, display, cache, tree)
    forget_releases(cache)
    try:
        start = time.perf_counter()
        proc = subprocess.Popen([PYTHON, __file__, "--launch-child", repr(start), str(path)], cwd=tree, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        visible, painted = watch.wait(proc.pid, timeout=120, alive=lambda: proc.poll() is None)
        out, err = proc.communicate(timeout=180)
        if visible is None or proc.returncode != 0 or not out.strip():
            raise SystemExit(f"the launch failed\n{err[-3000:]}")
        result = json.loads(out.strip().splitlines()[-1])
        result.update(visible_ms=(visible - start) * 1000, first_paint_ms=(painted - start) * 1000 if painted else None)
        return result
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def heartbeat(path: Path, display: str, cache: Path | None, tree: Path) -> dict:
    scratch = scratch_dir("mk-kit-home-")
    forget_releases(cache)
    try:
        out = subprocess.run([PYTHON, __file__, "--heartbeat-child", str(path)], cwd=tree,
                             env=child_environment(scratch, display, cache, tree),
                             capture_output=True, text=True, timeout=600)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


STEPS = (("visible_ms", "window mapped", None), ("release shown", "release shown", None),
         ("text painted", "text painted", 1000), ("panels filled", "panels filled", 2000),
         ("assets listed", "assets listed", 2000), ("thumbnails drawn", "thumbnails", None))


def report(label: str, runs: list[dict]) -> None:
    print(f"{label}:")
    if {r.get("source") for r in runs} - {None} and len({r.get("source") for r in runs}) != 1:
        raise SystemExit(f"the runs imported mediakit from several places: {sorted({r.get('source') for r in runs})}")
    print(f"  (mediakit imported from {runs[0].get('source')})")
    for key, name, target in STEPS:
        values = [r[key] for r in runs if r.get(key) is not None]
        met = "" if target is None else f"  target {target} ms: {'met' if median(values) <= target else 'NOT met'}"
        print(f"  {name:16}: median {median(values):7.0f} ms of {len(values)} ({', '.join(f'{v:.0f}' for v in values)}){met}")
    rss = [r["peak_rss_mb"] for r in runs if r.get("peak_rss_mb")]
    if rss:
        print(f"  peak RSS of the window's process: median {median(rss):.1f} MB ({', '.join(f'{v:.0f}' for v in rss)})")
    gaps = [r["max_gap_ms"] for r in runs]
    print(f"  longest event-loop block: median {median(gaps):.0f} ms ({', '.join(f'{g:.0f}' for g in gaps)}); "
          f"blocks over 100 ms per run: {[r['gaps_over_100'] for r in runs]}; worst (ms, at +ms): "
          f"{[r['top_gaps'][:3] for r in runs]}")


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--photos", type=int, default=22)
    parser.add_argument("--keep", type=Path, default=None, help="also copy the kit made here to this path")
    parser.add_argument("--cache", choices=("new", "cold"), default="new",
                        help="new (default): one cache folder for the run, its analysed releases deleted before "
                             "each launch (icons and patterns kept, a user's everyday case); cold: an empty one each")
    parser.add_argument("--beats", type=int, default=3, help="windows opening the kit with the heartbeat, per tree")
    parser.add_argument("--compare", type=Path, default=None, metavar="DIR",
                        help="also MediaKit from another source tree (git archive BASE | tar -x -C DIR), in turns")
    parser.add_argument("--kit", type=Path, default=None, help="measure this zip instead of making one")
    parser.add_argument("--launch-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--heartbeat-child", help=argparse.SUPPRESS)
    return parser.parse_args()


def source_trees(compare: Path | None) -> list[tuple[str, Path]]:
    """This tree ("now"), and the one to compare with ("before"), its bytecode compiled."""
    trees = [("now", ROOT)]
    if compare is not None:
        if not (compare / "mediakit" / "__main__.py").is_file():
            raise SystemExit(f"{compare}: no mediakit/__main__.py there")
        trees.append(("before", compare.resolve()))
        subprocess.run([PYTHON, "-m", "compileall", "-q", str(compare / "mediakit")], env=child_env(),
                       check=False, stdout=subprocess.DEVNULL)
    return trees


def measure(path: Path, trees: list[tuple[str, Path]], caches: dict, runs: int, beats: int):
    """Launches, then windows opening the kit, each tree in turns (A B, B A, …) after a warm-up each."""
    launched: dict[str, list[dict]] = {name: [] for name, _ in trees}
    opened: dict[str, list[dict]] = {name: [] for name, _ in trees}
    with Xvfb() as x:
        watch = WindowWatch(x.display)
        try:
            for name, tree in trees:  # warm-up: bytecode, fonts, page cache, icons
                launch(path, watch, x.display, caches[name], tree)
            for turn in range(runs):
                for name, tree in (trees if turn % 2 == 0 else trees[::-1]):
                    launched[name].append(launch(path, watch, x.display, caches[name], tree))
        finally:
            watch.close()
        for turn in range(beats):
            for name, tree in (trees if turn % 2 == 0 else trees[::-1]):
                opened[name].append(heartbeat(path, x.display, caches[name], tree))
    return launched, opened


def main() -> int:
    args = arguments()
    if args.launch_child:
        launch_child(float(args.launch_child[0]), args.launch_child[1])
        return 0
    if args.heartbeat_child:
        heartbeat_child(args.heartbeat_child)
        return 0
    warm_bytecode()
    trees = source_trees(args.compare)
    folder = Path(tempfile.mkdtemp(prefix="mk-kit-zip-"))
    try:
        path = args.kit or folder / KIT_NAME
        if args.kit is None:
            facts = make_kit(path, args.photos)
            print(f"{path.name}: {facts['mb']:.1f} MB, {facts['files']} files ({facts['photos']} images)")
        if args.keep:
            shutil.copy(path, args.keep)
        caches = {name: (folder / f"cache-{name}" if args.cache == "new" else None) for name, _ in trees}
        print(f"cache: {args.cache}; trees: {', '.join(f'{name} = {tree}' for name, tree in trees)}; "
              f"load average before: {os.getloadavg()[0]:.2f}")
        launched, opened = measure(path, trees, caches, args.runs, args.beats)
        for name, tree in trees:
            report(f"{name} ({tree}): launch, ms since Popen; the Assets tab clicked when the panels are filled",
                   launched[name])
            report(f"{name}: opened in a running window, ms since open_path; the Assets tab clicked as at launch",
                   [dict(b, visible_ms=None) for b in opened[name]])
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
