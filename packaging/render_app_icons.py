"""Render the window icon's PNGs from mediakit/resources/icon.svg: ``.venv/bin/python packaging/render_app_icons.py``.

mediakit/resources/icon.svg is the one source of the application icon (packaging/linux/install.sh
installs it as is). At run time the window icon is made from the PNGs this writes beside
it, ``mediakit/resources/icon-16.png`` to ``icon-64.png`` (``mediakit.gui.app.ICON_SIZES``), so a
normal start never loads Qt's SVG icon plugin and QtSvg (about 1.6 MB of peak memory).
Run it again, and commit the PNGs, whenever the SVG changes.

``--check`` writes nothing: it exits 1, with one line naming the stale files, when a
committed PNG is missing or differs from a fresh render by more than ``TOLERANCE`` in any
colour channel (another Qt may round antialiased edges differently). The tests run it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "mediakit" / "resources"
SOURCE = RESOURCES / "icon.svg"
TOLERANCE = 2  # per channel, 0-255, compared premultiplied

sys.path.insert(0, str(ROOT))  # this source tree's mediakit, ahead of any installed copy
from mediakit.gui.app import ICON_FILE, ICON_SIZES  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


def render(size: int, source: Path = SOURCE) -> QImage:
    """``source`` drawn antialiased into a transparent ``size`` x ``size`` image."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def largest_difference(image: QImage, other: QImage) -> int:
    """The largest difference in any channel of any pixel (premultiplied); 255 when the sizes differ."""
    from PySide6.QtGui import QImage

    if image.size() != other.size():
        return 255
    premultiplied = QImage.Format.Format_ARGB32_Premultiplied
    # constBits() does not keep its image alive: hold the converted images while copying.
    # ARGB32 rows are whole 32-bit pixels, so the buffers hold no padding to skip.
    converted, other_converted = image.convertToFormat(premultiplied), other.convertToFormat(premultiplied)
    pixels, other_pixels = bytes(converted.constBits()), bytes(other_converted.constBits())
    if pixels == other_pixels:
        return 0
    return max(abs(a - b) for a, b in zip(pixels, other_pixels))


def stale_files(folder: Path = RESOURCES, source: Path = SOURCE) -> list[str]:
    """Names of the PNGs in ``folder`` that are missing or differ from a fresh render of ``source``."""
    from PySide6.QtGui import QImage

    stale = []
    for size in ICON_SIZES:
        path = folder / ICON_FILE.format(size=size)
        committed = QImage(str(path))
        if committed.isNull() or largest_difference(committed, render(size, source)) > TOLERANCE:
            stale.append(path.name)
    return stale


def write_all(folder: Path = RESOURCES, source: Path = SOURCE) -> list[Path]:
    written = []
    for size in ICON_SIZES:
        path = folder / ICON_FILE.format(size=size)
        if not render(size, source).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Render mediakit/resources/icon.svg to the window icon's PNGs.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a committed PNG is missing or differs from a fresh render")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (kept alive while drawing)
    if args.check:
        stale = stale_files()
        if stale:
            print(f"{', '.join('mediakit/resources/' + name for name in stale)} missing or not the render of mediakit/resources/icon.svg:"
                  " run packaging/render_app_icons.py and commit them", file=sys.stderr)
            return 1
        return 0
    for path in write_all():
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
