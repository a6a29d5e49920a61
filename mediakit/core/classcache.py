"""The methods ``dataclasses`` writes for each class, compiled once and kept between runs.

``@dataclass`` writes a class's ``__init__``, ``__repr__`` and ``__eq__`` as Python source and
compiles that text with ``exec`` when the class is defined: about 0.4 ms a class, so roughly
12 ms for the 39 classes of the model and the analyser in every new process (``--json``,
the prefetching child, the window's model). CPython caches bytecode only for modules, and no
library keeps these; the text is the same for a class in every run, so this module keeps
its compiled code (``marshal``, one file per Python build beside the cache, as ``regexcache``
does for patterns) and hands ``exec`` the code instead of the text.

``install(folder)`` sets ``dataclasses``' own name ``exec`` (a module global that shadows the
builtin); any text not kept compiles as always, and nothing changes if a future
``dataclasses`` no longer calls ``exec``. ``save()`` writes the kept code when any was new, with what other runs kept (the window needs the model's classes, the analyser its own).
Install it before the first ``@dataclass`` runs: ``mediakit.__main__`` does.

``install`` also imports ``dataclasses`` without ``inspect`` (which brings ``ast``, ``dis`` and
``tokenize``: about 4 ms of a new process's start, a tenth of ``--json``'s own share):
``dataclasses`` calls only ``inspect.signature``, and only for a class with no docstring, so
its name ``inspect`` is a stand-in that imports the real module at its first use. No library
defers a standard module's import for one importer, and ``importlib.util.LazyLoader`` cannot
(``import`` reads the module's ``__spec__``, which loads it).
"""

from __future__ import annotations

import builtins
import os
import sys
from types import CodeType, ModuleType

from .keptfile import kept_path, read_kept, write_kept

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

__all__ = ["install", "installed", "save"]

_state: dict[str, Any] = {}
MAX_KEPT = 1000  # texts; a class's text changes only with MediaKit's code


def _file(folder: str | os.PathLike[str]) -> str:
    return kept_path(folder, "classes", "2")  # 2: compiled without this module's __future__ flags


def installed() -> bool:
    return bool(_state)


class _InspectStandIn(ModuleType):
    """``dataclasses``' name ``inspect`` until it is first used: then the real module's attribute."""

    def __getattr__(self, name: str) -> Any:
        import inspect  # the real one: the stand-in is never left in ``sys.modules``

        return getattr(inspect, name)


def _dataclasses() -> ModuleType:
    """``dataclasses``, imported without importing ``inspect`` when neither is imported yet."""
    if "dataclasses" not in sys.modules and "inspect" not in sys.modules:
        stand_in = _InspectStandIn("inspect")
        sys.modules["inspect"] = stand_in
        try:
            import dataclasses
        finally:
            if sys.modules.get("inspect") is stand_in:
                del sys.modules["inspect"]
    import dataclasses

    return dataclasses


def install(folder: str | os.PathLike[str] | None) -> bool:
    """Compile dataclasses' methods through the code kept in ``folder``; False when not done."""
    dataclasses = _dataclasses()

    if folder is None or _state or sys.implementation.name != "cpython":
        return False
    path = _file(folder)
    kept = {text: code for text, code in read_kept(path).items()
            if isinstance(text, str) and isinstance(code, CodeType)}
    used: set[str] = set()
    _state.update(path=path, kept=kept, used=used, new=0)

    def exec_kept(source: Any, globals_: Any = None, locals_: Any = None) -> None:
        if isinstance(source, str):
            used.add(source)
            code = kept.get(source)
            if code is None:
                code = compile(source, "<string>", "exec", dont_inherit=True)  # not this module's __future__ annotations
                kept[source] = code
                _state["new"] += 1
            source = code
        builtins.exec(source, globals_, locals_)

    dataclasses.exec = exec_kept  # type: ignore[attr-defined]
    return True


def save() -> bool:
    """Write the kept code when a class's methods were compiled this run; False if nothing was written."""
    if not _state or not _state["new"]:
        return False
    every: dict[str, CodeType] = _state["kept"]
    order = sorted(every, key=lambda text: text not in _state["used"])  # this run's first: another kind of
    kept = {text: every[text] for text in order[:MAX_KEPT]}  # run (the window, the analyser) keeps its own too
    if not write_kept(_state["path"], kept):
        return False
    _state["new"] = 0
    return True


def _uninstall() -> None:
    """Back to the builtin ``exec`` (for the tests)."""
    import dataclasses

    if _state:
        dataclasses.__dict__.pop("exec", None)
        _state.clear()
