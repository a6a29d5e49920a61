"""Start-up time and memory: MediaKit against the bare PySide6 window (or the frozen bundle).

Usage: python benchmarks/bench_startup.py [--runs 7] [--hold 1.0] [--frozen [EXE] | --floor] [--shots DIR]

Each launch runs on a private Xvfb (started here). The clock starts just before ``Popen`` and
stops when the program's window is on screen, seen through the X server's own events
(``xwatch.py``): "visible" is when the window is mapped (what ``xdotool search --sync
--onlyvisible --pid`` waits for; xdotool itself polls every 500 ms, so it only confirms each
launch afterwards), "painted" is when the program first draws into it. The window is kept
``--hold`` seconds after that so deferred start-up work (icons, later tabs) counts towards
the peak RSS, read from /proc/PID/status (VmHWM) just before the program is killed.

The programs take turns (A B, B A, A B, ...; three go A B C, B C A, C A B, ...) after one
unmeasured warm-up launch each; bytecode caches are on in the children
(PYTHONDONTWRITEBYTECODE is removed) and each launch gets fresh, empty settings. MediaKit
remembers the releases it has analysed in the cache folder (XDG_CACHE_HOME): with ``--cache
warm`` (the default, a user's every start but the first) the whole run shares one private
cache folder, filled by the warm-up launch; with ``--cache new`` the folder is shared but its
analysed releases are deleted before every launch (a release never opened before, by a user
whose icons and compiled patterns are cached); with ``--cache cold`` every launch gets an empty
one, as the unfrozen app's first start after installing (the frozen bundle carries the default
release's analysis inside it).

Default pair: A = ``benchmarks/bare_window.py``, B = ``python -m mediakit``; ``--compare DIR``
adds C = MediaKit from another source tree (the code before a change), in turns with both. With
``--frozen``: A = ``python -m mediakit``, B = the onedir bundle (dist/mediakit/mediakit by
default). With ``--floor``, three programs take turns: the bare window,
``benchmarks/floor_window.py`` (MediaKit's first frame built with no MediaKit code, showing
the release converted once before the run, as MediaKit's cache does) and MediaKit, and each
pair is summarised.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, Xvfb, child_env, median, proc_status, scratch_dir, warm_bytecode  # noqa: E402
from xwatch import WindowWatch  # noqa: E402

BARE = ("bare", [PYTHON, str(ROOT / "benchmarks" / "bare_window.py")])
FLOOR_SCRIPT = ROOT / "benchmarks" / "floor_window.py"
MEDIAKIT = ("mediakit", [PYTHON, "-m", "mediakit"])
FROZEN_EXE = ROOT / "dist" / "mediakit" / "mediakit"


@dataclass
class Launch:
    program: str
    visible_ms: float
    painted_ms: float
    settled_ms: float
    rss_visible_mb: float
    peak_mb: float
    child_peak_mb: float
    xdotool_saw_it: bool | None


class ChildPeaks(threading.Thread):
    """The largest peak RSS (VmHWM) of any child of ``pid`` while it runs, polled every 5 ms.

    MediaKit may open its release in a child process (``core.prefetch``); that memory is
    the launch's too, so it is reported beside the window process's own."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        path = f"/proc/{self.pid}/task/{self.pid}/children"
        while not self.done.wait(0.005):
            try:
                with open(path, encoding="ascii") as handle:
                    children = [int(c) for c in handle.read().split()]
            except OSError:
                return
            for child in children:
                self.peak_kb = max(self.peak_kb, proc_status(child).get("VmHWM", 0))

    def stop(self) -> float:
        self.done.set()
        self.join(1)
        return self.peak_kb / 1024


def launch(name: str, command: list[str], watch: WindowWatch, display: str, hold: float, cache: Path | None,
           shots: Path | None = None, forget_releases: bool = False) -> Launch:
    """One launch; ``cache`` is the XDG_CACHE_HOME to share, None for a fresh empty one."""
    scratch = scratch_dir("mk-bench-")
    env = child_env(scratch, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                    XDG_CACHE_HOME=str(cache if cache is not None else scratch / "cache"))
    if cache is not None and forget_releases:
        for releases in cache.glob("*/*/releases"):  # a release never opened before; icons and patterns kept
            shutil.rmtree(releases, ignore_errors=True)
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        children = ChildPeaks(proc.pid)
        children.start()
        at_visible: dict[str, int] = {}
        visible, painted, settled = watch.wait_settled(proc.pid, timeout=60, alive=lambda: proc.poll() is None,
                                                       settle=hold,
                                                       on_visible=lambda: at_visible.update(proc_status(proc.pid)))
        if visible is None or painted is None:
            proc.kill()
            err = proc.communicate()[1].decode(errors="replace")
            raise SystemExit(f"{name}: no window appeared (exit {proc.returncode})\n{err[-2000:]}")
        found = xdotool_confirms(proc.pid, env)
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            subprocess.run(["import", "-display", display, "-window", "root", str(shots / f"{name}.png")],
                           check=False, capture_output=True)
        late = proc_status(proc.pid)
        child_peak = children.stop()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return Launch(name, (visible - start) * 1000, (painted - start) * 1000, ((settled or painted) - start) * 1000,
                      at_visible.get("VmRSS", 0) / 1024, late.get("VmHWM", 0) / 1024, child_peak, found)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def xdotool_confirms(pid: int, env: dict[str, str]) -> bool | None:
    """Whether ``xdotool search --onlyvisible --pid`` sees the window (None: no xdotool here)."""
    if not shutil.which("xdotool"):
        return None
    return bool(subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                               env=env, capture_output=True, text=True).stdout.split())


def summary(a: str, b: str, launches: list[Launch]) -> dict:
    def values(program: str, field: str) -> list[float]:
        return [getattr(x, field) for x in launches if x.program == program]

    out: dict = {"a": a, "b": b, "runs": len(values(a, "visible_ms"))}
    for field in ("visible_ms", "painted_ms", "settled_ms", "rss_visible_mb", "peak_mb", "child_peak_mb"):
        va, vb = values(a, field), values(b, field)
        ratios = [y / x for x, y in zip(va, vb) if x]  # launches alternate, so pair i is (a_i, b_i)
        out[field] = {a: median(va), b: median(vb), "median_ratio": median(ratios),
                      "ratio_of_medians": median(vb) / median(va) if median(va) else float("nan")}
    seen = [x.xdotool_saw_it for x in launches]
    out["xdotool_confirmed"] = None if None in seen else all(seen)
    return out


def print_summary(s: dict) -> None:
    a, b = s["a"], s["b"]
    print(f"\n{s['runs']} launches each, alternated; medians (median of the per-pair ratios {b}/{a}):")
    print(f"{'':26} {a:>12} {b:>12} {'ratio':>8} {'(of medians)':>13}")
    labels = {"visible_ms": "visible (mapped), ms", "painted_ms": "first paint, ms",
              "settled_ms": "settled (last paint), ms", "rss_visible_mb": "RSS at visible, MB",
              "peak_mb": "peak RSS (VmHWM), MB", "child_peak_mb": "a child's peak RSS, MB"}
    for field, label in labels.items():
        row = s[field]
        if field == "child_peak_mb" and not (row[a] or row[b]):
            continue
        if not (row[a] and row[b]):  # a child on one side only: no ratio
            print(f"{label:26} {row[a]:12.1f} {row[b]:12.1f} {'-':>8} {'-':>13}")
            continue
        print(f"{label:26} {row[a]:12.1f} {row[b]:12.1f} {row['median_ratio']:7.2f}x {row['ratio_of_medians']:12.2f}x")
    print(f"xdotool search --onlyvisible --pid found every window: {s['xdotool_confirmed']}")


def chosen_programs(args: argparse.Namespace, run_folder: Path) -> list[tuple[str, list[str]]]:
    if args.frozen:
        exe = Path(args.frozen)
        if not exe.is_file():
            raise SystemExit(f"{exe} not found: build it with .venv/bin/pyinstaller packaging/mediakit.spec")
        return [MEDIAKIT, ("frozen", [str(exe)])]
    if args.floor:
        import markdown

        converted = run_folder / "release.html"
        text = (ROOT / "mediakit" / "resources" / "default_release.md").read_text(encoding="utf-8")
        converted.write_text(markdown.markdown(text), encoding="utf-8")
        return [BARE, ("floor", [PYTHON, str(FLOOR_SCRIPT), str(converted)]), MEDIAKIT]
    programs = [BARE, MEDIAKIT]
    if args.compare:
        programs.append(compared(Path(args.compare)))
    return programs


def compared(folder: Path) -> tuple[str, list[str]]:
    """MediaKit from another source tree (e.g. ``git archive BASE | tar -x -C DIR``): before/after."""
    if not (folder / "mediakit" / "__main__.py").is_file():
        raise SystemExit(f"{folder}: no mediakit/__main__.py there")
    code = f"import sys, runpy; sys.path.insert(0, {str(folder.resolve())!r}); runpy.run_module('mediakit', run_name='__main__')"
    return "before", [PYTHON, "-c", code]


def own(shared_cache: Path | None, name: str) -> Path | None:
    """Each program's own cache folder in a warm run: two source trees' analyses never mix."""
    return shared_cache / name if shared_cache is not None else None


def launch_in_turns(programs: list[tuple[str, list[str]]], args: argparse.Namespace,
                    shared_cache: Path | None) -> list[Launch]:
    """One unmeasured warm-up launch of each program, then ``args.runs`` measured rounds."""
    warm_bytecode()
    print("load average before: {:.2f} {:.2f} {:.2f} (other work on the machine skews every figure)".format(*os.getloadavg()))
    print(f"MediaKit's cache of analysed releases: {args.cache}")
    if shared_cache is not None:
        shared_cache.mkdir()
    launches: list[Launch] = []
    with Xvfb() as x:
        watch = WindowWatch(x.display)
        try:
            for name, command in programs:  # warm-up (fonts, page cache, bytecode): not counted
                launch(name, command, watch, x.display, 0.2, own(shared_cache, name))
            for i in range(args.runs):
                turn = i % len(programs)  # each program goes first in turn: A B, B A, ... or A B C, B C A, ...
                for name, command in programs[turn:] + programs[:turn]:
                    shots = args.shots if i == 0 else None
                    one = launch(name, command, watch, x.display, args.hold, own(shared_cache, name), shots,
                                 forget_releases=args.cache == "new")
                    launches.append(one)
                    print(f"run {i + 1:2} {one.program:9} visible {one.visible_ms:7.1f} ms  painted "
                          f"{one.painted_ms:7.1f} ms  RSS at visible {one.rss_visible_mb:6.1f} MB  "
                          f"peak {one.peak_mb:6.1f} MB", flush=True)
        finally:
            watch.close()
    return launches


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured launches of each program (default 7)")
    parser.add_argument("--hold", type=float, default=1.0, help="seconds to keep each window after its first paint")
    parser.add_argument("--frozen", nargs="?", const=str(FROZEN_EXE), default=None, metavar="EXE",
                        help="compare the frozen bundle with the unfrozen app instead")
    parser.add_argument("--floor", action="store_true",
                        help="also time floor_window.py, MediaKit's first frame with no MediaKit code")
    parser.add_argument("--compare", type=Path, default=None, metavar="DIR",
                        help="also time MediaKit from the source tree in DIR (as 'before')")
    parser.add_argument("--shots", type=Path, default=None, help="save a screenshot of each program here")
    parser.add_argument("--json", type=Path, default=None, help="write every launch and the summary here")
    parser.add_argument("--cache", choices=("warm", "new", "cold"), default="warm",
                        help="MediaKit's cache folder: shared by the run (warm, default); shared but without "
                             "any analysed release at each launch (new: a release never opened before, by a "
                             "user who has started MediaKit before); or empty at every launch (cold: the first "
                             "start after installing)")
    args = parser.parse_args()

    run_folder = scratch_dir("mk-bench-run-")  # the shared cache and the floor's converted release
    try:
        programs = chosen_programs(args, run_folder)
        launches = launch_in_turns(programs, args, run_folder / "cache" if args.cache != "cold" else None)
    finally:
        shutil.rmtree(run_folder, ignore_errors=True)
    summaries = [summary(a, b, launches) for a, b in combinations([name for name, _ in programs], 2)]
    for s in summaries:
        s["cache"] = args.cache
        print_summary(s)
    load_after = os.getloadavg()
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*load_after))
    if args.json:
        record = {"summary": summaries[0] if len(summaries) == 1 else summaries,
                  "load_average_after": load_after, "launches": [asdict(x) for x in launches]}
        args.json.write_text(json.dumps(record, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
