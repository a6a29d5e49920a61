"""A smaller ICU data library for the Linux bundle (used by mediakit.spec).

The PySide6 wheel for Linux ships ICU with all of its data: ``libicudata.so.NN`` is one
31 MB array, ``icudtNN_dat``, holding an ICU "common data" package of about 3,900 items.
Qt reads only a part of it: libQt6Core imports ICU's collation (``ucol_*``: QCollator, the
file dialog's sorting), converters (``ucnv_*``: QStringConverter, charsets of HTML pages)
and calendar/time-zone names (``ucal_*``: QTimeZone::displayName); nothing else in Qt
links ICU. The items listed in LEFT_OUT serve other ICU services (break iterators,
transliteration, number spell-out, unit, currency, language and region display names,
spoof checks, character names, stringprep) and are removed; the package format and item
order are kept exactly as ICU's own ``icupkg -r`` writes them. The converter tables
(``*.cnv``, 5 MB) go too: MediaKit decodes every file in Python (charset-normalizer) and
hands Qt only ``str``, and never asks a QStringDecoder for a legacy charset by name.

Needs only binutils (nm, as, ld), which PyInstaller needs on Linux anyway.
"""

from __future__ import annotations

import fnmatch
import re
import struct
import subprocess
from pathlib import Path

LEFT_OUT = (
    "brkitr/*", "translit/*", "rbnf/*", "unit/*", "curr/*", "lang/*", "region/*",
    "confusables.cfu", "unames.icu", "*.spp", "*.cnv",
)


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """Name, address and size of the ``icudtNN_dat`` symbol."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            return parts[3], int(parts[0], 16), int(parts[1], 16)
    raise ValueError(f"{library.name}: no icudtNN_dat symbol")


def _file_offset(elf: bytes, address: int) -> int:
    """File offset of a virtual address, from the ELF64 little-endian program headers."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    phoff, = struct.unpack_from("<Q", elf, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
    for i in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from("<IIQQQQ", elf, phoff + i * phentsize)
        if p_type == 1 and p_vaddr <= address < p_vaddr + p_filesz:  # PT_LOAD
            return address - p_vaddr + p_offset
    raise ValueError(f"address {address:#x} is in no loaded segment")


def trim_common_data(blob: bytes, left_out=LEFT_OUT) -> tuple[bytes, int, int]:
    """The package without the items matching ``left_out``; returns (package, items before, items after)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count, = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = header_size + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[header_size + data_offset:end]))
    kept = [(name, data) for name, data in items
            if not any(fnmatch.fnmatchcase(name.split("/", 1)[-1], pattern) for pattern in left_out)]

    toc_size = 4 + 8 * len(kept)
    names, name_offsets = b"", []
    for name, _data in kept:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    names += b"\xaa" * (-(header_size + toc_size + len(names)) % 16)  # icupkg pads with 0xaa
    data, data_offsets = b"", []
    for _name, item in kept:
        data_offsets.append(toc_size + len(names) + len(data))
        data += item + b"\xaa" * (-len(item) % 16)
    toc = struct.pack("<I", len(kept)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets))
    return blob[:header_size] + toc + names + data, len(items), len(kept)


def trimmed_icu_data_library(library: Path, work: Path) -> tuple[Path, str]:
    """Write a trimmed copy of ``library`` (libicudata.so.NN) under ``work``; returns (path, summary)."""
    symbol, address, size = _data_symbol(library)
    elf = library.read_bytes()
    offset = _file_offset(elf, address)
    package, before, after = trim_common_data(elf[offset:offset + size])
    work.mkdir(parents=True, exist_ok=True)
    (work / "icudata.dat").write_bytes(package)
    (work / "icudata.s").write_text(
        '\t.section .note.GNU-stack,"",%progbits\n'
        "\t.section .rodata\n\t.balign 16\n"
        f"\t.globl {symbol}\n\t.type {symbol},%object\n{symbol}:\n"
        '\t.incbin "icudata.dat"\n'
        f"\t.size {symbol}, .-{symbol}\n", encoding="ascii")
    subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=work, check=True)
    out = work / library.name
    subprocess.run(["ld", "-shared", "-soname", library.name, "-z", "noexecstack", "-o", out.name, "icudata.o"],
                   cwd=work, check=True)
    if _data_symbol(out)[2] != len(package):
        raise ValueError("the rebuilt library does not hold the trimmed package")
    summary = (f"{library.name}: ICU data trimmed from {before} to {after} items, "
               f"{size / 1e6:.1f} MB to {len(package) / 1e6:.1f} MB")
    return out, summary
