"""Work-around for a reference-count bug in the Qt binding (PySide6 6.12.0 on Python 3.11).

In that combination some PySide6 calls hand back a singleton without taking a reference
to it: every void method (``setText``, ``setIcon``, ``setValue``…) returns ``None`` that
way, and every ``Signal.emit()`` returns ``True`` that way. Python 3.12+ makes these
objects immortal, which hides the bug; on 3.11 their counts fall by one per call until the
interpreter aborts with "deallocating None" (after minutes of scrolling) or "deallocating
True or False" (at exit).

``protect_singletons`` checks for the leak with harmless probes and, only if it is there,
raises the counts of ``None``, ``True`` and ``False`` far out of reach, which is what
Python 3.12 does for every immortal object. Remove this module once the binding is fixed
or Python 3.11 is no longer supported.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

IMMORTAL_MARGIN = 1 << 40
PROBE_CALLS = 32


def _loses_references(singleton: object, call: Callable[[], object]) -> bool:
    before = sys.getrefcount(singleton)
    for _ in range(PROBE_CALLS):
        call()
    return sys.getrefcount(singleton) <= before - PROBE_CALLS // 2


def binding_leaks_singletons() -> bool:
    """True when PySide6 calls lose references to ``None`` or ``True``."""
    from PySide6.QtCore import QObject

    probe = QObject()
    return (_loses_references(None, lambda: probe.setObjectName("probe"))
            or _loses_references(True, lambda: probe.objectNameChanged.emit("probe")))


def protect_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal if the binding leaks them."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not binding_leaks_singletons():
        return False
    import ctypes

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the object's first field
        refcount.value += IMMORTAL_MARGIN
    return True
