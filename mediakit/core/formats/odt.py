"""OpenDocument text (ODT), written out as Markdown like a Word document.

Read with the standard library (``zipfile`` and ``xml.etree``): an ODT is a zip whose
``content.xml`` holds headings (``text:h`` with their outline level), paragraphs, lists
and tables, and whose ``meta.xml`` holds the title. odfpy would add a dependency for what
is a walk over one XML tree. A paragraph set bold throughout (its automatic style, or
every span's) becomes a bold line, as in ``docx``; a link whose text hides a ``mailto:``
address keeps the address beside it.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from xml.etree import ElementTree as ET

from ..reader import ReleaseError

ODT_MEDIA_TYPE = b"application/vnd.oasis.opendocument.text"
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#<>])")
MAX_XML_BYTES = 20 * 1024 * 1024


def _tag(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def is_odt(archive: zipfile.ZipFile) -> bool:
    try:
        info = archive.getinfo("mimetype")
        # the member is read only when its size is a media type's: a zip bomb's huge "mimetype" is not
        return info.file_size <= 200 and archive.read(info).strip() == ODT_MEDIA_TYPE
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError):
        return False


def odt_markdown(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = _read(archive, "content.xml")
            meta = _read(archive, "meta.xml", required=False)
        root = ET.fromstring(content)
    except Exception as exc:  # noqa: BLE001 - a damaged package raises zipfile, zlib and XML errors alike
        raise ReleaseError(name, f"this OpenDocument text could not be read ({type(exc).__name__})") from None
    bold = _bold_styles(root)
    body = root.find("office:body/office:text", _NS)
    out: list[str] = []
    if body is not None:
        _walk(body, bold, out)
    if not out:
        raise ReleaseError(name, "this OpenDocument text holds no text")
    text = "\n\n".join(out) + "\n"
    title = _title(meta)
    if title and not any(line.startswith("#") for line in out[:3]):
        text = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n" + text
    return text


def _read(archive: zipfile.ZipFile, member: str, required: bool = True) -> bytes:
    try:
        info = archive.getinfo(member)
    except KeyError:
        if required:
            raise
        return b""
    if info.file_size > MAX_XML_BYTES:
        raise ValueError(f"{member} is too large")
    return archive.read(info)


def _title(meta: bytes) -> str:
    if not meta:
        return ""
    try:
        found = ET.fromstring(meta).find(".//dc:title", _NS)
    except ET.ParseError:
        return ""
    return " ".join((found.text or "").split()) if found is not None else ""


def _bold_styles(root: ET.Element) -> set[str]:
    """Names of the automatic styles that set text bold."""
    names = set()
    for style in root.iter(_tag("style", "style")):
        props = style.find("style:text-properties", _NS)
        if props is not None and props.get(_tag("fo", "font-weight")) in ("bold", "700", "800", "900"):
            names.add(style.get(_tag("style", "name"), ""))
    return names


def _walk(element: ET.Element, bold: set[str], out: list[str], in_list: bool = False) -> None:
    for child in element:
        if child.tag == _tag("text", "h"):
            level = int(child.get(_tag("text", "outline-level"), "1") or 1)
            line = _inline(child).replace("\n", " ")
            if line:
                out.append("#" * min(max(level, 1), 6) + " " + _escape(line))
        elif child.tag == _tag("text", "p"):
            _paragraph(child, bold, out, in_list)
        elif child.tag in (_tag("text", "list"), _tag("text", "list-item")):
            _walk(child, bold, out, True)
        elif child.tag in (_tag("table", "table"), _tag("table", "table-row"), _tag("table", "table-cell"),
                           _tag("table", "table-header-rows"), _tag("text", "section")):
            _walk(child, bold, out, in_list)


def _paragraph(element: ET.Element, bold: set[str], out: list[str], in_list: bool) -> None:
    line = _inline(element)
    if not line:
        return
    text = _escape(line)
    if in_list:
        out.append("- " + text.replace("\n", " "))
    elif len(line) < 200 and _all_bold(element, bold):
        out.append(f"**{text}**")
    else:
        out.append(text)


def _all_bold(element: ET.Element, bold: set[str]) -> bool:
    if element.get(_tag("text", "style-name")) in bold:
        return True
    spans = [span for span in element if span.tag == _tag("text", "span") and "".join(span.itertext()).strip()]
    loose = (element.text or "").strip() or any((span.tail or "").strip() for span in element)
    return bool(spans) and not loose and all(span.get(_tag("text", "style-name")) in bold for span in spans)


def _inline(element: ET.Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == _tag("text", "s"):
            parts.append(" " * int(child.get(_tag("text", "c"), "1") or 1))
        elif child.tag == _tag("text", "tab"):
            parts.append(" ")
        elif child.tag == _tag("text", "line-break"):  # kept, as Word's: a contact card's lines stay apart
            parts.append("\n")
        elif child.tag in (_tag("text", "note"), _tag("office", "annotation")):
            pass  # footnotes and comments are not the paragraph's text
        else:
            inner = _inline(child)
            href = child.get(_tag("xlink", "href"), "") if child.tag == _tag("text", "a") else ""
            if href.lower().startswith("mailto:") and href[7:].split("?")[0] not in inner:
                inner = f"{inner} ({href[7:].split('?')[0]})"
            parts.append(inner)
        parts.append(child.tail or "")
    text = re.sub(r"[^\S\n]+", " ", "".join(parts).replace("\u00a0", " "))
    return re.sub(r" ?\n[\s]*", "\n", text).strip()


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)
