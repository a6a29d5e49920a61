"""Where MediaKit keeps what it may throw away (analysed releases, kept compiled code), without Qt.

Its own module, importing only ``os``, so a new process can know the folder before anything
else of the core is imported (``classcache`` must be installed first); ``pathlib`` (2 ms of a
new process's start) only when the folder of analysed releases is asked for.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py

if TYPE_CHECKING:
    from pathlib import Path


def cache_folder(app: str, org: str, environ: dict[str, str] | None = None) -> Path | None:
    """Where Qt's ``QStandardPaths.CacheLocation`` puts analysed releases on Linux, without Qt:
    ``$XDG_CACHE_HOME`` (if absolute) or ``~/.cache``, then the organisation and application."""
    from pathlib import Path

    root = cache_root(app, org, environ)
    return Path(root, "releases") if root is not None else None


def cache_root(app: str, org: str, environ: dict[str, str] | None = None) -> str | None:
    """The folder ``cache_folder`` is in, where the compiled code kept between runs lives."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = env.get("HOME") or os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    parts = [part for part in (org, app) if part]
    return os.path.join(base, *parts)
