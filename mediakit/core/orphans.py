"""Child processes: when this process may fork one (``can_fork``), forking one joined to it by
pipes (``fork_piped``), and one that ends when the process it works for does (Linux's
``PR_SET_PDEATHSIG``).

The prefetching child (``prefetch``), the Markdown converter (``mdconvert``) and a PDF's page
readers (``formats.pdf_pages``) work for another process: closing the window at once must never
leave a release being read for nobody. Its own module, importing only ``os`` and ``sys``, so a
page reader starts without the rest of the core.
"""

from __future__ import annotations

import os
import sys

PR_SET_PDEATHSIG = 1


def can_fork() -> bool:
    """Linux, and this process runs one thread (Qt's threads included): fork copies only the
    calling thread, so a lock another thread holds would stay locked in the child for ever. Only
    Linux: ``fork`` is unsafe on macOS once system frameworks load, and Windows has none."""
    if not (sys.platform.startswith("linux") and hasattr(os, "fork")):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def fork_piped(*toward_parent: bool) -> tuple[int, list[int]] | None:
    """Fork a child joined to this process by one pipe a flag (True: the child writes, this process
    reads; False: the other way): (the child's pid, or 0 in the child, and this side's end of each
    pipe, in order), the other ends closed; None when a pipe or the fork could not be made."""
    pipes: list[tuple[int, int]] = []
    try:
        for _ in toward_parent:
            pipes.append(os.pipe())
        pid = os.fork()
    except OSError:
        for read, write in pipes:
            os.close(read)
            os.close(write)
        return None
    ends = []
    for (read, write), up in zip(pipes, toward_parent):
        keep, drop = (write, read) if up == (pid == 0) else (read, write)
        os.close(drop)
        ends.append(keep)
    return pid, ends


def die_with_parent(parent: int | None = None) -> None:
    """Ask Linux to kill this process when its parent ends; with ``parent`` (the parent's pid as
    the parent knew it), leave at once if it already ended before the request was made."""
    import signal

    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (ImportError, OSError, AttributeError, TypeError):
        pass
    if parent is not None and os.getppid() != parent:
        os._exit(1)
