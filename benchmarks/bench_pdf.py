"""A 20-page PDF release never opened before: text visible, panels filled, longest event-loop block.

Usage: python benchmarks/bench_pdf.py [--pages 20] [--runs 5] [--keep FILE]

The PDF is made here from the seed's text (distinct copies, so the core drops no paragraph
as printed twice) with Qt's ``QTextDocument`` and ``QPdfWriter``, A4, 11 pt, until it has
``--pages`` pages. Then, on a private Xvfb, with an empty cache every time:

1. Launch: ``python -m mediakit FILE.pdf``, timed from ``Popen`` by the X server's events
   (``xwatch.py``): the window mapped, its first paint (the window's empty frame: a PDF is
   read in the background) and its last paint larger than a text cursor before three still
   seconds (the loader's progress dialog animates until then): the release shown, text and
   panels at once. Targets: text 1 s, panels 2 s.
2. Opened from a running window (``MainWindow.open_path``, the real loader) with a 10 ms
   heartbeat, as ``bench_scale.py`` does: the longest gap between two beats, from the call
   until two seconds after the release is on screen (target: no block over 100 ms).
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

from common import PYTHON, ROOT, Xvfb, child_env, median, scratch_dir, warm_bytecode  # noqa: E402
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


def launch(path: Path, watch: WindowWatch, display: str) -> dict:
    scratch = scratch_dir("mk-pdf-")
    env = child_env(scratch, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    try:
        start = time.perf_counter()
        with open(scratch / "stderr", "wb") as errors:
            proc = subprocess.Popen([PYTHON, "-m", "mediakit", str(path)], cwd=ROOT, env=env,
                                    stdout=subprocess.DEVNULL, stderr=errors)
        # The loader's progress dialog (a window of the same program) animates until the release
        # is shown: the last paint before 3 s of stillness is the release on screen, panels filled.
        visible, painted, settled = watch.wait_settled(proc.pid, timeout=120, alive=lambda: proc.poll() is None,
                                                       settle=120, quiet=3.0)
        proc.kill()
        proc.wait()
        err = (scratch / "stderr").read_text(errors="replace")
        if visible is None or painted is None:
            raise SystemExit(f"no window appeared\n{err[-2000:]}")
        return {"visible_ms": (visible - start) * 1000, "painted_ms": (painted - start) * 1000,
                "settled_ms": ((settled or painted) - start) * 1000}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def heartbeat(path: Path, display: str) -> dict:
    scratch = scratch_dir("mk-pdf-home-")
    out = subprocess.run([PYTHON, str(ROOT / "benchmarks" / "bench_scale.py"), "--heartbeat-child", str(path)],
                         cwd=ROOT, env=child_env(scratch, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
                         capture_output=True, text=True, timeout=600)
    shutil.rmtree(scratch, ignore_errors=True)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None, help="also copy the PDF made here to this path")
    args = parser.parse_args()
    warm_bytecode()
    folder = Path(tempfile.mkdtemp(prefix="mk-pdf-file-"))
    try:
        path = folder / "release-20-pages.pdf"
        pages = make_pdf(path, args.pages)
        if args.keep:
            shutil.copy(path, args.keep)
        print(f"{path.name}: {pages} pages, {path.stat().st_size / 1024:.0f} KB; "
              f"load average {os.getloadavg()[0]:.2f}")
        with Xvfb() as x:
            watch = WindowWatch(x.display)
            try:
                launch(path, watch, x.display)  # warm-up: bytecode, fonts, page cache
                runs = [launch(path, watch, x.display) for _ in range(args.runs)]
            finally:
                watch.close()
            beat = heartbeat(path, x.display)
        for field, label, target in (("visible_ms", "window mapped", None), ("painted_ms", "first paint", None),
                                     ("settled_ms", "release shown", 2000)):
            values = [r[field] for r in runs]
            met = "" if target is None else f"  target {target} ms: {'met' if median(values) <= target else 'NOT met'}"
            print(f"launch, {label:14}: median {median(values):7.0f} ms of {len(values)} "
                  f"({', '.join(f'{v:.0f}' for v in values)}){met}")
        print(f"opened from a running window: on screen {beat.get('shown_ms', float('nan')) - beat['open_ms']:.0f} ms "
              f"after the call; longest event-loop block {beat['max_gap_ms']:.0f} ms (at +{beat['worst_gap_at_ms']:.0f}"
              f" ms), blocks over 100 ms: {beat['gaps_over_100']}; {beat['characters']:,} characters shown")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
