"""A 30 MB zip media kit never opened before: text visible, panels filled, longest event-loop block.

Usage: python benchmarks/bench_kit.py [--runs 5] [--beats 3] [--photos 22] [--cache new|cold] [--compare DIR]
       [--keep FILE] [--kit ZIP]

The kit is made here, in words of its own (no sample release): a Markdown release, a PDF
fact sheet (``QTextDocument`` + ``QPdfWriter``), a Word backgrounder (python-docx), JPEG
photos of 0.5–2 MB (``QImage``, 2400–3600 px, with EXIF, XMP and IPTC captions and
credits written into their headers) and PNG logos (``tEXt`` captions), zipped to about
30 MB. Then, on a private Xvfb, with an empty cache every time:

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

from common import PYTHON, ROOT, Xvfb, child_env, median, proc_status, scratch_dir, warm_bytecode  # noqa: E402
from xwatch import WindowWatch  # noqa: E402

TICK_MS = 10
HOLD_S = 2.0
KIT_NAME = "tarnwick-lamp-museum-kit.zip"

# --- the kit ------------------------------------------------------------------------------------------
PLACES = ("the east gallery", "the furnace hall", "the old packing shed", "the river terrace", "the mezzanine",
          "the reading room", "the courtyard", "the lamp store", "the workshop", "the north stair")
THINGS = ("oil lamps", "railway lanterns", "street lamps", "miners' lamps", "ship's lights", "desk lamps",
          "gas mantles", "signal lamps", "candle lanterns", "glass shades")


def release_text() -> str:
    """A press release of about 1,400 words: headline, dateline, sections, figures, quotes, contacts."""
    parts = ["# Tarnwick Glassworks Opens a Museum of Lamps in Its Old Furnace Hall", "",
             "*Four hundred lamps made in the town since 1790 go on show from 14 March*", "",
             "TARNWICK, 2 February 2031 – The Tarnwick Glassworks Trust will open the Museum of Lamps on "
             "14 March 2031 in the furnace hall the works closed in 1968. The museum shows 412 lamps, "
             "lanterns and shades made in the town, restored over six years by 38 volunteers, and a working "
             "furnace where visitors can watch glass blown every afternoon.", ""]
    for number in range(1, 9):
        place, thing = PLACES[number % len(PLACES)], THINGS[number % len(THINGS)]
        parts += [f"## {thing.capitalize()} in {place}", ""]
        parts += [f"In {place} the museum sets out {20 + 7 * number} {thing} in the order they were made, from "
                  f"hand-blown globes of the {1790 + 20 * number}s to pressed glass of the {1880 + 10 * number}s. "
                  f"Each case says who made the piece, what it cost when new and where it was found: "
                  f"{number + 2} came back from collectors abroad, {3 * number} from cellars in the town. "
                  f"The restoration of this room took {number + 5} months and cost £{18 + number * 4},000, "
                  f"paid for by {number * 11} donors and a grant of £{40 + number * 5},000.", "",
                  f"Visitors can handle copies of {number + 3} of the {thing}, made in the furnace hall by the "
                  f"trust's two glassblowers, and light one of them in a dark booth to see how far it "
                  f"throws its light. A guide leads a tour of {place} at {10 + number % 5} o'clock every "
                  f"weekday; groups of more than {8 + number} people book ahead.", ""]
        if number % 3 == 1:
            parts += [f"“We found {thing} in barns, in chapels and in a boat shed on the estuary,” said "
                      f"Hester Quayle, the trust's curator. “Putting them back in the hall where most of them "
                      f"were made is the best thing we could do with them.”", ""]
        if number % 3 == 2:
            parts += [f"“Every lamp here was lit by someone who worked a twelve-hour shift,” said Amos Brindle, "
                      f"who blew glass at the works until it closed. “I am glad the {thing} get a room of their "
                      f"own at last.”", ""]
    parts += ["## Opening times and tickets", "",
              "The museum opens Tuesday to Sunday from 10:00 to 17:00. Tickets cost £9 for adults and £4 "
              "for children; members of the trust and residents of the town go free on the first Sunday of "
              "every month. The furnace shows run at 14:00 and 15:30.", "",
              "## About the Tarnwick Glassworks Trust", "",
              "The Tarnwick Glassworks Trust is a charity founded in 2019 to keep the town's glassworks "
              "buildings and the lamps made in them. It has 1,250 members and runs the works' shop, café "
              "and archive.", "",
              "## Media contacts", "",
              "Wren Ashdown, press officer  ", "Tarnwick Glassworks Trust  ", "press@tarnwick-glass.example  ",
              "+44 1632 960 481", ""]
    return "\n".join(parts)


def make_kit_files(folder: Path, photos: int) -> None:
    """Write the kit's files into ``folder`` (needs Qt: run in a child)."""
    import io
    import random
    import struct

    import docx
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
    from PySide6.QtGui import (
        QFont,
        QGuiApplication,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QImage and fonts need it
    rnd = random.Random(16)

    def picture(width: int, height: int, grain: float) -> QImage:
        small = QImage(bytes(rnd.getrandbits(8) for _ in range(48 * 32 * 3)), 48, 32, 48 * 3,
                       QImage.Format.Format_RGB888).copy()
        image = small.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation).convertToFormat(QImage.Format.Format_RGB32)
        noise = QImage(rnd.randbytes(width // 2 * (height // 2) * 3), width // 2, height // 2, width // 2 * 3,
                       QImage.Format.Format_RGB888).copy()
        painter = QPainter(image)
        painter.setOpacity(grain)
        painter.drawImage(image.rect(), noise)
        painter.end()
        return image

    def encoded(image: QImage, fmt: str, quality: int = -1) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, fmt, quality)
        return bytes(data)

    def segment(marker: int, body: bytes) -> bytes:
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(body) + 2) + body

    def exif(description: str, artist: str) -> bytes:
        strings = [(0x010E, description.encode() + b"\0"), (0x013B, artist.encode() + b"\0")]
        entries, extra, offset = b"", b"", 8 + 2 + 12 * (len(strings) + 1) + 4
        for tag, raw in strings:
            entries += struct.pack("<HHII", tag, 2, len(raw), offset + len(extra))
            extra += raw
        entries += struct.pack("<HHIHH", 0x0112, 3, 1, 1, 0)  # orientation: upright
        tiff = b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", len(strings) + 1) + entries + b"\0\0\0\0" + extra
        return segment(0xE1, b"Exif\0\0" + tiff)

    def xmp(description: str, credit: str) -> bytes:
        packet = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
                  'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
                  f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{description}</rdf:li></rdf:Alt>'
                  f'</dc:description><photoshop:Credit>{credit}</photoshop:Credit>'
                  '</rdf:Description></rdf:RDF></x:xmpmeta>')
        return segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0" + packet.encode())

    def iptc(caption: str, byline: str) -> bytes:
        def dataset(number: int, value: str) -> bytes:
            raw = value.encode()
            return b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(raw)) + raw

        record = dataset(120, caption) + dataset(80, byline)
        return segment(0xED, b"Photoshop 3.0\0" + b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(record)) + record)

    (folder / "photos").mkdir(parents=True)
    (folder / "logos").mkdir()
    for index in range(photos):
        width = rnd.choice((2400, 3000, 3600))
        height = width * 2 // 3 if index % 4 else width * 4 // 3  # every fourth one upright
        data = encoded(picture(width, height, rnd.uniform(0.03, 0.15)), "JPEG", 85)
        thing, place = THINGS[index % len(THINGS)], PLACES[(index * 3) % len(PLACES)]
        caption = f"{thing.capitalize()} in {place} of the Museum of Lamps, photographed before the opening"
        credit = f"Photo: Ivo Marchbank for the Tarnwick Glassworks Trust ({index + 1})"
        header = (exif(caption, "Ivo Marchbank") + xmp(caption, credit) if index % 3 else iptc(caption, credit))
        jfif_end = 4 + struct.unpack(">H", data[4:6])[0] if data[2:4] == b"\xff\xe0" else 2
        (folder / "photos" / f"museum-of-lamps-{index + 1:02d}.jpg").write_bytes(
            data[:jfif_end] + header + data[jfif_end:])
    for index, (width, height) in enumerate(((1600, 800), (1200, 1200), (2000, 600))):
        image = picture(width, height, 0.03)
        image.setText("Description", f"Logo of the Tarnwick Glassworks Trust, version {index + 1}")
        image.setText("Author", "Tarnwick Glassworks Trust")
        (folder / "logos" / f"trust-logo-{index + 1}.png").write_bytes(encoded(image, "PNG"))
    (folder / "press-release.md").write_text(release_text(), encoding="utf-8")
    sheet = QTextDocument()
    sheet.setDefaultFont(QFont("DejaVu Sans", 11))
    sheet.setMarkdown("# Museum of Lamps: facts\n\n" + "\n".join(
        f"- {THINGS[i % len(THINGS)].capitalize()}: {30 + i} pieces in {PLACES[i % len(PLACES)]}" for i in range(40)))
    writer = QPdfWriter(str(folder / "fact-sheet.pdf"))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15)))
    sheet.print_(writer)
    document = docx.Document()
    document.add_heading("Backgrounder: two hundred years of glass in Tarnwick", level=1)
    for i in range(30):
        document.add_paragraph(f"In {1790 + 7 * i} the works made {THINGS[i % len(THINGS)]} for "
                               f"{PLACES[i % len(PLACES)]} of a house in the high street, and {i + 4} more for the "
                               "harbour, whose ledgers the trust keeps in its archive.")
    out = io.BytesIO()
    document.save(out)
    (folder / "backgrounder.docx").write_bytes(out.getvalue())


def make_kit(path: Path, photos: int) -> dict:
    """Write the zipped kit to ``path``; its size and its members' count."""
    import zipfile

    folder = Path(tempfile.mkdtemp(prefix="mk-kit-files-"))
    try:
        code = (f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import bench_kit; "
                f"from pathlib import Path; bench_kit.make_kit_files(Path({str(folder / 'kit')!r}), {photos})")
        subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=child_env(QT_QPA_PLATFORM="offscreen"), check=True)
        files = sorted(p for p in (folder / "kit").rglob("*") if p.is_file())
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in files:
                archive.write(file, f"tarnwick-kit/{file.relative_to(folder / 'kit').as_posix()}")
        return {"mb": path.stat().st_size / 1e6, "files": len(files),
                "photos": sum(p.suffix in (".jpg", ".png") for p in files)}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


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
        if shown is not None and not shown._steps and self.window.sidebar.titles():
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
def forget_releases(cache: Path | None) -> None:
    """A kit never opened before: the analysed releases go, icons and compiled patterns stay
    (``bench_startup.py --cache new``); None: each child gets an empty cache folder."""
    if cache is not None:
        for releases in cache.glob("*/*/releases"):
            shutil.rmtree(releases, ignore_errors=True)


def child_environment(scratch: Path, display: str, cache: Path | None, tree: Path) -> dict[str, str]:
    """A child's environment; ``tree`` is the source tree whose ``mediakit`` it imports (a script's
    own folder, not the current one, starts ``sys.path``: without this the installed one is used)."""
    extra = {"XDG_CACHE_HOME": str(cache)} if cache is not None else {}
    return child_env(scratch, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(tree), **extra)


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


def main() -> int:
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
    args = parser.parse_args()
    if args.launch_child:
        launch_child(float(args.launch_child[0]), args.launch_child[1])
        return 0
    if args.heartbeat_child:
        heartbeat_child(args.heartbeat_child)
        return 0
    warm_bytecode()
    trees = [("now", ROOT)]
    if args.compare is not None:
        if not (args.compare / "mediakit" / "__main__.py").is_file():
            raise SystemExit(f"{args.compare}: no mediakit/__main__.py there")
        trees.append(("before", args.compare.resolve()))
        subprocess.run([PYTHON, "-m", "compileall", "-q", str(args.compare / "mediakit")], env=child_env(),
                       check=False, stdout=subprocess.DEVNULL)
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
        runs: dict[str, list[dict]] = {name: [] for name, _ in trees}
        beats: dict[str, list[dict]] = {name: [] for name, _ in trees}
        with Xvfb() as x:
            watch = WindowWatch(x.display)
            try:
                for name, tree in trees:  # warm-up: bytecode, fonts, page cache, icons
                    launch(path, watch, x.display, caches[name], tree)
                for turn in range(args.runs):  # in turns: A B, B A, ...
                    for name, tree in (trees if turn % 2 == 0 else trees[::-1]):
                        runs[name].append(launch(path, watch, x.display, caches[name], tree))
            finally:
                watch.close()
            for turn in range(args.beats):
                for name, tree in (trees if turn % 2 == 0 else trees[::-1]):
                    beats[name].append(heartbeat(path, x.display, caches[name], tree))
        for name, tree in trees:
            report(f"{name} ({tree}): launch, ms since Popen; the Assets tab clicked when the panels are filled",
                   runs[name])
            report(f"{name}: opened in a running window, ms since open_path; the Assets tab clicked as at launch",
                   [dict(b, visible_ms=None) for b in beats[name]])
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
