"""The guard against PySide6 6.12's lost references to None/True on Python 3.11 keeps the app alive."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from mediakit.gui import compat


def test_many_binding_calls_do_not_exhaust_none_or_true(qapp):
    probe = QObject()
    for _ in range(60_000):  # more than None's or True's count at start-up
        probe.setObjectName("probe")
        probe.objectNameChanged.emit("probe")
    if sys.version_info < (3, 12) and compat.binding_leaks_singletons():
        for singleton in (None, True, False):
            assert sys.getrefcount(singleton) > compat.IMMORTAL_MARGIN // 2


def test_guard_does_nothing_where_it_is_not_needed(monkeypatch):
    monkeypatch.setattr(compat, "binding_leaks_singletons", lambda: False)
    assert compat.protect_singletons() is False
