"""Documents that are not text files: PDF and Word, recognised by their content and turned
into text the block pipeline already reads (plain text for PDF, Markdown for Word, so
headings and bold lines keep their role).

``sniff`` looks at the bytes, never only the suffix; ``convert`` returns ``(text, suffix)``
for the rest of the core, or raises ``ReleaseError`` with one line for the user.
"""

from __future__ import annotations

import io
import zipfile

PDF, DOCX = "pdf", "docx"


def may_be_document(head: bytes) -> bool:
    """Whether a file starting with ``head`` (its first KB) may be a PDF or Word file: one that
    is converted before it is read, which can take seconds whatever its size."""
    return head[:1024].lstrip().startswith(b"%PDF") or head.startswith(b"PK\x03\x04")


def sniff(data: bytes) -> str | None:
    """``"pdf"``, ``"docx"`` or None (not a document format this module reads)."""
    if data[:1024].lstrip().startswith(b"%PDF"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return DOCX
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
    return None


def convert(data: bytes, kind: str, name: str) -> tuple[str, str]:
    """The document's text and the suffix that says how to read it (``.txt`` or ``.md``)."""
    if kind == PDF:
        from .pdf import pdf_text

        return pdf_text(data, name), ".txt"
    from .docx import docx_markdown

    return docx_markdown(data, name), ".md"
