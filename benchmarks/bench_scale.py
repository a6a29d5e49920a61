"""Scale: the core's parse+extract time on N× the seed, and the event loop while the window opens a big file.

Usage: python benchmarks/bench_scale.py [--sizes 1,10,100,1000] [--repeat 5] [--open 100] [--skip-core]

1. Parse+extract: runs ``benchmarks/bench_core.py`` (bytecode caches on) on the seed and on
   10×, 100× and 1,000× concatenations of it, then checks linearity: the 100× run must take
   at most 100× the seed's time plus a constant (taken as the seed's own time, i.e. the check
   is t(100×) <= 101 × t(1×)), and t(1000×) is compared with 10 × t(100×).
2. Event loop: in the real window on a private Xvfb, a 10 ms ``QTimer`` heartbeat runs while
   the window opens the ``--open``× file through its real open path (``MainWindow.open_path``,
   which reads files over 1 MB on the loader's worker thread). The longest gap between two
   beats, from the call until two seconds after the release is on screen, is how long the
   event loop was blocked at worst (target: under 100 ms). Done for the plain concatenation
   (the core drops the paragraphs printed twice, so it renders about 7× the seed) and for
   "distinct" copies (each paragraph tagged with its copy number, so nothing is dropped and
   the whole file is rendered).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, SEED, Xvfb, child_env, scratch_dir, warm_bytecode  # noqa: E402

SETTLE_S = 2.0
TICK_MS = 10


def concatenation(copies: int, distinct: bool = False) -> str:
    seed = SEED.read_text(encoding="utf-8")
    if not distinct:
        return "\n\n".join([seed] * copies)
    parts = []
    for i in range(copies):
        # a tag at the end of every paragraph line makes each copy's paragraphs its own
        parts.append(re.sub(r"(?m)^(?![#>*\-|\s])(.+\S)[ \t]*$", rf"\1 [{i + 1}]", seed))
    return "\n\n".join(parts)


# --- 1. the core ----------------------------------------------------------------------------------
def core_scale(sizes: str, repeat: int) -> dict:
    out = subprocess.run([PYTHON, str(ROOT / "benchmarks" / "bench_core.py"), "--sizes", sizes,
                          "--repeat", str(repeat)], cwd=ROOT, env=child_env(), capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    print(out.stdout, end="")
    times = {int(m.group(1)): float(m.group(2)) for m in
             re.finditer(r"^\s*(\d+)\s+[\d.]+M\s+([\d.]+)ms", out.stdout, re.M)}
    result = {"ms": times}
    if 1 in times and 100 in times:
        result["100x_over_100_seeds"] = times[100] / (100 * times[1])
        result["linear_100x"] = times[100] <= 101 * times[1]
        print(f"100x: {times[100]:.0f} ms = {result['100x_over_100_seeds']:.2f} x (100 x seed's "
              f"{times[1]:.1f} ms): {'linear' if result['linear_100x'] else 'NOT linear'} "
              f"(limit 101 x seed = {101 * times[1]:.0f} ms)")
    if 100 in times and 1000 in times:
        result["1000x_over_10_100x"] = times[1000] / (10 * times[100])
        print(f"1000x: {times[1000]:.0f} ms = {result['1000x_over_10_100x']:.2f} x (10 x the 100x time)")
    return result


# --- 2. the event loop while a big file opens -------------------------------------------------------
def heartbeat_child(path: str) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from mediakit.gui.app import ensure_app, finish_start_up, install_crash_handler, start_window

    _app = ensure_app()  # kept: the window needs its application
    install_crash_handler()
    window = start_window(None)
    QTest.qWaitForWindowExposed(window)
    finish_start_up(window)
    QTest.qWait(500)

    clock = QElapsedTimer()
    clock.start()
    beats: list[int] = []
    marks: dict[str, float] = {}
    heart = QTimer()
    heart.setTimerType(heart.timerType().PreciseTimer)
    heart.setInterval(TICK_MS)
    heart.timeout.connect(lambda: beats.append(clock.nsecsElapsed()))
    heart.start()
    QTest.qWait(200)  # a few beats before the open

    def shown(_release, _path):
        marks["loaded_ms"] = clock.nsecsElapsed() / 1e6
        QTimer.singleShot(0, lambda: marks.setdefault("shown_ms", clock.nsecsElapsed() / 1e6))

    window.loader.loaded.connect(shown)  # connected after the window's own slot: runs once it has shown the release
    window.loader.failed.connect(lambda p, m: marks.setdefault("failed", m))
    marks["open_ms"] = clock.nsecsElapsed() / 1e6
    window.open_path(path)
    marks["open_returned_ms"] = clock.nsecsElapsed() / 1e6
    deadline = time.perf_counter() + 120
    while "shown_ms" not in marks and "failed" not in marks and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)
    QTest.qWait(int(SETTLE_S * 1000))
    heart.stop()
    start_ns = marks["open_ms"] * 1e6 - TICK_MS * 1e6  # the beat before the call counts too
    ticks = [b for b in beats if b >= start_ns]
    gaps = [(b - a) / 1e6 for a, b in zip(ticks, ticks[1:])]
    worst = max(range(len(gaps)), key=gaps.__getitem__) if gaps else -1
    top = sorted(range(len(gaps)), key=gaps.__getitem__, reverse=True)[:5]
    marks["top_gaps"] = [(round(gaps[i]), round(ticks[i] / 1e6 - marks["open_ms"])) for i in top]
    marks.update(max_gap_ms=max(gaps) if gaps else float("nan"),
                 worst_gap_at_ms=ticks[worst] / 1e6 - marks["open_ms"] if gaps else float("nan"),
                 gaps_over_100=sum(g > 100 for g in gaps), gaps_over_50=sum(g > 50 for g in gaps), beats=len(gaps),
                 blocks=len(window.release.blocks) if window.release else 0,
                 characters=window.reader.document().characterCount(),
                 sections=len(window.release.all_sections()) if window.release else 0)
    print(json.dumps(marks))
    window.close()


def heartbeat(copies: int, distinct: bool, display: str) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="mk-scale-"))
    path = folder / f"seed-x{copies}{'-distinct' if distinct else ''}.md"
    path.write_text(concatenation(copies, distinct), encoding="utf-8")
    scratch = scratch_dir("mk-scale-home-")
    out = subprocess.run([PYTHON, __file__, "--heartbeat-child", str(path)], cwd=ROOT,
                         env=child_env(scratch, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
                         capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["file_mb"] = path.stat().st_size / 1e6
    path.unlink()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100,1000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--open", type=int, default=100, help="copies in the file opened in the window")
    parser.add_argument("--skip-core", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--heartbeat-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.heartbeat_child:
        heartbeat_child(args.heartbeat_child)
        return 0
    warm_bytecode()
    results: dict = {}
    if not args.skip_core:
        results["core"] = core_scale(args.sizes, args.repeat)
    print(f"\nOpening a {args.open}x file in the window (10 ms heartbeat, worst gap until {SETTLE_S:.0f} s after "
          "it is shown):")
    with Xvfb() as x:
        for distinct in (False, True):
            r = heartbeat(args.open, distinct, x.display)
            label = f"{args.open}x{' distinct' if distinct else ''}"
            results[label] = r
            print(f"{label:>14}: {r['file_mb']:.2f} MB, {r['blocks']} blocks, {r['characters']:,} characters shown, "
                  f"{r['sections']} sections; on screen {r.get('shown_ms', float('nan')) - r['open_ms']:.0f} ms after "
                  f"open; worst gap {r['max_gap_ms']:.0f} ms (at +{r['worst_gap_at_ms']:.0f} ms), "
                  f"gaps > 50 ms: {r['gaps_over_50']}, > 100 ms: {r['gaps_over_100']} of {r['beats']}")
            print(f"{'':>16}read and shown at +{r['loaded_ms'] - r['open_ms']:.0f} ms; longest gaps (ms, starting at +ms): "
                  f"{r['top_gaps']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
