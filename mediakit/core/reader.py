"""Read a release file from disk into text, or fail with one clear ``ReleaseError``.

Encodings are detected with ``charset-normalizer``; this module only adds the cheap,
certain cases in front of it (a BOM, strict UTF-8) and the checks that decide a file is
not a release at all (missing, a directory, empty, binary, too large).
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass, field

from .text import file_suffix, quoted_name, shown_name

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

MAX_BYTES = 50 * 1024 * 1024
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.ELOOP, errno.EBADF)  # what Path.exists() calls missing
_CONTROL_BYTES = [*range(9), *range(14, 27), *range(28, 32)]  # C0 controls no text file holds (not tab, newlines, ESC)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BAD_BYTE = re.compile("[\udc80-\udcff]")

# Magic numbers of common binary formats someone may rename to .md or .txt.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF",
    b"RIFF", b"\x1f\x8b", b"BM", b"II*\x00", b"MM\x00*", b"\xd0\xcf\x11\xe0", b"7z\xbc\xaf",
)


class ReleaseError(Exception):
    """A file that cannot be read as a release; ``str()`` is one line for the user."""

    def __init__(self, path: str | os.PathLike[str], problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{quoted_name(self.path)}: {problem}")


@dataclass
class SourceText:
    """A release file decoded: its text, how it was read, and for a kit the rest of its files."""

    text: str
    encoding: str
    name: str
    suffix: str
    replaced: int = 0  # bytes replaced by U+FFFD to read the rest (-1: some, not counted)
    # The format read ("pdf", "docx", "email"; None: the text's own), and for a kit (zip, folder,
    # e-mail) its path, the release's name in it, its other files (``model.Asset``) and what was left out.
    format: str | None = None
    kit_path: str | None = None
    kit_release: str | None = None
    assets: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # What an e-mail's subject and date give, for a release that names no title or date itself.
    fallback_title: str | None = None
    fallback_date: str | None = None

    @property
    def damaged(self) -> bool:
        return self.replaced != 0

    def damage_warning(self) -> str:
        """What the window and ``--json`` say about replaced bytes."""
        if self.replaced > 0 and self.encoding == "utf-8":
            if self.replaced == 1:
                return "1 byte could not be read as UTF-8 and was replaced."
            return f"{self.replaced:,} bytes could not be read as UTF-8 and were replaced."
        return "Some bytes could not be read as text and were replaced (is the file cut short?)."


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode release bytes, returning ``(text, encoding)``."""
    text, encoding, _ = _decode(data, name)
    return text, encoding


def _decode(data: bytes, name: str) -> tuple[str, str, int]:
    """``(text, encoding, replaced)``: ``replaced`` counts the bytes that had to be
    replaced (U+FFFD) to read the rest; -1 when that count is not known."""
    with_bom = _decode_with_bom(data, name)
    if with_bom is not None:
        return with_bom
    if any(data.startswith(magic) for magic in _BINARY_MAGIC):
        raise ReleaseError(name, "this is a binary file (an image, archive or program), not a release")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16, 0
        except UnicodeDecodeError:
            pass
    sample = data[:4096]
    controls = sum(map(sample.count, _CONTROL_BYTES))
    if sample.count(0) > max(1, len(sample) // 100) or controls > len(sample) // 20:
        raise ReleaseError(name, "this is a binary file, not a release")
    data = data.replace(b"\x00", b"")  # a stray NUL or two is damage, not a binary file
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    text, bad = _utf8_with_bad_bytes(data)
    if _cut_short(data) or 0 < bad <= _utf8_characters(text):  # UTF-8 with a few bad bytes
        return text, "utf-8", bad
    return _decode_legacy(data, name, text, bad)


def _decode_with_bom(data: bytes, name: str) -> tuple[str, str, int] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, 0
            except UnicodeDecodeError as exc:
                if exc.start < len(data) - 4:
                    raise ReleaseError(name, f"the text is damaged ({encoding} with a bad byte at {exc.start})") from None
                return data.decode(encoding, errors="replace"), encoding, -1
    return None


def _utf8_with_bad_bytes(data: bytes) -> tuple[str, int]:
    """The text read as UTF-8 with each byte that is not UTF-8 as U+FFFD, and how many."""
    escaped = data.decode("utf-8", errors="surrogateescape")  # one lone surrogate per bad byte
    bad = len(_BAD_BYTE.findall(escaped))
    return _BAD_BYTE.sub("\ufffd", escaped), bad


def _cut_short(data: bytes) -> bool:
    """UTF-8 whose only fault is a character cut off by the end of the file."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data[:-4])
    except UnicodeDecodeError:
        return False
    return True


def _utf8_characters(text: str) -> int:
    """Characters that took more than one UTF-8 byte (U+FFFD, which stands for a bad byte, aside)."""
    return len(text) - len(text.encode("ascii", errors="ignore")) - text.count("\ufffd")


def _decode_legacy(data: bytes, name: str, as_utf8: str, bad: int) -> tuple[str, str, int]:
    """A file that is mostly not UTF-8: its code page, as charset-normalizer reads it."""
    from charset_normalizer import from_bytes  # imported on demand: most releases are UTF-8

    best = from_bytes(data[:200_000] if len(data) > 200_000 else data).best()
    if best is None or best.encoding is None:
        if bad <= len(data) // 100:  # text with a few stray bytes: keep it, say so
            return as_utf8, "utf-8", bad
        raise ReleaseError(name, "the text encoding could not be recognised")
    try:
        return data.decode(best.encoding), best.encoding, 0
    except (UnicodeDecodeError, LookupError):
        # The sample decoded but the whole file does not: keep what is readable.
        return data.decode(best.encoding, errors="replace"), best.encoding, -1


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM shows as a zero byte in every other place for Latin text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) / 2
    if min(even_zeros, odd_zeros) >= 0.05 * half or max(even_zeros, odd_zeros) <= 0.3 * half:
        return None
    return "utf-16-be" if even_zeros > odd_zeros else "utf-16-le"


def read_source(path: str | os.PathLike[str], member: str | None = None) -> SourceText:
    """Read ``path`` (never writing to it) and return its decoded text; a folder, zip or e-mail
    is a kit, whose release is picked unless ``member`` names the document to read.
    (``os`` rather than ``pathlib`` on this path: its import is 2 ms of ``--json``'s start.)"""
    p = os.fspath(path) or os.curdir  # as Path("") names it
    try:
        try:
            status = os.stat(p)
        except OSError as exc:
            if exc.errno in _MISSING:
                raise ReleaseError(p, "no such file") from None
            raise
        if stat.S_ISDIR(status.st_mode):
            from pathlib import Path

            from .kit import read_kit

            return read_kit(Path(p), None, member)
        if not stat.S_ISREG(status.st_mode):  # reading a pipe or a device would wait for ever
            raise ReleaseError(p, "this is a pipe, socket or device, not a file")
        if status.st_size > MAX_BYTES:
            raise ReleaseError(p, too_large(status.st_size))
        with open(p, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise ReleaseError(p, "permission denied") from None
    except OSError as exc:
        raise ReleaseError(p, exc.strerror or "the file could not be read") from None
    if len(data) > MAX_BYTES:
        raise ReleaseError(p, "the file is too large (more than the limit of 50 MB)")
    if member is not None:
        from pathlib import Path

        from .kit import read_kit

        return read_kit(Path(p), data, member)
    return source_from_bytes(data, os.path.basename(p), p)


def source_from_bytes(data: bytes, name: str, path: str | os.PathLike[str]) -> SourceText:
    """The text of the file ``name`` (read from ``path``, named in errors) whose bytes are ``data``."""
    if not data.strip():
        raise ReleaseError(path, "the file is empty")
    from . import formats

    kind = formats.sniff(data, name)
    if kind == formats.KIT or kind == formats.EMAIL:
        from pathlib import Path

        from .kit import read_kit

        return read_kit(Path(path), data)
    suffix = file_suffix(name).lower()
    if kind is not None:  # a PDF or Word document: its text, written for the block pipeline
        text, suffix = formats.convert(data, kind, str(path))
        return SourceText(text=text, encoding=kind, name=shown_name(name), suffix=suffix, format=kind)
    text, encoding, replaced = _decode(data, str(path))
    if _mostly_unprintable(text):
        raise ReleaseError(path, "this is a binary file, not a release")
    if not text.strip():
        raise ReleaseError(path, "the file is empty")
    return SourceText(text=text, encoding=encoding, name=shown_name(name), suffix=suffix, replaced=replaced)


def too_large(size: int, limit: int = MAX_BYTES) -> str:
    """The refusal for a file of ``size`` bytes, in sizes that show it is over ``limit``."""
    shown, limit_mb = f"{size / 1048576:.1f}", f"{limit / 1048576:g} MB"
    if float(shown) * 1048576 > limit:
        return f"the file is too large ({shown} MB; the limit is {limit_mb})"
    return f"the file is too large ({size:,} bytes; the limit is {limit_mb}, {limit:,} bytes)"


def describe_source(release: Any, source: SourceText) -> None:
    """Tell ``release`` (a ``model.Release``) where it came from: the format, the kit and its assets."""
    if source.format is not None:
        release.source_format = source.format
    release.kit_path, release.kit_release = source.kit_path, source.kit_release
    if source.fallback_title and not release.titled:  # no headline: the file's name stood in
        release.title, release.titled = source.fallback_title, True
    if source.fallback_date and not release.date:
        release.date = source.fallback_date
    release.assets = list(source.assets)
    for warning in source.warnings:
        if warning not in release.warnings:
            release.warnings.append(warning)


# Control characters but tab, line feed, carriage return and form feed, and the replacement character.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _mostly_unprintable(text: str) -> bool:
    sample = text[:8192]
    return bool(sample) and len(_UNPRINTABLE.findall(sample)) > 0.1 * len(sample)
