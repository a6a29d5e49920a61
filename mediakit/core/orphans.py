"""A child process that ends when the process it works for does (Linux's ``PR_SET_PDEATHSIG``).

The prefetching child (``prefetch``) and a PDF's page readers (``formats.pdf_pages``) work for
the window's process: closing the window at once must never leave a release being read for
nobody. Its own module, importing only ``os``, so a page reader starts without the rest of the core.
"""

from __future__ import annotations

import os

PR_SET_PDEATHSIG = 1


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
