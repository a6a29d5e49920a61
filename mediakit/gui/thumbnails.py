"""Thumbnails of a kit's photos, made off the GUI thread on a pool that always leaves it a core.

Decoding a photo for its thumbnail (``QImageReader`` at the card's size: about 40 ms for a
3 MB JPEG here) releases the GIL, so it runs beside the event loop; but two decoders on a
two-core machine left the GUI thread a third of the CPU, and its event loop stopped for
100–190 ms while the Assets tab was laid out. So thumbnails have a pool of their own with
one thread fewer than the machine has cores (at least one); the loader keeps Qt's global
pool. A job whose card is gone (another release shown) is skipped when its turn comes; the
pool owns each job (``autoDelete``), so none is freed while queued or running. Jobs still
queued when the application quits are dropped.
"""

from __future__ import annotations

import threading

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


class Thumbnail(QRunnable):
    """Reads the asset and scales it to ``size`` on a worker thread; ``signals.done`` gives the image."""

    def __init__(self, asset: Asset, size: QSize):
        super().__init__()
        self.asset, self.size = asset, QSize(size)
        self.signals = _Signals()
        self.dropped = threading.Event()  # set by the card when it goes: the job then does nothing

    def run(self) -> None:
        if self.dropped.is_set():
            return
        from ..core.kit import read_asset

        try:
            data = QByteArray(read_asset(self.asset.origin, self.asset.member))
        except Exception:  # noqa: BLE001 - no thumbnail is all a missing or damaged file costs
            return
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        size = reader.size()
        if size.isValid() and not size.isEmpty():
            reader.setScaledSize(size.scaled(self.size, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull() or self.dropped.is_set():
            return
        try:
            self.signals.done.emit(image)
        except RuntimeError:  # the application is closing: PySide deleted the signals' object
            pass


def start(job: Thumbnail) -> None:
    """Queue ``job`` on the thumbnails' pool, which owns it from now on."""
    job.setAutoDelete(True)
    pool().start(job)
