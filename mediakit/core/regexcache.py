"""Compiled regular expressions kept between runs, so a new process does not compile them again.

Opening a release never seen before imports the analyser, which compiles about 350 regular
expressions (its own, Python-Markdown's, phonenumbers'): most of the analyser's import time
and of a first parse. Much of it is the standard library's ``re`` compiler walking each CJK
character class code point by code point. CPython cannot pickle a compiled pattern (pickle
compiles it again), and no library keeps them; but the compiler's output is plain data (a
list of integers, the group names) that ``_sre.compile`` turns into a pattern at once, and
that is what this module keeps in one ``marshal`` file per Python build and ``_sre`` version.

``install(folder)`` routes ``re``'s compiler (and ``re.compile``, which then skips ``re``'s own
bookkeeping for a kept pattern) through the kept results; a pattern not kept is
compiled as always, and noted when its text is fixed: compiled by MediaKit's own modules as
they are imported, written as a literal in the MediaKit function that uses it, inside ``keeping()`` (Python-Markdown's parser being built, before it
sees a release), or by phonenumbers' one compiling function (its patterns are its metadata).
Patterns made from a release's own words (a person's name, a document's abbreviations) are
never kept, nor other libraries' (one builds an alternation from a set, in a new order in
every process). ``save()`` writes the patterns this run used, when any was new.
"""

from __future__ import annotations

import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from .keptfile import kept_path, read_kept, write_kept

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

__all__ = ["absorb", "install", "installed", "keeping", "kept_text", "save", "taken"]

_state: dict[str, Any] = {}
_CODE = "I"  # the array type of the compiler's code words: unsigned, as wide as ``_sre.CODESIZE``


def _modules() -> tuple[Any, Any]:
    """``_sre`` and ``re._compiler`` (private, so typed as Any here)."""
    from importlib import import_module

    return import_module("_sre"), import_module("re._compiler")


def _file(folder: str | os.PathLike[str]) -> str:
    _sre, _ = _modules()
    return kept_path(folder, "regex", str(_sre.MAGIC))


def installed() -> bool:
    return bool(_state)


def install(folder: str | os.PathLike[str] | None) -> bool:
    """Compile patterns through the results kept in ``folder``; False when that cannot be done."""
    if folder is None or _state or sys.implementation.name != "cpython":
        return False
    try:
        _sre, _compiler = _modules()
    except ImportError:
        return False
    if (not callable(getattr(_compiler, "compile", None)) or id(getattr(_compiler, "_sre", None)) != id(_sre)
            or array(_CODE).itemsize != getattr(_sre, "CODESIZE", 0)):
        return False  # a compiler that does not end in ``_sre.compile``: left alone
    path = _file(folder)
    kept: dict[Any, tuple[Any, ...]] = read_kept(path)
    real_compile = _compiler.compile
    used: set[Any] = set()
    added: set[Any] = set()  # the keys this run compiled and kept
    _state.update(path=path, kept=kept, new=0, real=real_compile, used=used, added=added, keeping=0)

    def rebuilt(p: str | bytes, key: tuple[Any, int]) -> Any:
        """The kept pattern for ``key``, or None."""
        args = kept.get(key)
        if args is None:
            return None
        used.add(key)
        try:
            flags_, code, groups, groupindex, indexgroup = args
            return _sre.compile(p, flags_, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            kept.pop(key, None)
            return None

    def compile_kept(p: Any, flags: Any = 0) -> Any:
        if not isinstance(p, (str, bytes)):
            return real_compile(p, flags)
        key = (p, int(flags))
        pattern = rebuilt(p, key)
        if pattern is not None:
            return pattern
        used.add(key)
        noted: list[tuple[Any, ...]] = []
        _compiler._sre = _Recorder(_sre, noted)
        try:
            pattern = real_compile(p, flags)
        finally:
            _compiler._sre = _sre
        plain = _plain(noted[0][1:]) if noted and noted[0][0] is p and _fixed_text(p) else None
        if plain is not None:
            kept[key] = plain
            added.add(key)
            _state["new"] += 1
        return pattern

    real_re_compile = re.compile

    def compile_public(pattern: Any, flags: Any = 0) -> Any:
        """``re.compile``, a kept pattern rebuilt at once: ``re``'s own way there (its flag
        arithmetic on ``RegexFlag``, its cache of 512 the analyser's 600 patterns churn through)
        costs twice the rebuilding, for patterns compiled once per process anyway."""
        if type(pattern) in (str, bytes) and type(flags) in (int, re.RegexFlag):
            key = (pattern, int(flags))
            if not key[1] & _RE_OWN_FLAGS:
                compiled = rebuilt(pattern, key)
                if compiled is not None:
                    return compiled
        return real_re_compile(pattern, flags)

    _state.update(real_re=real_re_compile)
    _compiler.compile = compile_kept
    re.compile = compile_public
    return True


_RE_OWN_FLAGS = int(re.DEBUG) | 1  # re.DEBUG prints; 1 is the deprecated re.TEMPLATE, which warns


def kept_text(key: tuple[Any, ...], make: Callable[[], str]) -> str:
    """``make()``, a pattern's text that is costly to write (``text.alternation``'s trie), as an
    earlier run wrote it for ``key`` (plain data: strings, numbers, tuples, frozensets); kept like
    a pattern when a module of MediaKit's is imported."""
    if not _state:
        return make()
    entry = ("text", key)  # no pattern's key: theirs are (pattern, flags)
    text = _state["kept"].get(entry)
    if not isinstance(text, str):
        text = make()
        if not _importing_own_module():
            return text
        _state["kept"][entry] = text
        _state["added"].add(entry)
        _state["new"] += 1
    _state["used"].add(entry)
    return text


def taken() -> tuple[list[Any], dict[Any, Any]]:
    """What this process used of the kept results and what it added to them, as plain data for
    ``absorb`` in the process it works for (``mdconvert``'s child)."""
    if not _state:
        return [], {}
    kept = _state["kept"]
    return list(_state["used"]), {key: kept[key] for key in _state["added"] if key in kept}


def absorb(patterns: Any) -> None:
    """Count another process's ``taken()`` as this run's own, so that ``save`` keeps them too."""
    if not _state or not isinstance(patterns, tuple) or len(patterns) != 2:
        return
    used, added = patterns
    if not isinstance(used, list) or not isinstance(added, dict):
        return
    fresh = {key: value for key, value in added.items() if key not in _state["kept"]}
    _state["kept"].update(fresh)
    _state["added"].update(fresh)
    _state["used"].update(key for key in used if key in _state["kept"])
    _state["new"] += len(fresh)


@contextmanager
def keeping() -> Iterator[None]:
    """Keep the patterns compiled inside: the caller knows their text is fixed."""
    if not _state:
        yield
        return
    _state["keeping"] += 1
    try:
        yield
    finally:
        _state["keeping"] -= 1


_PASSED = {__file__, re.__file__, _modules()[1].__file__}  # the frames between a caller and the compiler
# phonenumbers compiles its metadata's patterns (never a caller's text) through this function.
_PHONE_COMPILER = ("re_compile", ("phonenumbers", "re_util.py"))


def _fixed_text(pattern: str | bytes) -> bool:
    """Whether the pattern being compiled has fixed text (see the module's docstring)."""
    return bool(_state.get("keeping")) or _fixed_by_caller(pattern) or _importing_own_module()


def _fixed_by_caller(pattern: str | bytes) -> bool:
    """Whether the caller that hands ``re`` this pattern (the first frame outside ``re`` and this
    module) fixes its text: a function of MediaKit's that has it as a literal (``re.search(r"[。！？]",
    text)``), or phonenumbers' compiling function."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename in _PASSED:
        frame = frame.f_back
    if frame is None:
        return False
    code = frame.f_code
    parts = _parts(code.co_filename)
    if code.co_name == _PHONE_COMPILER[0] and parts[-2:] == _PHONE_COMPILER[1]:
        return True
    return "mediakit" in parts and pattern in code.co_consts


def _importing_own_module() -> bool:
    """Whether one of MediaKit's modules is being imported up the stack (its module code runs)."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        code = frame.f_code
        if (code.co_name == "<module>" and frame.f_globals.get("__name__") != "__main__"  # not ``python -m``'s run
                and "mediakit" in _parts(code.co_filename)):
            return True
        frame = frame.f_back
    return False


def _parts(filename: str) -> tuple[str, ...]:
    """A code object's file name split at its separators (what ``Path.parts`` gives, without
    importing ``pathlib``: 2 ms of ``--json``'s start, for this one split)."""
    if os.altsep:
        filename = filename.replace(os.altsep, os.sep)
    return tuple(filename.split(os.sep))


def _plain(args: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """``_sre.compile``'s arguments after the pattern as plain data (the compiler's opcodes are
    an ``int`` subclass, which marshal refuses; the code is kept as the bytes of an array, which
    loads a hundred times faster than a list of big integers); None when they are not five."""
    if len(args) != 5:
        return None
    flags, code, groups, groupindex, indexgroup = args
    try:
        return (int(flags), array(_CODE, code).tobytes(), int(groups), dict(groupindex), tuple(indexgroup))
    except (TypeError, ValueError, OverflowError):
        return None


class _Recorder:
    """Stands in for ``_sre`` while the real compiler runs: notes what ``compile`` was given."""

    def __init__(self, real: Any, noted: list[tuple[Any, ...]]):
        self._real = real
        self._noted = noted

    def compile(self, *args: Any) -> Any:
        self._noted.append(args)
        return self._real.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def save() -> bool:
    """Write the kept results when new patterns were compiled; False if nothing was written."""
    if not _state or not _state["new"]:
        return False
    path: str = _state["path"]
    kept = {key: _state["kept"][key] for key in _state["used"] if key in _state["kept"]}
    if not write_kept(path, kept):
        return False
    _state["new"] = 0
    return True


def _uninstall() -> None:
    """Back to ``re``'s own compiler (for the tests)."""
    if _state:
        _, _compiler = _modules()
        _compiler.compile = _state["real"]
        re.compile = _state["real_re"]
        _state.clear()
