"""One way to write a file: all of it or nothing, for every writer in MediaKit (exports,
vCards, the cache of analysed releases, the icon strips).

The data goes to a temporary file in the target's folder, which is then renamed over the
target (``os.replace``), so an interrupted write never leaves a half-written target. The
temporary's name is short and fixed in length (``.mediakit-<hex>.part``), so it fits
wherever the target's name fits, however long that is.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

TEMP_PREFIX = ".mediakit-"
TEMP_SUFFIX = ".part"


def temporary_beside(target: Path) -> Path:
    """A fresh temporary name in ``target``'s folder (not created)."""
    return target.with_name(f"{TEMP_PREFIX}{os.urandom(6).hex()}{TEMP_SUFFIX}")


def write_atomically(path: str | os.PathLike[str], data: bytes, durable: bool = True) -> None:
    """Put ``data`` in ``path`` in one step; ``durable`` also flushes it to the disk first.

    Raises OSError when it cannot be done; the temporary file is then removed and an
    existing file at ``path`` is left exactly as it was. A replaced file keeps its
    permissions; a new one gets the usual ones (0666 less the umask).
    """
    target = Path(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode) if target.is_file() else None
    except OSError:
        mode = None
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
