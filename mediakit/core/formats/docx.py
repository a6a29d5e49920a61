"""Word documents (DOCX) through python-docx, written out as Markdown.

python-docx rather than mammoth: it gives each paragraph's style and runs directly, which
is all this needs (mammoth's HTML drops the style names that say "Heading 2"). Heading
and Title styles become Markdown headings, a paragraph that is bold throughout becomes a
bold line, list paragraphs become items and table cells their own lines, so the block
pipeline sees the structure the author gave the document. Where the author typed instead of
styling, the look says the same: a paragraph numbered or bulleted by Word's list numbering is
an item whatever its style; a bold line ending in a line break opens its paragraph as a bold
line of its own ("About us" then its text); and in a document with no heading styles the first
paragraph set bold and larger than the body is the headline. A metadata title that is only a
label ("Press Release") names no headline. The first page's header and footer, where Word users
put the release's label and date and its press contact, are read above and below the body (page
numbers left out), and a table of contact cards set side by side is read card by card.
"""

from __future__ import annotations

import io
import json
import re

from ..reader import ReleaseError
from ..structure.chrome import is_page_label
from ..structure.labels import is_label

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

_MD_SPECIAL = re.compile(r"([\\`*_\[\]#<>])")


def docx_markdown(data: bytes, name: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - a damaged package raises many kinds; one line for the user
        raise ReleaseError(name, f"this Word document could not be read ({type(exc).__name__})") from None
    title = (document.core_properties.title or "").strip()
    headline = _typed_headline(document)
    top, bottom = _page_furniture(document)
    out = [*top, *_lines(document.iter_inner_content(), headline), *bottom]
    if not out:
        raise ReleaseError(name, "this Word document holds no text")
    text = "\n\n".join(out) + "\n"
    if title and not is_label(title) and not any(line.startswith("#") for line in out[:3]):
        text = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n" + text  # JSON strings are YAML
    return text


def _lines(items: Any, headline: Any = None) -> list[str]:
    """The Markdown lines of a story's paragraphs and tables, in order; ``headline`` (a typed one) as a heading."""
    out: list[str] = []
    for item in items:
        if hasattr(item, "rows"):
            out.extend(_table(item))
        else:
            line = _paragraph(item)
            if line:
                out.append("# " + _MD_SPECIAL.sub(r"\\\1", headline.text.strip()) if headline is not None and item._p is headline._p else line)
    return out


def _page_furniture(document: Any) -> tuple[list[str], list[str]]:
    """What the first page's header and footer say, to go above and below the body: Word's
    writers put a release's label and date in the header and its contact in the footer. Page
    numbers (a field Word fills in) are left out."""
    if not document.sections:
        return [], []
    section = document.sections[0]
    first = section.different_first_page_header_footer
    header, footer = (section.first_page_header, section.first_page_footer) if first else (section.header, section.footer)

    def lines(part: Any) -> list[str]:
        if part.is_linked_to_previous:
            return []
        return [line for line in _lines(part.iter_inner_content()) if not is_page_label(line)]

    return lines(header), lines(footer)


def _paragraph(paragraph: Any) -> str:
    text = re.sub(r"[ \t]+", " ", paragraph.text.replace("\u00a0", " ")).strip()
    if not text:
        return ""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    level = _heading_level(style)
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    if level:
        return "#" * level + " " + escaped
    if "list" in style.lower() or _numbered(paragraph):
        return "- " + escaped.replace("\n", " ")
    runs = [run for run in paragraph.runs if run.text.strip()]
    if runs and all(_bold(run) for run in runs) and len(text) < 200:
        return f"**{escaped}**"
    return _bold_first_line(paragraph, escaped)


def _bold(run: Any) -> bool:
    return bool(run.bold or (run.style is not None and "strong" in (run.style.name or "").lower()))


def _numbered(paragraph: Any) -> bool:
    """A paragraph in Word's list numbering (bullets or numbers), as LibreOffice and Google Docs write lists."""
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.numPr is not None


def _bold_first_line(paragraph: Any, escaped: str) -> str:
    """A paragraph whose first line, all bold, ends in a line break: that line apart, as a bold line."""
    first, _, rest = escaped.partition("\n")
    if not rest.strip() or not first.strip() or len(first) > 120:
        return escaped
    seen = ""
    for run in paragraph.runs:
        if len(seen) >= len(first):
            break
        before = run.text.partition("\n")[0]  # a run may hold the line break and go on after it
        seen += before
        if before.strip() and not _bold(run):
            return escaped
        if "\n" in run.text:
            break
    return f"**{first.strip()}**\n\n{rest.strip()}"


def _typed_headline(document: Any) -> Any:
    """In a document with no heading styles, its first paragraph (of the first five) set bold
    throughout and larger than the body: the headline typed rather than styled."""
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    if any(_heading_level((p.style.name if p.style is not None else "") or "") for p in paragraphs):
        return None
    body = document.styles["Normal"].font.size
    for paragraph in paragraphs[:5]:
        runs = [run for run in paragraph.runs if run.text.strip()]
        sizes = [run.font.size for run in runs]
        if runs and all(_bold(run) for run in runs) and body and all(size and size >= body * 1.2 for size in sizes) \
                and len(paragraph.text) < 250:
            return paragraph
    return None


def _heading_level(style: str) -> int:
    if style.lower() == "title":
        return 1
    found = re.match(r"(?i)(?:heading|überschrift|titre|título|titolo)\s*(\d)", style)
    return min(int(found.group(1)) + 1, 6) if found else 0


def _table(table: Any) -> list[str]:
    """A table's cells as lines, row by row; a table of contact cards side by side (two columns or
    more with an e-mail address each, over two rows or more) column by column, each card one
    paragraph of lines, as a reader reads them."""
    rows = [_cells(row) for row in table.rows]
    width = max((len(row) for row in rows), default=0)
    columns = [[row[i] for row in rows if i < len(row)] for i in range(width)]
    if len(rows) >= 2 and sum(1 for column in columns if any("@" in cell for cell in column)) >= 2:
        return ["\n".join(line for cell in column for line in cell.split("\n\n") if line) for column in columns]
    return [line for row in rows for cell in row for line in cell.split("\n\n") if line]


def _cells(row: Any) -> list[str]:
    """A row's cells, each its paragraphs' lines (a blank line apart); a merged cell once."""
    seen: set[int] = set()
    cells = []
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell repeats in every column it spans
            continue
        seen.add(id(cell._tc))
        cells.append("\n\n".join(line for line in (_paragraph(p) for p in cell.paragraphs) if line))
    return cells
