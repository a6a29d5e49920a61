"""Open release files without freezing the window.

Releases go through the core's cache (``core.cache``): one opened before is not analysed
again. Every file is read and analysed on a worker thread (``QThreadPool``). A small text
file (``SYNC_LIMIT_BYTES``) is waited for up to ``SYNC_WAIT_S`` and shown at once when done
by then; anything slower (a small file whose analysis takes long), and at once a large
file, a PDF or Word file of any size (converted first), or a kit (a folder, zip or e-mail),
goes on in the background while a progress dialog offers Cancel; a cancelled job's result
is simply dropped. So the window's event loop never stops for more than about 100 ms. The
window can hand the loader a ``preparer``: the worker then also does the window's own
heavy work on the release (its document, made by ``reader.build_document``), which
``take_prepared`` gives back with the release. A long PDF's first pages come first, as a
provisional release (``provisional``): the progress dialog closes and the window shows them
until the whole release arrives. Every failure becomes one line naming the file and the
problem, as the core words it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, QThreadPool, QTimer, Signal

from ..core.cache import ReleaseCache

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

SYNC_LIMIT_BYTES = 1_000_000
SYNC_WAIT_S = 0.1  # a small file's load is waited for this long before it goes on in the background
# Files whose text is made by a converter (pdfminer, python-docx) or that are kits: read in the
# background whatever their size, as a few pages of PDF take pdfminer a second or more.
CONVERTED_SUFFIXES = (".pdf", ".docx", ".odt", ".zip", ".eml")
PROGRESS_DELAY_MS = 150


def slow_to_read(path: str) -> bool:
    """A file over ``SYNC_LIMIT_BYTES``, or a PDF or Word file of any size (converting one
    takes about half a second a page), is read on the worker thread."""
    from ..core.formats import may_be_document

    try:
        if os.path.getsize(path) > SYNC_LIMIT_BYTES:
            return True
        with open(path, "rb") as handle:
            return may_be_document(handle.read(1024))
    except OSError:
        return False


def user_cache_folder(part: str) -> Path | None:
    """``part`` of MediaKit's folder in the platform's cache location (None if there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder) / part if folder else None


def user_cache() -> ReleaseCache | None:
    """The cache of analysed releases in the platform's cache folder (None if there is none)."""
    folder = user_cache_folder("releases")
    return ReleaseCache(folder) if folder is not None else None


def read_release(path: str, cache: ReleaseCache | None = None, member: str | None = None,
                 provisional: Callable[[Any], None] | None = None):
    """``(release, None)`` or ``(None, message)``; never raises. ``member``: a kit's document to read;
    ``provisional`` hears of a long PDF's first pages first (``core.loading.open_release``)."""
    from ..core.loading import ReleaseError, open_release
    from ..core.text import quoted_name

    shown = quoted_name(path)  # one line, whatever bytes or line breaks the name holds

    if os.path.exists(path) and not (os.path.isfile(path) or os.path.isdir(path)):
        # A pipe, socket or device: reading it could wait for ever, or never end.
        return None, f"{shown}: this is not a regular file (a pipe, socket or device), not a release"
    try:
        return open_release(path, cache, member, provisional), None
    except ReleaseError as exc:
        return None, str(exc)
    except RecursionError:
        return None, f"{shown}: the file is nested too deeply to read"
    except MemoryError:
        return None, f"{shown}: the file is too large to read"
    except Exception as exc:  # noqa: BLE001 - the user gets one line, never a traceback
        return None, f"{shown}: could not be read ({type(exc).__name__}: {exc})"


class _JobSignals(QObject):
    done = Signal(object, object, object)  # job, release, error
    first = Signal(object, object, object)  # job, the first pages' release, what the preparer made of it


class _LoadJob(QRunnable):
    def __init__(self, path: str, cache: ReleaseCache | None, prepare: Callable[[Any], Any] | None = None,
                 member: str | None = None):
        super().__init__()
        self.path = path
        self.member = member
        self.cache = cache
        self.cancelled = False
        self.first_shown = False  # a long PDF's first pages are on screen: no progress dialog then
        self.prepare = prepare
        self.prepared: Any = None
        self.result: tuple[Any, str | None] = (None, None)
        self.ended = threading.Event()
        self.signals = _JobSignals()
        self.setAutoDelete(False)  # Python keeps the job; the pool must not delete it

    def run(self) -> None:
        release, error = read_release(self.path, self.cache, self.member, self._first_pages)
        if release is not None and not self.cancelled:
            self.prepared = self._prepared(release)
        self.result = (release, error)
        # Something prepared belongs to the GUI thread: it goes there even when cancelled, to be dropped there.
        if not self.cancelled or self.prepared is not None:
            self.signals.done.emit(self, release, error)
        self.ended.set()

    def _prepared(self, release) -> Any:
        if self.prepare is None:
            return None
        try:
            return self.prepare(release)
        except Exception:  # noqa: BLE001 - the window then does the work itself, as for small files
            return None

    def _first_pages(self, release) -> None:
        if not self.cancelled:
            self.signals.first.emit(self, release, self._prepared(release))


class ReleaseLoader(QObject):
    """``loaded(release, path)`` or ``failed(path, message)`` for each ``load(path)``; before
    them, for a long PDF, ``provisional(release, path)``: its first pages (``core.loading``)."""

    loaded = Signal(object, str)
    failed = Signal(str, str)
    provisional = Signal(object, str)

    def __init__(self, parent_widget: QWidget):
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._job: _LoadJob | None = None
        self._progress: QProgressDialog | None = None
        self._prepared: tuple[Any, Any] | None = None  # (release, what the preparer made of it)
        self.progress_delay_ms = PROGRESS_DELAY_MS  # quick loads finish before any dialog shows
        # Called on the GUI thread when a background load starts; returns the function the
        # worker then applies to the release it read.
        self.preparer: Callable[[], Callable[[Any], Any]] | None = None
        self.cache = user_cache()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def load(self, path: str, background: bool | None = None, member: str | None = None) -> None:
        """Open ``path`` (or the document ``member`` of the kit ``path``); a kit is read in the background."""
        self.cancel()
        if background is None:
            background = (member is not None or os.path.isdir(path) or path.lower().endswith(CONVERTED_SUFFIXES)
                          or slow_to_read(path))
        job = _LoadJob(path, self.cache, self.preparer() if self.preparer is not None else None, member)
        job.signals.done.connect(self._job_done)  # queued: the loader lives in the GUI thread
        job.signals.first.connect(self._job_first)
        self._job = job
        QThreadPool.globalInstance().start(job)
        if not background and job.ended.wait(SYNC_WAIT_S):
            self._job_done(job, *job.result)  # done already: shown now (the queued signal is then ignored)
            return
        QTimer.singleShot(self.progress_delay_ms, self, lambda: self._show_progress(job))

    def _show_progress(self, job: _LoadJob) -> None:
        if self._job is not job or job.first_shown:
            return
        from PySide6.QtWidgets import QProgressDialog  # only a slow load needs it

        progress = QProgressDialog(f"Reading {os.path.basename(job.path)}…", "Cancel", 0, 0, self._parent_widget)
        progress.setObjectName("loadProgress")
        progress.setWindowTitle("Opening release")
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        progress.show()
        self._progress = progress

    def _job_done(self, job: _LoadJob, release, error) -> None:
        prepared, job.prepared = job.prepared, None  # dropped here, on the GUI thread, if unused
        if job is not self._job or job.cancelled:
            return
        self._job = None
        self._close_progress()
        self._prepared = (release, prepared) if prepared is not None else None
        try:
            self._finish(job.path, release, error)
        finally:
            self._prepared = None

    def _job_first(self, job: _LoadJob, release, prepared) -> None:
        """A long PDF's first pages: shown while the rest is read (the progress dialog goes)."""
        if job is not self._job or job.cancelled:
            return
        job.first_shown = True
        self._close_progress()
        self._prepared = (release, prepared) if prepared is not None else None
        try:
            self.provisional.emit(release, job.path)
        finally:
            self._prepared = None

    def take_prepared(self, release) -> Any:
        """What the worker prepared for ``release`` (None if nothing), while it is being shown."""
        if self._prepared is None or self._prepared[0] is not release:
            return None
        prepared, self._prepared = self._prepared[1], None
        return prepared

    def _finish(self, path: str, release, error) -> None:
        if release is not None:
            self.loaded.emit(release, path)
        else:
            self.failed.emit(path, error or f"{path}: could not be read")

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancelled = True
            self._job = None
        self._close_progress()

    def _close_progress(self) -> None:
        if self._progress is not None:
            progress, self._progress = self._progress, None
            progress.canceled.disconnect(self.cancel)
            progress.close()
            progress.deleteLater()

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Wait for background jobs (used when closing, so no worker outlives the window)."""
        return QThreadPool.globalInstance().waitForDone(msecs)
