"""Small files built in tests: PNG and JPEG images of known size and metadata, Word documents,
and kits made of them (a zip or a folder)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib


def png(width: int, height: int, text: dict[bytes, bytes] | None = None) -> bytes:
    """A real PNG of ``width`` x ``height`` white pixels, with tEXt chunks ``text``."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + b"\xff" * (width * 3) for _ in range(height))
    extra = b"".join(chunk(b"tEXt", key + b"\0" + value) for key, value in (text or {}).items())
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + extra + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def iptc_segment(caption: str, byline: str) -> bytes:
    """A JPEG APP13 segment holding an IPTC record: 2:120 caption and 2:80 by-line."""
    def dataset(number: int, value: str) -> bytes:
        raw = value.encode("utf-8")
        return b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(raw)) + raw

    iptc = dataset(120, caption) + dataset(80, byline)
    app13 = b"Photoshop 3.0\0" + b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    return b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13


def jpeg(width: int, height: int, caption: str, byline: str) -> bytes:
    """A JPEG's header only (no image data to decode): the IPTC segment and a frame of the given size."""
    sof = b"\x08" + struct.pack(">HH", height, width) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return (b"\xff\xd8" + iptc_segment(caption, byline)
            + b"\xff\xc0" + struct.pack(">H", len(sof) + 2) + sof + b"\xff\xda\x00\x02" + b"\x00" * 16 + b"\xff\xd9")


def docx_bytes(title: str, body: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    document.add_paragraph(body)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_zip(path, files: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def make_folder(root, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
