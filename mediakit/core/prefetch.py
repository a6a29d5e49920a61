"""Analyse the release a launch opens in a child process, while the window's process starts Qt.

A release never opened before costs its analysis at start-up: importing the analyser (its
patterns, Python-Markdown, BeautifulSoup, the phone-number metadata) and parsing, about
150 ms of Python for a short release. The window's process spends as long importing
PySide6 and building its widgets. Two threads cannot overlap them (both are imports and
pure Python, holding the GIL), but two processes can, on a second core: ``start`` forks a
child *before* the window's process runs a second thread (Qt starts several; forking then is
unsafe), the child
opens the release exactly as the window would (``loading.open_release`` or
``open_default_release`` through the cache folder Qt will name, so a hit is a hit and a miss
is written there) and sends the ``Release`` back through a pipe as the cache's JSON; the
window's ``loading`` calls ``take`` first and gets the release it asked for, or None, and
then does the work itself, with the same result and the same errors. The child sends the
release as soon as it is made and only then writes its cache entry and kept patterns; the
window stops reading at the release and leaves the child to finish (and to be reaped) on its
own, so a busy machine's disk is not between the journalist and the text (``settle`` waits
for that finish, for the tests).

The window's process never imports the analyser on this path, so its memory stays that of
a warm start. Only Linux forks (``fork`` is unsafe on macOS once system frameworks load,
and Windows has none): elsewhere ``start`` does nothing and the window analyses as before.
The standard library's ``multiprocessing`` would import about 20 modules and pickle; one
``os.fork`` and a pipe are all this needs.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any, NamedTuple

from .model import Release
from .orphans import can_fork, die_with_parent, fork_piped
from .paths import cache_folder

__all__ = ["cache_folder", "discard", "pending", "settle", "start", "take"]

PROVISIONAL, WHOLE = "provisional", "release"  # the child's messages: a long PDF's first pages, the release
CHECK_LIMIT = 1_000_000  # bytes: a larger text file is not read twice to look for its entry
# Set in the child while it works, so that the loading it calls does not look for itself.
_in_child = False


class _Pending(NamedTuple):  # not a dataclass: that builds its methods with exec at import
    key: str | None  # the normalised path, None for the default release
    pid: int
    read_fd: int
    folder: str | None  # the cache folder the child used


_pending: list[_Pending] = []
_finishing: list[threading.Thread] = []  # reapers of children still keeping their work
_lock = threading.Lock()


def _key(path: str | Path | None) -> str | None:
    return os.path.abspath(os.path.expanduser(os.fspath(path))) if path is not None else None


NO_CHILD_VARIABLE = "MEDIAKIT_NO_PREFETCH"


def _can_fork() -> bool:
    """No child yet, and this process may fork (``orphans.can_fork``)."""
    if _pending or _in_child or os.environ.get(NO_CHILD_VARIABLE):  # NO_CHILD: the window analyses itself (tests, debugging)
        return False
    return can_fork()


def start(path: str | Path | None, folder: Path | None) -> bool:
    """Begin opening ``path`` (None: the default release) in a child; False if not started:
    when this process cannot fork safely, or the cache already holds the release (reading it
    takes a millisecond, less than a child costs)."""
    if not _can_fork() or (folder is not None and _cached(path, folder)):
        return False
    parent = os.getpid()
    forked = fork_piped(True)
    if forked is None:
        return False
    pid, (pipe,) = forked
    if pid == 0:  # the child: never returns
        die_with_parent(parent)
        _child(path, folder, pipe)
    _pending.append(_Pending(_key(path), pid, pipe, str(folder) if folder is not None else None))
    return True


def _cached(path: str | Path | None, folder: Path) -> bool:
    """Whether ``folder`` has an entry for the release, judged cheaply: by its name, for the
    default release and text files up to ``CHECK_LIMIT``; a PDF or Word file would have to be
    converted first, so it counts as not cached (the child converts it)."""
    from .bundled import DEFAULT_RELEASE_NAME, default_release_text
    from .cache import entry_name

    try:
        if path is None:
            if getattr(sys, "frozen", False):
                return True  # the bundle carries the default release's analysis
            text, name, suffix = default_release_text(), DEFAULT_RELEASE_NAME, ".md"
        else:
            if os.path.getsize(path) > CHECK_LIMIT:
                return False
            with open(path, "rb") as handle:
                head = handle.read(1024)
            from .formats import may_be_document

            if may_be_document(head):
                return False
            from .reader import read_source

            source = read_source(path)
            text, name, suffix = source.text, source.name, source.suffix
        return (folder / entry_name(text, name, suffix)).is_file()
    except Exception:  # noqa: BLE001 - a file that fails here fails in the window, with its message
        return True


def _child(path: str | Path | None, folder: Path | None, write_fd: int) -> None:
    global _in_child
    _in_child = True
    code = 1
    try:
        from . import keptfile, loading, regexcache
        from .cache import ReleaseCache

        regexcache.install(folder.parent if folder is not None else None)
        cache = ReleaseCache(folder) if folder is not None else None
        with os.fdopen(write_fd, "wb") as pipe:
            sent: list[Release] = []

            def send(kind: str, release: Release) -> None:  # one message a line: JSON escapes line breaks
                pipe.write(_message(kind, release))
                pipe.flush()
                if kind == WHOLE:
                    sent.append(release)

            def made(release: Release) -> None:  # before the cache entry is written
                send(WHOLE, release)

            try:
                release = (loading.open_release(path, cache, provisional=lambda first: send(PROVISIONAL, first), made=made)
                           if path is not None else loading.open_default_release(cache, made=made))
                if not sent:
                    send(WHOLE, release)
            except Exception:  # noqa: BLE001 - the window repeats the work and reports it as it always does
                if not sent:
                    pipe.write(b"{}\n")
        keptfile.save_kept()  # after the window has its release
        code = 0
    except BaseException:  # noqa: BLE001 - nothing of the parent's (atexit, pytest, Qt) may run here
        pass
    finally:
        os._exit(code)


def _message(kind: str, release: Release) -> bytes:
    data = json.dumps({kind: asdict(release)}, ensure_ascii=False, separators=(",", ":"))
    return data.encode("utf-8", "surrogatepass") + b"\n"


def pending() -> str | None:
    """The normalised path being prefetched ("" for the default release), None when nothing is."""
    with _lock:
        if not _pending:
            return None
        return _pending[0].key if _pending[0].key is not None else ""


def take(path: str | Path | None, folder: Path | None = None,
         provisional: Callable[[Release], None] | None = None) -> Release | None:
    """The child's release for ``path`` (None: the default release), waiting for it; None when
    no child opened that release or it failed (the caller then opens it itself). A long PDF's
    first pages come first, to ``provisional`` (see ``loading.open_release``).

    ``folder`` is the caller's cache folder; the child's entry counts only if it wrote there.
    Asking for another release drops the child's work."""
    with _lock:  # held only to claim the job: waiting for it (a worker thread may) blocks nobody
        if not _pending:
            return None
        job = _pending.pop()
    if job.key != _key(path):
        _stop(job)
        return None
    ours = folder is None or str(folder) == job.folder  # else: analysed in the window, as before
    release = None
    for message in _messages(job):
        if PROVISIONAL in message and ours and provisional is not None:
            first = _release(message[PROVISIONAL])
            if first is not None:
                provisional(first)
        elif WHOLE in message:
            release = _release(message[WHOLE])
            break  # the child goes on keeping it: not waited for
    return release if ours else None


def _release(data: Any) -> Release | None:
    try:
        from .cache import release_from_dict

        return release_from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def discard() -> None:
    """Stop the child's work if nobody asked for it (the window closed first)."""
    with _lock:
        while _pending:
            _stop(_pending.pop())


def _messages(job: _Pending) -> Iterator[dict[str, Any]]:
    """The child's messages as they come (one a line), until it closes the pipe or the reader stops;
    then it is reaped, at once when it has exited, else by a thread when it does."""
    try:
        with os.fdopen(job.read_fd, "rb") as pipe:
            for line in pipe:
                try:
                    message = json.loads(line.decode("utf-8", "surrogatepass"))
                except (ValueError, RecursionError):
                    continue
                if isinstance(message, dict):
                    yield message
    except OSError:
        pass
    finally:
        _reap_soon(job.pid)


def settle() -> None:
    """Wait until every child the window stopped reading has finished keeping its work."""
    while _finishing:
        _finishing.pop().join()


def _reap_soon(pid: int) -> None:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return
    if not done:
        reaper = threading.Thread(target=_reap, args=(pid,), name="mediakit-prefetch-reaper", daemon=True)
        reaper.start()
        _finishing.append(reaper)


def _stop(job: _Pending) -> None:
    import signal

    try:
        os.kill(job.pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.close(job.read_fd)
    except OSError:
        pass
    _reap(job.pid)


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
