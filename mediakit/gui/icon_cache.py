"""Drawn icons kept as pictures, so a start paints its icons without importing qtawesome.

qtawesome draws each icon from its font. Importing it costs about 40 ms and 6 MB at every
start: the package imports ``hashlib``, which loads OpenSSL, and it reads a font and a
charmap. Once drawn, an icon is stored in the user's cache folder as one PNG strip: the
normal picture at each of ``SIZES``, then the disabled one. A later start builds the
``QIcon`` from the strip.

Strips live in one folder per *look*. The look covers:

- the two colours;
- the sizes and the screen's pixel ratio;
- this module and the qtawesome install that drew them (their files' sizes and times, or
  the frozen executable).

Anything else is a miss, and qtawesome draws the icon again:

- a strip of another size;
- a damaged or foreign file;
- a folder that cannot be read.

Strips are written atomically, and only the ``MAX_LOOKS`` most recently used looks are
kept. File and folder names come from ``zlib.crc32``, not ``hashlib``, for the reason
above.
"""

from __future__ import annotations

import os
import re
import shutil
import zlib
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon, QImage, QPixmap

from ..core.atomic import write_atomically
from ..core.cache import code_fingerprint

# Logical pixels. Every icon MediaKit shows is 16, the style's small icon size (a test holds
# every button to it); add a size here before using another.
SIZES = (16,)
MAX_LOOKS = 4  # light and dark, and room for a changed screen or version
STRIP_FORMAT = 1
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")
_MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled)
_NORMAL_LOOKALIKES = (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected)  # qtawesome's default


@cache  # the files it reads do not change while MediaKit runs
def look_key(colour: str, disabled_colour: str, ratio: float) -> str:
    """Names the folder of one look (see the module docstring)."""
    parts = [str(STRIP_FORMAT), colour.lower(), disabled_colour.lower(), f"{ratio:g}", ",".join(map(str, SIZES))]
    return code_fingerprint(parts, [Path(__file__)], ("qtawesome",))


def _pixel_sizes(ratio: float) -> list[int]:
    return [max(1, round(size * ratio)) for size in SIZES]


def strip_path(folder: Path, key: str, name: str) -> Path:
    return folder / key / f"{_SAFE_NAME.sub('_', name)}-{zlib.crc32(name.encode('utf-8')):08x}.png"


def read_icon(folder: Path, key: str, name: str, ratio: float) -> QIcon | None:
    """The icon ``name`` of look ``key`` from its strip, or None if there is no usable strip."""
    path = strip_path(folder, key, name)
    if not path.is_file():
        return None
    image = QImage(str(path))
    pixels = _pixel_sizes(ratio)
    if image.isNull() or image.width() != 2 * sum(pixels) or image.height() != max(pixels):
        return None
    icon = QIcon()
    x = 0
    for mode in _MODES:
        for size in pixels:
            pixmap = QPixmap.fromImage(image.copy(x, 0, size, size))
            pixmap.setDevicePixelRatio(ratio)
            for target_mode in (_NORMAL_LOOKALIKES if mode == QIcon.Mode.Normal else (mode,)):
                icon.addPixmap(pixmap, target_mode, QIcon.State.Off)
            x += size
    try:
        os.utime(path.parent)  # this look was used: pruned last
    except OSError:
        pass
    return icon


def write_icon(folder: Path, key: str, name: str, icon: QIcon, ratio: float) -> bool:
    """Store ``icon`` (drawn by qtawesome) as the strip of ``name`` in look ``key``; False if
    it could not be written. Never raises for a folder that cannot be written."""
    # Only when an icon is drawn: reading one, at start-up, needs none of these classes
    # (PySide6 makes each class's enums at its first use, QIODevice's too).
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QPainter

    pixels = _pixel_sizes(ratio)
    image = QImage(2 * sum(pixels), max(pixels), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    x = 0
    for mode in _MODES:
        for size in pixels:
            # Drawn at the pixel size with a ratio of 1, so the strip holds exactly the
            # device pixels qtawesome paints on this screen.
            painter.drawPixmap(x, 0, icon.pixmap(QSize(size, size), 1.0, mode, QIcon.State.Off))
            x += size
    painter.end()
    path = strip_path(folder, key, name)
    new_look = not path.parent.is_dir()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, bytes(data.data()), durable=False)
    except OSError:
        return False
    if new_look:
        prune(folder)
    return True


def prune(folder: Path, keep: int = MAX_LOOKS) -> None:
    """Delete all but the ``keep`` most recently used looks."""
    try:
        looks = [p for p in folder.iterdir() if p.is_dir() and re.fullmatch(r"[0-9a-f]{8}", p.name)]
        looks.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for look in looks[keep:]:
        shutil.rmtree(look, ignore_errors=True)
