"""The files of a kit, read in memory: a zip (one nested zip deep) or a folder.

Nothing is ever extracted to disk: a member is read from the archive when it is needed.
A zip is refused before any member is inflated when its central directory says it would
unpack to more than ``MAX_TOTAL_BYTES``, holds more than ``MAX_MEMBERS`` files, or packs
a large member more tightly than ``MAX_RATIO`` (what zip bombs do); ``zipfile`` never
returns more bytes than a member declares, so the declared sizes bound the work. A
member whose name leaves the kit (``../``, an absolute path, a drive letter) or a link
that points outside a folder kit is left out with a warning.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..reader import ReleaseError

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import BinaryIO

MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_RATIO = 100  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024


@dataclass
class Member:
    """One file of a kit: its path inside the kit (``/``-separated), its size, and how to read it."""

    name: str
    size: int
    reader: Callable[[int], bytes] = field(repr=False)

    def read(self, limit: int = -1) -> bytes:
        """The member's bytes (at most ``limit`` of them when ``limit`` >= 0)."""
        return self.reader(limit)


@dataclass
class Contents:
    members: list[Member]
    warnings: list[str]


def is_zip(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06")


def safe_name(name: str) -> str | None:
    """``name`` as a relative path inside the kit, or None when it would leave the kit."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [part for part in PurePosixPath(name).parts if part not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _hidden(name: str) -> bool:
    """Files no one put in a kit on purpose: macOS resource forks, thumbnails caches, dot files."""
    parts = name.split("/")
    return any(part.startswith(".") or part == "__MACOSX" for part in parts) or parts[-1] in ("Thumbs.db",
                                                                                              "desktop.ini")


def zip_members(data: bytes | BinaryIO, label: str, depth: int = 0, budget: list[int] | None = None) -> Contents:
    """The files of the zip ``data`` (its bytes, or a file open for reading, which must stay open
    while members are read); a zip inside it is opened too (one level), its files named ``inner.zip/…``."""
    budget = budget if budget is not None else [MAX_TOTAL_BYTES]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise ReleaseError(label, "this zip file is damaged and cannot be opened") from None
    _check_limits(infos, label, budget)
    contents = Contents([], [])
    for info in infos:
        if info.is_dir():
            continue
        name = safe_name(info.filename)
        if name is None:
            contents.warnings.append(f"Left out “{_printable(info.filename)}”: its path points outside the kit.")
            continue
        if _hidden(name):
            continue
        if info.flag_bits & 0x1:
            contents.warnings.append(f"Left out “{_printable(name)}”: it is encrypted.")
            continue
        member = Member(name, info.file_size, _zip_reader(archive, info))
        if name.lower().endswith(".zip") and depth == 0:
            try:
                inner = zip_members(member.read(), f"{label}/{name}", depth + 1, budget)
            except ReleaseError as exc:
                contents.warnings.append(f"Left out “{_printable(name)}”: {exc.problem}.")
                continue
            contents.members.extend(Member(f"{name}/{m.name}", m.size, m.reader) for m in inner.members)
            contents.warnings.extend(inner.warnings)
            continue
        if name.lower().endswith(".zip"):
            contents.warnings.append(f"“{_printable(name)}” is a zip inside a zip inside the kit: not opened.")
        contents.members.append(member)
    return contents


def check_zip(data: bytes, label: str) -> None:
    """Raise ``ReleaseError`` when the zip ``data`` (a kit, or a Word or OpenDocument file) would
    unpack past the limits; nothing is inflated to find out."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return  # the reader that opens it next says what is wrong
    _check_limits(infos, label, [MAX_TOTAL_BYTES])


def _check_limits(infos: list[zipfile.ZipInfo], label: str, budget: list[int]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ReleaseError(label, f"this zip holds {len(infos)} files (the limit is {MAX_MEMBERS}): not opened")
    total = sum(info.file_size for info in infos)
    if total > budget[0]:
        raise ReleaseError(label, f"this zip would unpack to {_mb(total)} (the limit is {_mb(MAX_TOTAL_BYTES)}): "
                                  "not opened, it may be a zip bomb")
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReleaseError(label, f"“{_printable(info.filename)}” in this zip is packed {info.file_size // max(info.compress_size, 1)} "
                                      "times smaller than it unpacks: not opened, it may be a zip bomb")
    budget[0] -= total


def _zip_reader(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[int], bytes]:
    def read(limit: int) -> bytes:
        try:
            with archive.open(info) as handle:
                return handle.read(limit if limit >= 0 else info.file_size)
        except Exception as exc:  # noqa: BLE001 - damaged data raises zlib, lzma, bz2 and zipfile errors alike
            raise ReleaseError(_printable(info.filename), f"this file of the kit is damaged ({type(exc).__name__})") from None

    return read


def folder_members(folder: Path) -> Contents:
    """The files under ``folder`` (links that lead outside it left out), hidden files skipped."""
    root = folder.resolve()
    contents = Contents([], [])
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            path = Path(dirpath, filename)
            name = path.relative_to(root).as_posix()
            if _hidden(name):
                continue
            if len(contents.members) >= MAX_MEMBERS:
                contents.warnings.append(f"Only the first {MAX_MEMBERS} files of the folder are listed.")
                return contents
            member = _folder_member(root, path, name, contents.warnings)
            if member is not None:
                contents.members.append(member)
    return contents


def _folder_member(root: Path, path: Path, name: str, warnings: list[str]) -> Member | None:
    try:
        target = path.resolve()
        info = target.stat()
    except (OSError, RuntimeError):
        return None
    if not target.is_relative_to(root):
        warnings.append(f"Left out “{_printable(name)}”: it links to a file outside the kit.")
        return None
    if not stat.S_ISREG(info.st_mode):
        return None

    def read(limit: int) -> bytes:
        try:
            with open(target, "rb") as handle:
                return handle.read(limit if limit >= 0 else -1)  # all of it: a saved copy is never cut short
        except OSError as exc:
            raise ReleaseError(target, exc.strerror or "the file could not be read") from None

    return Member(name, info.st_size, read)


def _mb(size: int) -> str:
    return f"{size / 1048576:,.0f} MB" if size >= 10 * 1048576 else f"{size / 1048576:,.1f} MB"


def _printable(name: str) -> str:
    """A member name as one line of text (control characters shown as ``?``)."""
    return "".join(ch if ch.isprintable() else "?" for ch in name)
