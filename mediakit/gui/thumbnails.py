"""Thumbnails of a kit's photos and its photos at full size (to copy), decoded off the GUI
thread on a pool that always leaves it a core.

Decoding a photo for its thumbnail (``QImageReader`` at the card's size: about 40 ms for a
3 MB JPEG here) releases the GIL, so it runs beside the event loop; but Qt's global pool
ran two decoders on a two-core machine, they took both cores, and the event loop stopped
for 137–154 ms while the Assets tab was laid out (70–92 ms with one decoder). So
thumbnails have a pool of their own with one thread fewer than the machine has cores (at
least one); the loader keeps Qt's global pool. A photo to copy goes before the thumbnails
still queued: decoded whole on the GUI thread, a 3000 × 4000 JPEG of 3.4 MB stopped the
event loop for 160 ms. A job whose card is gone (another release shown) is skipped when
its turn comes; the pool owns each job (``autoDelete``), so none is freed while queued or
running. Jobs still queued when the application quits are dropped.
"""

from __future__ import annotations

import threading
from pathlib import PurePosixPath

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThread,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader

from ..core.model import Asset

_pool: list[QThreadPool] = []


def pool() -> QThreadPool:
    """The thumbnails' pool: one thread fewer than the cores, at least one."""
    if not _pool:
        app = QCoreApplication.instance()
        made = QThreadPool(app)
        made.setObjectName("thumbnailPool")
        made.setMaxThreadCount(max(1, QThread.idealThreadCount() - 1))
        app.aboutToQuit.connect(lambda: (made.clear(), made.waitForDone(3000)))
        _pool.append(made)
    return _pool[0]


def wait(msecs: int = 5000) -> bool:
    """Wait for the thumbnails being made (tests, and anything that must not outlive them)."""
    return pool().waitForDone(msecs) if _pool else True


class _Signals(QObject):
    done = Signal(QImage)
    failed = Signal(str)  # why the image could not be read (for a copy; a thumbnail just stays out)


class Thumbnail(QRunnable):
    """Reads the asset and scales it to ``size`` (None: the whole image, as ``QImage.fromData``
    reads it) on a worker thread; ``signals.done`` gives the image, ``signals.failed`` the reason."""

    def __init__(self, asset: Asset, size: QSize | None):
        super().__init__()
        self.asset, self.size = asset, QSize(size) if size is not None else None
        self.signals = _Signals()
        self.dropped = threading.Event()  # set by the card when it goes: the job then does nothing

    def run(self) -> None:
        if self.dropped.is_set():
            return
        from ..core.kit import read_asset

        try:
            data = read_asset(self.asset.origin, self.asset.member)
        except Exception as exc:  # noqa: BLE001 - the user gets one line, or no thumbnail
            self._send(self.signals.failed, f"Could not copy {self.asset.name}: {exc}")
            return
        from .images import safe_bytes

        decodable = safe_bytes(data)  # an SVG that refers outside itself is never decoded
        image = QImage() if decodable is None else self._read(*decodable)
        if image.isNull():
            self._send(self.signals.failed, f"{PurePosixPath(self.asset.name).name} cannot be shown as an image")
        else:
            self._send(self.signals.done, image)

    def _read(self, data: bytes, fmt: str) -> QImage:
        """The image decoded as ``fmt``, scaled to fit ``size`` while it is read (None: whole)."""
        if self.size is None:
            return QImage.fromData(data, fmt)
        held = QByteArray(data)  # the buffer reads it in place: kept alive until the image is read
        buffer = QBuffer(held)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, fmt.encode("ascii"))
        size = reader.size()
        if size.isValid() and not size.isEmpty():
            reader.setScaledSize(size.scaled(self.size, Qt.AspectRatioMode.KeepAspectRatio))
        return reader.read()

    def _send(self, signal, value) -> None:
        if self.dropped.is_set():
            return
        try:
            signal.emit(value)
        except RuntimeError:  # the application is closing: PySide deleted the signals' object
            pass


def start(job: Thumbnail) -> None:
    """Queue ``job`` on the pool, which owns it from now on; a whole image (to copy) goes first."""
    job.setAutoDelete(True)
    pool().start(job, 1 if job.size is None else 0)
