"""The media kit ``bench_kit.py`` measures, made here in words of its own (no sample release).

A Markdown release of about 1,400 words, a PDF fact sheet (``QTextDocument`` +
``QPdfWriter``), a Word backgrounder (python-docx), JPEG photos of 0.5–3 MB (``QImage``,
2400–3600 px, with EXIF, XMP and IPTC captions and credits written into their headers) and
PNG logos (their captions in text chunks, as ``QImage.setText`` writes them), zipped under
one top folder.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from common import PYTHON, ROOT, child_env

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
        code = (f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import kitfiles; "
                f"from pathlib import Path; kitfiles.make_kit_files(Path({str(folder / 'kit')!r}), {photos})")
        subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=child_env(QT_QPA_PLATFORM="offscreen"), check=True)
        files = sorted(p for p in (folder / "kit").rglob("*") if p.is_file())
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in files:
                archive.write(file, f"tarnwick-kit/{file.relative_to(folder / 'kit').as_posix()}")
        return {"mb": path.stat().st_size / 1e6, "files": len(files),
                "photos": sum(p.suffix in (".jpg", ".png") for p in files)}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
