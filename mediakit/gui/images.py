"""Images for the reader, read from bytes MediaKit opened itself: an SVG never reaches outside.

Qt's SVG reader follows an SVG's own references (``<image href="/any/file">``, ``../``,
``xlink:href``, ``@import`` and ``url(file:…)`` in its styles, external entities) and opens
those files itself, from anywhere on disk. So the reader reads the file's bytes, and an SVG
that refers to anything but its own parts (``#id``) or inline raster data is refused: the
caller shows its placeholder. What is left is decoded from the bytes (``QImage.fromData``
with the format named: raster formats by their first bytes, else SVG), with no path for Qt
to resolve anything against. A picture the release carries inside itself (a ``data:image/…;base64``
address, as a page saved with its images inlined) is decoded from those bytes the same way.

Hand-written, not a sanitiser library: none is in the project, and refusing is simpler and
safer than rewriting an SVG (the reader loses nothing a press release needs).
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from pathlib import Path

from PySide6.QtGui import QImage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

MAX_IMAGE_BYTES = 20 * 1024 * 1024
# Raster formats by their first bytes: Qt is told the format, so it never guesses "SVG".
_RASTER = ((b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"BM", "BMP"))
# A reference to anything outside the SVG: an attribute naming a file or URL (not "#part",
# not inline raster data), a style's url(...) or @import, an entity or style sheet from outside.
_INLINE_OK = rb"(?!\#|data:image/(?:png|jpe?g|gif|bmp|webp)[;,])"
_OUTSIDE = re.compile(
    rb"""(?:\b(?:xlink:)?href|\bsrc)\s*=\s*["']?\s*""" + _INLINE_OK
    + rb"""|url\s*\(\s*["']?\s*""" + _INLINE_OK
    + rb"|@import|<!ENTITY|\bSYSTEM\b|\bPUBLIC\b|<\?xml-stylesheet|<xi:include|\bxml:base\b",
    re.I)


def raster_format(data: bytes) -> str | None:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return next((fmt for magic, fmt in _RASTER if data.startswith(magic)), None)


def refers_outside(svg: bytes) -> bool:
    """True when the SVG refers to a file or address outside itself (Qt would open it)."""
    return bool(_OUTSIDE.search(svg))


def safe_image(path: Path) -> QImage | None:
    """The image at ``path`` (already known to be inside the release's folder), or None when
    it cannot be shown safely: too big, unreadable, not a known raster format, or an SVG
    that refers outside itself."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError:
        return None
    return decoded(data)


def path_inside(url: QUrl, folder: Path | None) -> Path | None:
    """The file ``url`` names (a relative path or a ``file:`` URL) if it lies inside ``folder``, else None."""
    if folder is None:
        return None
    scheme = url.scheme().lower()
    if scheme == "file":
        candidate = Path(url.toLocalFile())
    elif scheme == "" and not url.host():
        relative = url.path()
        if not relative or relative.startswith("/"):
            return None
        candidate = folder / relative
    else:
        return None
    try:
        resolved = candidate.resolve()
    except (OSError, RuntimeError):
        return None
    return resolved if resolved.is_relative_to(folder) else None


def release_image(address: str, path: Path | None) -> QImage | None:
    """The image the reader shows for ``address``: the one it carries (``data:image/``), else the
    file ``path`` (inside the release's folder); None when there is none to show safely."""
    if address[:5].lower() == "data:":
        return embedded_image(address)
    return safe_image(path) if path is not None and path.is_file() else None


def embedded_image(uri: str) -> QImage | None:
    """The image a ``data:image/…;base64,…`` address carries inside the release (a page saved with
    its pictures inlined), decoded from those bytes like any other; None when it cannot be shown."""
    head, comma, payload = uri.partition(",")
    if not comma or not head.lower().startswith("data:image/") or not head.lower().endswith(";base64"):
        return None
    if len(payload) > MAX_IMAGE_BYTES * 4 // 3 + 4:
        return None
    import base64
    import binascii

    try:
        data = base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return decoded(data)


def decoded(data: bytes) -> QImage | None:
    """``data`` as an image when it can be shown safely (``safe_bytes``), else None."""
    decodable = safe_bytes(data)
    if decodable is None:
        return None
    image = QImage.fromData(*decodable)
    return None if image.isNull() else image


def safe_bytes(data: bytes) -> tuple[bytes, str] | None:
    """An image's bytes and the format to decode them as, never left for Qt to guess; None when
    they cannot be shown safely (too big, no known raster format, an SVG referring outside itself).
    Every image MediaKit decodes goes through here: the reader's, and a kit's thumbnails and copies."""
    if len(data) > MAX_IMAGE_BYTES:
        return None
    fmt = raster_format(data)
    if fmt is not None:
        return data, fmt
    svg = _svg_text(data)
    if svg is None or refers_outside(svg):
        return None
    return svg, "SVG"


def _svg_text(data: bytes) -> bytes | None:
    """The SVG's markup (unpacked from .svgz), or None when this is no SVG."""
    if data.startswith(b"\x1f\x8b"):  # .svgz: Qt would unpack it and follow what is inside
        try:
            data = gzip.GzipFile(fileobj=io.BytesIO(data)).read(MAX_IMAGE_BYTES + 1)
        except (OSError, EOFError, zlib.error):
            return None
        if len(data) > MAX_IMAGE_BYTES:
            return None
    return data if b"<svg" in data.lower() else None
