"""Word documents (DOCX) through python-docx, written out as Markdown.

python-docx rather than mammoth: it gives each paragraph's style and runs directly, which
is all this needs (mammoth's HTML drops the style names that say "Heading 2"). Heading
and Title styles become Markdown headings, a paragraph that is bold throughout becomes a
bold line, list paragraphs become items and table cells their own lines, so the block
pipeline sees the structure the author gave the document.
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

from ..reader import ReleaseError

_MD_SPECIAL = re.compile(r"([\\`*_\[\]#<>])")


def docx_markdown(data: bytes, name: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - a damaged package raises many kinds; one line for the user
        raise ReleaseError(name, f"this Word document could not be read ({type(exc).__name__})") from None
    out: list[str] = []
    title = (document.core_properties.title or "").strip()
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            out.extend(_table(item))
        else:
            line = _paragraph(item)
            if line:
                out.append(line)
    if not out:
        raise ReleaseError(name, "this Word document holds no text")
    text = "\n\n".join(out) + "\n"
    if title and not any(line.startswith("#") for line in out[:3]):
        text = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n" + text  # JSON strings are YAML
    return text


def _paragraph(paragraph: Any) -> str:
    text = re.sub(r"[ \t]+", " ", paragraph.text.replace("\u00a0", " ")).strip()
    if not text:
        return ""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    level = _heading_level(style)
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    if level:
        return "#" * level + " " + escaped
    if "list" in style.lower():
        return "- " + escaped
    runs = [run for run in paragraph.runs if run.text.strip()]
    if runs and all(run.bold or (run.style is not None and "strong" in (run.style.name or "").lower()) for run in runs) \
            and len(text) < 200:
        return f"**{escaped}**"
    return escaped


def _heading_level(style: str) -> int:
    if style.lower() == "title":
        return 1
    found = re.match(r"(?i)(?:heading|überschrift|titre|título|titolo)\s*(\d)", style)
    return min(int(found.group(1)) + 1, 6) if found else 0


def _table(table: Any) -> list[str]:
    lines = []
    for row in table.rows:
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats in every column it spans
                continue
            seen.add(id(cell._tc))
            for paragraph in cell.paragraphs:
                line = _paragraph(paragraph)
                if line:
                    lines.append(line)
    return lines

