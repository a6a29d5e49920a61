"""An image's pixel size, caption and credit, read from the first bytes of the file.

Written by hand, as no installed library reads them without Qt (Pillow is not a
dependency and the core never imports Qt): the size of PNG, JPEG, GIF and WebP sits in a
fixed header, and the caption and credit in the XMP packet (``dc:description``,
``photoshop:Credit``, ``dc:creator``), the IPTC record (2:120 caption, 2:110 credit,
2:80 by-line) or the EXIF tags (ImageDescription, Artist, Copyright; in a PNG its
Description, Author and Copyright text chunks, plain, compressed or UTF-8), read in that order.
The size is given as a viewer shows the image (EXIF orientation applied). Only the first
``HEAD_BYTES`` of a file are looked at; ``ImageInfo.complete`` says when fewer bytes held
all there is to find (a JPEG's header ends before its first frame), so a reader can try a
short head first (``FIRST_HEAD_BYTES``) and read the longer one only when it says no.
"""

from __future__ import annotations

import html
import re
import struct
from dataclasses import dataclass, field

HEAD_BYTES = 512 * 1024
FIRST_HEAD_BYTES = 64 * 1024  # a camera's or an editor's JPEG header is rarely longer

_XMP_FIELD = re.compile(
    r"<(dc:description|dc:creator|dc:rights|photoshop:Credit)\b[^>]*?(?:/>|>(.*?)</\1>)"
    r"|\b(photoshop:Credit|dc:description)=\"([^\"]*)\"", re.S)
_XMP_ITEM = re.compile(r"<rdf:li\b[^>]*>(.*?)</rdf:li>", re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass
class ImageInfo:
    width: int | None = None
    height: int | None = None
    caption: str | None = None
    credit: str | None = None
    found: dict[str, str] = field(default_factory=dict)  # every field read, by source and name
    # True when the bytes given held the whole header: more of the file would change nothing.
    complete: bool = False


def image_info(data: bytes) -> ImageInfo:
    """Size, caption and credit of the image ``data`` (its first bytes are enough); Nones where unknown."""
    info = ImageInfo()
    try:
        if data.startswith(b"\x89PNG\r\n\x1a\n"):
            _png(data, info)
        elif data.startswith(b"\xff\xd8"):
            _jpeg(data, info)
        elif data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
            info.width, info.height = struct.unpack("<HH", data[6:10])
            info.complete = True
        elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            _webp(data, info)
            info.complete = len(data) >= 30
        else:
            info.complete = len(data) >= 12  # no format read here: more bytes would not make it one
    except (struct.error, IndexError, ValueError):
        pass  # a damaged header: what was read so far stands
    found = info.found
    if found.get("exif:orientation") in ("5", "6", "7", "8"):  # shown turned a quarter: as a viewer shows it
        info.width, info.height = info.height, info.width
    info.caption = _first(found, "xmp:dc:description", "iptc:120", "exif:description")
    info.credit = _first(found, "xmp:photoshop:Credit", "iptc:110", "xmp:dc:creator", "iptc:80", "exif:artist",
                         "xmp:dc:rights", "iptc:116", "exif:copyright")
    return info


def _first(found: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        value = " ".join(found.get(key, "").split())
        if value:
            return value
    return None


def _png(data: bytes, info: ImageInfo) -> None:
    info.width, info.height = struct.unpack(">II", data[16:24])
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"iTXt" and body.startswith(b"XML:com.adobe.xmp\0"):
            _xmp(body.split(b"\0", 5)[-1], info)
        elif kind in (b"tEXt", b"zTXt", b"iTXt") and b"\0" in body:
            key, value = _png_text(kind, body)
            name = _PNG_KEYS.get(key)
            if name and value is not None:
                info.found.setdefault(name, value)
        elif kind == b"IEND":
            info.complete = True
            break
        pos += 12 + length


_PNG_KEYS = {b"Description": "exif:description", b"Author": "exif:artist", b"Copyright": "exif:copyright"}
PNG_TEXT_LIMIT = 64 * 1024  # characters of one compressed text chunk unpacked, at most


def _png_text(kind: bytes, body: bytes) -> tuple[bytes, str | None]:
    """A PNG text chunk's keyword and text: ``tEXt`` (Latin-1), ``zTXt`` (Latin-1, compressed;
    Qt writes a long description so) or ``iTXt`` (UTF-8, compressed or not); None when unreadable."""
    key, _, rest = body.partition(b"\0")
    if key not in _PNG_KEYS:
        return key, None
    if kind == b"tEXt":
        return key, rest.decode("latin-1")
    if kind == b"zTXt":
        return key, _inflated(rest[1:], "latin-1")
    compressed, rest = rest[:1] == b"\1", rest[2:]
    text = rest.split(b"\0", 2)[-1] if rest.count(b"\0") >= 2 else None  # after the language and translated keyword
    if text is None:
        return key, None
    return key, _inflated(text, "utf-8") if compressed else text.decode("utf-8", errors="replace")


def _inflated(data: bytes, encoding: str) -> str | None:
    import zlib

    try:
        return zlib.decompressobj().decompress(data, PNG_TEXT_LIMIT).decode(encoding, errors="replace")
    except zlib.error:
        return None


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg(data: bytes, info: ImageInfo) -> None:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            info.complete = True  # not a marker: the header is damaged here, more bytes change nothing
            return
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        body = data[pos + 4:pos + 2 + length]
        if marker in _SOF:
            info.height, info.width = struct.unpack(">HH", body[1:5])
            info.complete = True
            return
        if marker == 0xE1 and body.startswith(b"Exif\0\0"):
            _exif(body[6:], info)
        elif marker == 0xE1 and body.startswith(b"http://ns.adobe.com/xap/1.0/\0"):
            _xmp(body[29:], info)
        elif marker == 0xED and body.startswith(b"Photoshop 3.0\0"):
            _photoshop(body[14:], info)
        elif marker == 0xDA:  # the image data begins: no header follows
            info.complete = True
            return
        pos += 2 + length


def _webp(data: bytes, info: ImageInfo) -> None:
    kind = data[12:16]
    if kind == b"VP8X":
        info.width = 1 + int.from_bytes(data[24:27], "little")
        info.height = 1 + int.from_bytes(data[27:30], "little")
    elif kind == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        info.width, info.height = 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    elif kind == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        info.width, info.height = width & 0x3FFF, height & 0x3FFF


def _xmp(packet: bytes, info: ImageInfo) -> None:
    text = packet.decode("utf-8", errors="replace")
    for match in _XMP_FIELD.finditer(text):
        name = match.group(1) or match.group(3)
        value = match.group(2) if match.group(1) else match.group(4)
        if value is None:
            continue
        items = _XMP_ITEM.findall(value)
        value = "; ".join(items) if items else value
        info.found.setdefault(f"xmp:{name}", html.unescape(_TAG.sub("", value)).strip())


def _photoshop(body: bytes, info: ImageInfo) -> None:
    """Photoshop image resources; resource 0x0404 holds the IPTC-IIM record."""
    pos = 0
    while pos + 12 <= len(body) and body[pos:pos + 4] == b"8BIM":
        (resource,) = struct.unpack(">H", body[pos + 4:pos + 6])
        name_length = body[pos + 6]
        pos += 7 + name_length + ((name_length + 1) % 2)  # the Pascal name is padded to an even length
        (size,) = struct.unpack(">I", body[pos:pos + 4])
        data = body[pos + 4:pos + 4 + size]
        if resource == 0x0404:
            _iptc(data, info)
        pos += 4 + size + (size % 2)


def _iptc(data: bytes, info: ImageInfo) -> None:
    pos = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        record, dataset = data[pos + 1], data[pos + 2]
        (size,) = struct.unpack(">H", data[pos + 3:pos + 5])
        value = data[pos + 5:pos + 5 + size]
        if record == 2 and dataset in (80, 110, 116, 120):
            info.found.setdefault(f"iptc:{dataset}", value.decode("utf-8", errors="replace"))
        pos += 5 + size


_EXIF_TAGS = {0x010E: "exif:description", 0x013B: "exif:artist", 0x8298: "exif:copyright"}


def _exif(tiff: bytes, info: ImageInfo) -> None:
    """The ASCII tags of the first image directory of an EXIF (TIFF) block."""
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None:
        return
    (offset,) = struct.unpack(order + "I", tiff[4:8])
    (count,) = struct.unpack(order + "H", tiff[offset:offset + 2])
    for index in range(min(count, 512)):
        entry = tiff[offset + 2 + 12 * index:offset + 14 + 12 * index]
        tag, kind, length = struct.unpack(order + "HHI", entry[:8])
        if tag == 0x0112 and kind == 3:  # Orientation, a SHORT in the entry itself
            info.found.setdefault("exif:orientation", str(struct.unpack(order + "H", entry[8:10])[0]))
            continue
        if tag not in _EXIF_TAGS or kind != 2:
            continue
        if length <= 4:
            raw = entry[8:8 + length]
        else:
            (where,) = struct.unpack(order + "I", entry[8:12])
            raw = tiff[where:where + length]
        info.found.setdefault(_EXIF_TAGS[tag], raw.split(b"\0", 1)[0].decode("utf-8", errors="replace"))
