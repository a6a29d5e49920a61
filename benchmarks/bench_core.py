"""Parse+extract time of the core on the default release and on N× concatenations of it.

Usage: python benchmarks/bench_core.py [--sizes 1,10,100,1000] [--repeat 5]
Prints the median time per size, the time per copy and the ratio to the seed. The import
time of the core is measured apart (once, in a fresh interpreter) so the figures are
"after import", as the issue asks.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def import_time() -> float:
    code = ("import time; t=time.perf_counter(); import mediakit.core.analyse; "
            "print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,10,100,1000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from mediakit.core.analyse import default_release_text, parse_release

    seed = default_release_text()
    parse_release(seed)  # warm caches (regex compilation, lazy imports)
    print(f"core import: {import_time() * 1000:.0f} ms (fresh interpreter)")
    print(f"{'copies':>7} {'size':>9} {'median':>10} {'per copy':>10} {'vs seed':>8}")
    base = None
    for copies in (int(s) for s in args.sizes.split(",")):
        text = "\n\n".join([seed] * copies)
        repeat = args.repeat if copies <= 100 else max(1, args.repeat // 3)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            parse_release(text)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        base = base or median
        print(f"{copies:>7} {len(text.encode()) / 1e6:>8.2f}M {median * 1000:>8.1f}ms "
              f"{median / copies * 1000:>8.2f}ms {median / base:>7.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
