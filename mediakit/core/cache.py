"""Remembered analyses: a release analysed before opens again without being parsed.

Analysing a release is the slow part of opening it: the analyser's import alone (its
compiled patterns and the phone-number metadata) takes about 100 ms before the first
parse, and a journalist reopens the same releases many times a day. ``ReleaseCache``
keeps each analysed ``Release`` as one JSON file in a folder the caller chooses (the
window passes Qt's cache location; the core never picks a place on disk itself).

An entry is used only when it holds exactly the text being opened, under the same file
name, written by the same core (``core_fingerprint``: the analyser's source files and the
libraries it reads with, or the frozen executable) in the same format. Anything else — an
entry from another version, a damaged or foreign file, a folder that cannot be read — is
a miss, never an error. Entries are written atomically and the folder keeps only the
``MAX_ENTRIES`` most recently used. The file being read is never written to.

JSON rather than ``pickle`` or ``shelve``: unpickling runs whatever code the file names,
and a cache folder is not trusted input; JSON is data only. File names come from
``zlib.crc32`` (already loaded, unlike ``hashlib``, whose import costs about 13 ms and
4 MB of OpenSSL at start-up); the stored text is compared in full, so a collision can only
cost a miss.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from dataclasses import asdict
from pathlib import Path

from .. import __version__
from .atomic import write_atomically
from .model import AboutPart, Asset, Block, Contact, Figure, Quote, Release, Section

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

CACHE_FORMAT = 1
MAX_ENTRIES = 64
SUFFIX = ".release.json"
# Libraries whose versions can change what the analyser finds.
ANALYSER_LIBRARIES = ("markdown", "phonenumbers", "bs4", "charset_normalizer", "yaml")

_fingerprint: list[str] = []


def core_fingerprint() -> str:
    """Identifies the analyser that wrote an entry: any change to it makes old entries misses."""
    if not _fingerprint:
        own = sorted(Path(__file__).resolve().parent.rglob("*.py"))  # the subpackages' rules too
        _fingerprint.append(code_fingerprint([__version__, sys.version], own, ANALYSER_LIBRARIES))
    return _fingerprint[0]


def code_fingerprint(parts: list[str], own_files: list[Path], libraries: tuple[str, ...]) -> str:
    """A short name for ``parts`` and the code that made something: the size and time of
    ``own_files`` and of the modules ``libraries`` are loaded from, or of the frozen
    executable, which holds them all. Any change to them changes the name."""
    files = [Path(sys.executable)] if getattr(sys, "frozen", False) else own_files + _module_files(libraries)
    parts = list(parts)
    for file in files:
        try:
            info = file.stat()
            parts.append(f"{file}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append(f"{file}:missing")
    return f"{zlib.crc32(chr(0).join(parts).encode('utf-8', 'surrogatepass')):08x}"


def _module_files(names: tuple[str, ...]) -> list[Path]:
    from importlib.util import find_spec

    files = []
    for name in names:
        try:
            spec = find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.origin:
            files.append(Path(spec.origin))
    return files


def entry_name(text: str, name: str, suffix: str) -> str:
    key = f"{name}\0{suffix}\0{text}".encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(key):08x}-{len(key):x}{SUFFIX}"


class ReleaseCache:
    """Analysed releases kept in ``folder`` (created when the first entry is written)."""

    def __init__(self, folder: str | Path, fingerprint: str | None = None):
        self.folder = Path(folder)
        self._fingerprint = fingerprint

    @property
    def fingerprint(self) -> str:
        """The analyser's fingerprint, worked out at the first look-up (it reads the size and
        time of every source file: a window whose release comes from ``prefetch`` never needs it)."""
        if self._fingerprint is None:
            self._fingerprint = core_fingerprint()
        return self._fingerprint

    def get(self, text: str, name: str, suffix: str) -> Release | None:
        path = self.folder / entry_name(text, name, suffix)
        release = read_entry(path, text, name, suffix, self.fingerprint)
        if release is not None:
            try:
                os.utime(path)  # most recently used: pruned last
            except OSError:
                pass
        return release

    def put(self, release: Release, text: str, name: str, suffix: str) -> bool:
        """Remember ``release`` as the analysis of ``text``; False if it could not be written."""
        try:
            write_entry(self.folder / entry_name(text, name, suffix), release, text, name, suffix, self.fingerprint)
        except (OSError, ValueError, TypeError):
            return False
        self.prune()
        return True

    def prune(self, keep: int | None = None) -> None:
        """Delete all but the ``keep`` (default ``MAX_ENTRIES``) most recently used entries."""
        keep = MAX_ENTRIES if keep is None else keep
        try:
            entries = [(entry.stat().st_mtime_ns, entry) for entry in self.folder.glob(f"*{SUFFIX}")]
        except OSError:
            return
        entries.sort(reverse=True)
        for _, entry in entries[keep:]:
            try:
                entry.unlink()
            except OSError:
                pass


def read_entry(path: Path, text: str, name: str, suffix: str, fingerprint: str | None) -> Release | None:
    """The release stored in ``path`` if it is the analysis of exactly ``text``, else None.

    ``fingerprint`` None accepts an entry from any core (one shipped inside the frozen
    bundle was made by that same build)."""
    try:
        with open(path, encoding="utf-8") as handle:
            entry = json.load(handle)
        if not (isinstance(entry, dict) and entry.get("format") == CACHE_FORMAT
                and (fingerprint is None or entry.get("core") == fingerprint)
                and entry.get("name") == name and entry.get("suffix") == suffix and entry.get("text") == text):
            return None
        return release_from_dict(entry["release"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def write_entry(path: Path, release: Release, text: str, name: str, suffix: str, fingerprint: str) -> None:
    entry = {"format": CACHE_FORMAT, "core": fingerprint, "name": name, "suffix": suffix, "text": text,
             "release": asdict(release)}
    data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data, durable=False)  # a cache entry lost to a crash is only made again


def release_from_dict(data: dict[str, Any]) -> Release:
    """The inverse of ``dataclasses.asdict`` for a ``Release``; unknown keys raise TypeError."""
    data = dict(data)
    data["sections"] = [_section(s) for s in data["sections"]]
    data["figures"] = [Figure(**f) for f in data["figures"]]
    data["quotes"] = [Quote(**q) for q in data["quotes"]]
    data["contacts"] = [Contact(**c) for c in data["contacts"]]
    data["about"] = [AboutPart(**a) for a in data["about"]]
    data["blocks"] = [Block(**b) for b in data["blocks"]]
    data["assets"] = [Asset(**a) for a in data.get("assets", [])]
    return Release(**data)


def _section(data: dict[str, Any]) -> Section:
    data = dict(data)
    data["children"] = [_section(child) for child in data["children"]]
    return Section(**data)
