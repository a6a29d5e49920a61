"""The core's share of MediaKit's start: importing it and parsing the seed, in fresh interpreters.

Usage: python benchmarks/bench_core_share.py [--runs 7]

Each run is a new ``python`` (bytecode caches on, warmed once) that times, in this order:
``import mediakit.core.analyse``, the first ``default_release()`` (which also pays for the
modules the core imports lazily and its first regex compilations) and a second one (the
parse alone). Medians are printed, then the modules the core brings in at import and during
the first parse, ranked by their own import time (``-X importtime``, median of the runs), so
the hot spots can be fixed where they are.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, child_env, warm_bytecode  # noqa: E402

PROBE = r"""
import json, sys, time
before = set(sys.modules)
t0 = time.perf_counter()
import mediakit.core.analyse as analyse
t1 = time.perf_counter()
at_import = set(sys.modules) - before
analyse.default_release()
t2 = time.perf_counter()
in_parse = set(sys.modules) - before - at_import
analyse.default_release()
t3 = time.perf_counter()
print(json.dumps({"import_ms": (t1 - t0) * 1000, "first_parse_ms": (t2 - t1) * 1000,
                  "second_parse_ms": (t3 - t2) * 1000, "lazy_modules": sorted(in_parse)}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    warm_bytecode()
    env = child_env()
    runs, own = [], defaultdict(list)
    for _ in range(args.runs):
        out = subprocess.run([PYTHON, "-X", "importtime", "-c", PROBE], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
        for line in out.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
            if m:
                own[m.group(4)].append(int(m.group(1)) / 1000)
    plain = []  # the same without -X importtime, whose bookkeeping inflates the times
    for _ in range(args.runs):
        out = subprocess.run([PYTHON, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        plain.append(json.loads(out.stdout))
    med = {k: statistics.median(r[k] for r in plain) for k in ("import_ms", "first_parse_ms", "second_parse_ms")}
    print(f"core import {med['import_ms']:.0f} ms + first parse of the seed {med['first_parse_ms']:.0f} ms "
          f"= {med['import_ms'] + med['first_parse_ms']:.0f} ms on the start path "
          f"(a second parse takes {med['second_parse_ms']:.0f} ms); medians of {args.runs} fresh interpreters")
    print("modules imported lazily during the first parse:", ", ".join(
        m for m in runs[0]["lazy_modules"] if "." not in m) or "none")
    ranked = sorted(((statistics.median(v), k) for k, v in own.items()), reverse=True)[:args.top]
    print("\nslowest modules by own import time (-X importtime, medians; inflated by its bookkeeping):")
    for ms, name in ranked:
        print(f"  {ms:6.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
