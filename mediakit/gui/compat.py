"""Work-around for a reference-count bug in the Qt binding (PySide6 6.12.0 on Python 3.11).

In that combination every call of a PySide6 method that returns nothing (``setText``,
``setIcon``, ``setValue``…) gives back ``None`` without taking a reference to it, so
``None``'s reference count drops by one per call. Python 3.12+ makes ``None`` immortal
and hides the bug; on 3.11 the count reaches zero after some tens of thousands of calls
(a few minutes of scrolling) and the interpreter aborts with "deallocating None".

``protect_none`` checks for the leak with a harmless probe and, only if it is there,
raises ``None``'s count far out of reach, which is what Python 3.12 does for every
immortal object. Remove this module once the binding is fixed or Python 3.11 is dropped.
"""

from __future__ import annotations

import sys

IMMORTAL_MARGIN = 1 << 40


def void_calls_leak_none() -> bool:
    """True when calling a void PySide6 method loses a reference to ``None``."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(32):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 16


def protect_none() -> bool:
    """Make ``None`` effectively immortal if (and only if) the binding leaks it; True if done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not void_calls_leak_none():
        return False
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the object's first field
    refcount.value += IMMORTAL_MARGIN
    return True
