"""One ``marshal`` file of compiled things kept between runs, per Python build (``regexcache``, ``classcache``).

The file is named by its kind and the interpreter's build (``cache_tag`` and ``hexversion``, plus
any ``extra`` tag), since compiled code and patterns are only valid for the build that made
them. A missing, damaged or foreign file reads as empty; writing is atomic and never fails
loudly: the cost of a lost file is compiling once more.
"""

from __future__ import annotations

import marshal
import os
import sys

from .atomic import write_atomically

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any


def kept_path(folder: str | os.PathLike[str], kind: str, extra: str = "") -> str:
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}" + (f"-{extra}" if extra else "")
    return os.path.join(folder, f"{kind}-{tag}.marshal")


def read_kept(path: str) -> dict[Any, Any]:
    """The kept mapping, or an empty one."""
    try:
        with open(path, "rb") as handle:
            loaded = marshal.loads(handle.read())  # one read: load(handle) reads piece by piece, twice as slow
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def write_kept(path: str, kept: dict[Any, Any]) -> bool:
    """Write ``kept``; False when it could not be written."""
    try:
        data = marshal.dumps(kept)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_atomically(path, data, durable=False)
    except (OSError, ValueError, TypeError):
        return False
    return True


def save_kept() -> None:
    """Write what this run compiled of both kinds (``regexcache``, then ``classcache``): the one
    call the places that end an analysis make."""
    from . import classcache, regexcache  # they import this module

    regexcache.save()
    classcache.save()
