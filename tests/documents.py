"""Documents built in the tests: a PDF with a text layer and a Word file, in words of our own.

Shared by the core tests and the frozen-bundle tests, so both read the same bytes.
"""

from __future__ import annotations

import io
from typing import Any


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica, one line each), xref included."""
    return pdf_pages_bytes([lines])


def pdf_pages_bytes(pages: list[list[str]]) -> bytes:
    """A PDF of ``len(pages)`` pages, each holding its lines as ``pdf_bytes`` does."""
    count = len(pages)
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(f'{4 + 2 * i} 0 R' for i in range(count))}] /Count {count} >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, lines in enumerate(pages):
        stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       f"/Contents {5 + 2 * i} 0 R /Resources << /Font << /F1 3 0 R >> >> >>")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    return _pdf_file(objects)


def _pdf_file(objects: list[str], info: int | None = None) -> bytes:
    """``objects`` numbered from 1 (the catalog first) as a PDF file, its xref and trailer
    included; ``info`` is the number of the document information object, if any."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    entry = f" /Info {info} 0 R" if info is not None else ""
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{entry} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def sized_pdf_bytes(lines: list[tuple[float, str]], title: str = "", blank_first: bool = False,
                    overprint: float = 0.0) -> bytes:
    """A PDF whose page sets each ``(size, text)`` line in Helvetica of that size, top down (a text
    starting "~" with its words spread over the column, as a justified line ending in a line break); with
    ``title`` as its metadata title, a blank page before it, or every line printed a second time
    ``overprint`` points to the right (as a writer's synthetic bold does)."""
    ops, y = [], 760.0
    for size, text in lines:
        y -= size * 1.5
        if text.startswith("~"):  # a justified line ending in a line break: its words spread over the column
            words = text[1:].split()
            step = 468 / max(len(words) - 1, 1)
            ops.extend(f"BT /F1 {size} Tf {72 + i * step:.1f} {y:.1f} Td ({word}) Tj ET" for i, word in enumerate(words))
            continue
        ops.append(f"BT /F1 {size} Tf 72 {y:.1f} Td ({text}) Tj ET")
        if overprint:
            ops.append(f"BT /F1 {size} Tf {72 + overprint} {y:.1f} Td ({text}) Tj ET")
    stream = " ".join(ops)
    pages = (["<< /Length 0 >>\nstream\n\nendstream"] if blank_first else []) + [
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"]
    count = len(pages)
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(f'{4 + 2 * i} 0 R' for i in range(count))}] /Count {count} >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, content in enumerate(pages):
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       f"/Contents {5 + 2 * i} 0 R /Resources << /Font << /F1 3 0 R >> >> >>")
        objects.append(content)
    if title:
        objects.append(f"<< /Title ({title}) /Producer (tests) >>")
    return _pdf_file(objects, len(objects) if title else None)


def docx_bytes() -> bytes:
    """A Word release: a heading style headline, a dateline, a bold line alone and a body line."""
    import docx

    document = docx.Document()
    document.add_heading("Hill Railway Reopens Its Upper Line", level=1)
    document.add_paragraph("BROOKVALE, 5 May 2032 – The railway runs 6 trains a day from June.")
    document.add_paragraph().add_run("Timetable").bold = True
    document.add_paragraph("Trains leave every two hours from the lower station.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def faced_pdf_bytes(paragraphs: list[list[tuple[Any, ...]]], pages: int = 1, title: str = "") -> bytes:
    """A PDF of ``pages`` pages, each holding ``paragraphs``: lists of ``(bold, text)`` lines set in
    Helvetica or Helvetica-Bold 11 pt (or ``(bold, text, size)``; a line ``(None, [(bold, text), ...])``
    sets its pieces one after the other), a blank line's space between paragraphs (WinAnsi text);
    with ``title`` as its metadata title."""
    ops, y = [], 740.0
    for lines in paragraphs:
        for bold, text, *size in lines:
            points = size[0] if size else 11
            x = 72.0
            for face, piece in (text if isinstance(text, list) else [(bold, text)]):
                ops.append(f"BT /F{2 if face else 1} {points} Tf {x:.1f} {y:.1f} Td ({piece}) Tj ET")
                x += len(piece) * points * 0.5
            y -= points * 1.3
        y -= 14
    stream = " ".join(ops)
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(f'{5 + i} 0 R' for i in range(pages))}] /Count {pages} >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    objects += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + pages} 0 R "
                "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>"] * pages
    objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    if title:
        objects.append(f"<< /Title ({title}) /Producer (tests) >>")
    return _pdf_file(objects, len(objects) if title else None)


def spaced_pdf_bytes(paragraphs: list[list[str]], leading: float, gap: float, columns: int = 1) -> bytes:
    """A one-page PDF of ``paragraphs`` (lists of lines) set in Helvetica 11 pt, ragged right,
    their lines ``leading`` times the type size apart and ``gap`` points more between paragraphs;
    with ``columns=2`` the paragraphs flow into two columns, half in each (WinAnsi text)."""
    size, ops = 11, []
    halves = [paragraphs] if columns == 1 else [paragraphs[: (len(paragraphs) + 1) // 2],
                                                 paragraphs[(len(paragraphs) + 1) // 2:]]
    for column, part in enumerate(halves):
        x, y = 72 + column * 250, 740.0
        for lines in part:
            for line in lines:
                ops.append(f"BT /F1 {size} Tf {x} {y:.1f} Td ({line}) Tj ET")
                y -= size * leading
            y -= gap
    stream = " ".join(ops)
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"]
    return _pdf_file(objects)
