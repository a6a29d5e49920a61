"""Where MediaKit keeps what it may throw away (analysed releases, kept compiled code), without Qt.

Its own module, importing only ``os`` and ``pathlib``, so a new process can know the folder
before anything else of the core is imported (``classcache`` must be installed first).
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder(app: str, org: str, environ: dict[str, str] | None = None) -> Path | None:
    """Where Qt's ``QStandardPaths.CacheLocation`` puts analysed releases on Linux, without Qt:
    ``$XDG_CACHE_HOME`` (if absolute) or ``~/.cache``, then the organisation and application."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = env.get("HOME") or os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    parts = [part for part in (org, app) if part]
    return Path(base, *parts, "releases")
