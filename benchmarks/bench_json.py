"""``mediakit --json`` on the seed in a new process, against ``python -c "import markdown, phonenumbers"``.

Usage: python benchmarks/bench_json.py [--runs 15] [--file RELEASE] [--venv DIR]

The two commands take turns (A B, B A, ...) after one unmeasured warm-up each, with bytecode
caches on and stdout to /dev/null; the figure is the median of the per-pair ratios (target:
at most 2×). ``--json`` never reads the cache of analysed releases, so every run is cold.
``--venv DIR`` times an environment MediaKit was installed into from its wheel (``pip install .``):
its interpreter for the baseline and ``-m mediakit``, and its ``mediakit`` command, as users run
it. The project's own ``.venv`` is an editable install, whose finder every start imports (pathlib
and more), which makes the baseline slower there than in a user's environment.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, SEED, child_env, median, scratch_dir, warm_bytecode  # noqa: E402

IMPORTS = ("imports", [PYTHON, "-c", "import markdown, phonenumbers"])


def timed(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--file", type=Path, default=SEED)
    parser.add_argument("--compare", type=Path, default=None, metavar="DIR",
                        help="also time --json of the source tree in DIR (as 'before')")
    parser.add_argument("--venv", type=Path, default=None, metavar="DIR",
                        help="time MediaKit as installed from its wheel into the environment DIR")
    args = parser.parse_args()
    python = str(args.venv / "bin" / "python") if args.venv else PYTHON
    warm_bytecode()
    programs = [("imports", [python, *IMPORTS[1][1:]]), ("--json", [python, "-m", "mediakit", "--json", str(args.file)])]
    if args.venv:
        programs.append(("command", [str(args.venv / "bin" / "mediakit"), "--json", str(args.file)]))
    if args.compare:
        code = (f"import sys, runpy; sys.path.insert(0, {str(args.compare.resolve())!r}); "
                f"sys.argv[1:] = ['--json', {str(args.file)!r}]; runpy.run_module('mediakit', run_name='__main__')")
        programs.append(("before", [python, "-c", code]))
    # Each program its own cache folder: two trees sharing one would each overwrite the other's
    # kept patterns and classes (regexcache keeps the patterns its run used) and compile again.
    envs = {name: child_env(scratch_dir("mk-json-")) for name, _ in programs}
    cwd = scratch_dir("mk-json-cwd-") if args.venv else ROOT  # not the source tree, which -m would import
    for name, command in programs:  # warm-up; for --json it also keeps the compiled patterns
        timed(command, envs[name], cwd)
    times: dict[str, list[float]] = {name: [] for name, _ in programs}
    for i in range(args.runs):
        turn = i % len(programs)
        for name, command in programs[turn:] + programs[:turn]:
            times[name].append(timed(command, envs[name], cwd))
    print(f"{args.runs} runs each, alternated, {args.file.name}; load average {os.getloadavg()[0]:.2f}:")
    print(f"  python -c 'import markdown, phonenumbers': median {median(times['imports']):.1f} ms"
          + (f" ({args.venv}, installed from the wheel)" if args.venv else ""))
    for name, _ in programs[1:]:
        ratios = [b / a for a, b in zip(times["imports"], times[name], strict=True)]
        shown = "mediakit --json" if name == "command" else "python -m mediakit --json"
        print(f"  {name:8} {shown}: median {median(times[name]):.1f} ms, ratio (median of "
              f"per-pair ratios) {median(ratios):.2f}x (of medians {median(times[name]) / median(times['imports']):.2f}x;"
              f" target <= 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
