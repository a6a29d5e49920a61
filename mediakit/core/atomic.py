"""One way to write a file: all of it or nothing, for every writer in MediaKit (exports,
vCards, the cache of analysed releases, the icon strips).

The data goes to a temporary file in the target's folder, which is then renamed over the
target (``os.replace``), so an interrupted write never leaves a half-written target. The
temporary's name is short and fixed in length (``.mediakit-<hex>.part``), so it fits
wherever the target's name fits, however long that is. A temporary left by a write that was
killed half-way is removed by the next write into that folder: only names of exactly that
form, and only when older than a minute (so a write still running elsewhere keeps its own).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time

TEMP_PREFIX = ".mediakit-"
TEMP_SUFFIX = ".part"
_OURS = re.compile(re.escape(TEMP_PREFIX) + "[0-9a-f]{12}" + re.escape(TEMP_SUFFIX))
STALE_AFTER = 60.0  # seconds: a temporary this old belongs to a write that died


def temporary_beside(target: str | os.PathLike[str]) -> str:
    """A fresh temporary name in ``target``'s folder (not created)."""
    return os.path.join(os.path.dirname(os.fspath(target)), f"{TEMP_PREFIX}{os.urandom(6).hex()}{TEMP_SUFFIX}")


def write_atomically(path: str | os.PathLike[str], data: bytes, durable: bool = True) -> None:
    """Put ``data`` in ``path`` in one step; ``durable`` also flushes it to the disk first.

    Raises OSError when it cannot be done; the temporary file is then removed and an
    existing file at ``path`` is left exactly as it was. A replaced file keeps its
    permissions; a new one gets the usual ones (0666 less the umask).
    """
    target = os.fspath(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode) if os.path.isfile(target) else None
    except OSError:
        mode = None
    remove_stale_temporaries(os.path.dirname(target) or os.curdir)
    temp = temporary_beside(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def remove_stale_temporaries(folder: str | os.PathLike[str]) -> int:
    """Remove our temporaries (``.mediakit-<12 hex>.part``) older than a minute; how many went."""
    removed = 0
    cutoff = time.time() - STALE_AFTER
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not _OURS.fullmatch(entry.name):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
    return removed
