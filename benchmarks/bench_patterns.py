"""Where the analysis spends its time in regular expressions: each module-level pattern of the core,
its calls and their total time, over the releases given (default: the built-in one).

Usage: python benchmarks/bench_patterns.py [--passes 10] [--top 30] [FILE ...]

Every compiled pattern a ``mediakit`` module holds at module level is wrapped in a proxy that
times its calls (``finditer`` is drained inside the timing); the releases are analysed once to
warm up, then ``--passes`` times. Printed: the time per pass spent in those patterns, then the
dearest patterns with their calls per pass and the longest single call with its input (a pattern
that backtracks on one kind of line shows there). The proxy adds about a microsecond a call, so
the figures are for ranking, not for quoting as the analysis's own time.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time

from mediakit.core.analyse import default_release, load_release


class _Timed:
    """A compiled pattern whose method calls are timed into ``totals`` under ``key``."""

    def __init__(self, pattern: re.Pattern[str], key: str, totals: dict[str, list[float]]) -> None:
        self._pattern, self._key, self._totals = pattern, key, totals

    def __getattr__(self, name: str):
        attribute = getattr(self._pattern, name)
        if not callable(attribute):
            return attribute

        def timed(*args, **kwargs):
            start = time.perf_counter()
            result = attribute(*args, **kwargs)
            if name == "finditer":
                result = iter(list(result))
            took = time.perf_counter() - start
            entry = self._totals[self._key]
            entry[0] += took
            entry[1] += 1
            if took > entry[2]:
                entry[2], entry[3] = took, next((a for a in args if isinstance(a, str)), "")[:60]
            return result

        return timed


def _wrap_patterns(totals: dict[str, list[float]]) -> None:
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("mediakit") or module is None:
            continue
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                setattr(module, name, _Timed(value, f"{module_name}.{name}", totals))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--passes", type=int, default=10)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    import mediakit.core.figures  # noqa: F401 - imported by the first analysis otherwise, after the wrapping
    import mediakit.core.quotes  # noqa: F401

    def analyse_all() -> None:
        for path in args.files:
            load_release(path)
        if not args.files:
            default_release()

    analyse_all()
    totals: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0, 0.0, ""])
    _wrap_patterns(totals)
    for _ in range(args.passes):
        analyse_all()
    spent = sum(entry[0] for entry in totals.values()) / args.passes
    print(f"{spent * 1000:.2f} ms a pass in module-level patterns ({args.passes} passes)")
    print(f"{'ms/pass':>8} {'calls':>6} {'longest':>9}  pattern (longest call's input)")
    for key, (total, calls, longest, sample) in sorted(totals.items(), key=lambda kv: -kv[1][0])[:args.top]:
        print(f"{total / args.passes * 1000:8.3f} {calls // args.passes:6d} {longest * 1e6:7.0f}us  {key}  {sample!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
