"""Find as you type: time from a keystroke in the find bar to every match highlighted.

Usage: python benchmarks/bench_find.py [--copies 1,100,100d] [--child]

``100d`` is 100 "distinct" copies (see ``bench_scale.concatenation``): the core drops the
paragraphs a plain concatenation repeats, so only these make the window search a document
100 times the seed's.

Drives the real window offscreen (``QT_QPA_PLATFORM=offscreen``, settings in a scratch
folder): the release is shown, Ctrl+F's find bar is opened, and each query is typed one key
at a time with ``QTest.keyClick``. For every keystroke it times
- "highlight": the key event sent until it returns, i.e. the field changed, the release was
  searched and every match is set as an extra selection on the reader (the find bar does
  this synchronously on ``textChanged``);
- "+ paint": the same plus a synchronous repaint of the reader's viewport with them.
The field is cleared (untimed) between queries. Each release is shown and its layout finished
(untimed) before typing: Qt lays a big document out in steps from the event loop, and a search
that scrolls far into a document not yet laid out would time that layout instead. Bytecode
caches are on in the child.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, child_env, scratch_dir, warm_bytecode  # noqa: E402

QUERIES = ("cyberport", "AI", "3000", "HK$46.2 billion", "artificial intelligence", "qzxj")


def child(copies_list: list[str]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="mk-find-"))
    from mediakit.core.analyse import parse_release
    from mediakit.gui.app import ensure_app, finish_start_up
    from mediakit.gui.main_window import MainWindow

    _app = ensure_app()  # kept: the window needs its application
    window = MainWindow()
    window.show_default_release()
    window.show()
    QTest.qWaitForWindowExposed(window)
    finish_start_up(window)
    from bench_scale import concatenation

    results = {}
    for copies in copies_list:
        text = concatenation(int(copies.rstrip("d")), copies.endswith("d"))
        window.show_release(parse_release(text, name=f"seed-x{copies}.md"), None)
        QTest.qWait(1000)  # Qt lays a big document out in steps from the event loop; a reader types after that
        window.reader.document().documentLayout().documentSize()  # and any of it still to do, untimed
        bar = window.find_bar
        bar.open_bar()
        QApplication.processEvents()
        rows = []
        for query in QUERIES:
            bar.field.clear()
            QApplication.processEvents()
            for ch in query:
                start = time.perf_counter()
                QTest.keyClick(bar.field, ch)
                highlighted = time.perf_counter()
                window.reader.viewport().repaint()
                painted = time.perf_counter()
                rows.append({"query": query, "typed": bar.field.text(), "matches": len(bar.matches),
                             "characters": window.reader.document().characterCount(),
                             "selections": len(window.reader.extraSelections()),
                             "highlight_ms": (highlighted - start) * 1000, "paint_ms": (painted - start) * 1000})
                QApplication.processEvents()
            assert bar.field.text() == query, (bar.field.text(), query)
        results[copies] = rows
        bar.close_bar()
    print(json.dumps(results))
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", default="1,100,100d",
                        help="releases to search: copies of the seed, 'd' for distinct copies (default 1,100,100d)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    copies = args.copies.split(",")
    if args.child:
        child(copies)
        return 0
    warm_bytecode()
    scratch = scratch_dir("mk-find-")
    out = subprocess.run([PYTHON, __file__, "--child", "--copies", args.copies], cwd=ROOT,
                         env=child_env(scratch, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    results = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"{'release':>8} {'query':>24} {'keys':>4} {'matches':>8} {'highlight median/max ms':>24} "
          f"{'+ paint median/max ms':>22}")
    for n, rows in results.items():
        for query in QUERIES:
            mine = [r for r in rows if r["query"] == query]
            h = [r["highlight_ms"] for r in mine]
            p = [r["paint_ms"] for r in mine]
            print(f"{n + 'x':>8} {query:>24} {len(mine):>4} {mine[-1]['matches']:>8} "
                  f"{statistics.median(h):>12.1f} / {max(h):>8.1f} {statistics.median(p):>12.1f} / {max(p):>6.1f}")
        h = [r["highlight_ms"] for r in rows]
        p = [r["paint_ms"] for r in rows]
        most = max(r["selections"] for r in rows)
        print(f"{n + 'x':>8} {'every keystroke':>24} {len(rows):>4} {most:>8} {statistics.median(h):>12.1f} / "
              f"{max(h):>8.1f} {statistics.median(p):>12.1f} / {max(p):>6.1f}   (most selections set: {most}; "
              f"{rows[0]['characters']:,} characters searched)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
