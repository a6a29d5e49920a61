"""Documents that are not text files: PDF, Word and OpenDocument text, recognised by their content and turned
into text the block pipeline already reads (plain text for PDF, Markdown for Word, so
headings and bold lines keep their role).

``sniff`` looks at the bytes, never only the suffix; ``convert`` returns ``(text, suffix)``
for the rest of the core, or raises ``ReleaseError`` with one line for the user.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

PDF, DOCX, ODT, EMAIL, KIT = "pdf", "docx", "odt", "email", "kit"

# Who hears a long document's first pages while the rest is read (a PDF's, so far: ``pdf``):
# called with their text, as ``convert`` would give it for a document of those pages alone.
# Set per thread (a context variable) by whoever wants a first look (``loading.open_release``).
first_pages: ContextVar[Callable[[str], None] | None] = ContextVar("first_pages", default=None)


def may_be_document(head: bytes) -> bool:
    """Whether a file starting with ``head`` (its first KB) may be a PDF or Word file: one that
    is converted before it is read, which can take seconds whatever its size."""
    return head[:1024].lstrip().startswith(b"%PDF") or head.startswith(b"PK\x03\x04")


def sniff(data: bytes, name: str = "") -> str | None:
    """``"pdf"``, ``"docx"``, ``"odt"``, ``"email"``, ``"kit"`` (any other zip) or None (a text file, or
    no format this module reads). ``name`` only helps tell a saved e-mail from text."""
    if data[:1024].lstrip().startswith(b"%PDF"):
        return PDF
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return DOCX
                from .odt import is_odt

                if is_odt(archive):
                    return ODT
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
            return None
        return KIT
    from .eml import looks_like_email

    if looks_like_email(data, name):
        return EMAIL
    return None


def convert(data: bytes, kind: str, name: str) -> tuple[str, str]:
    """The document's text and the suffix that says how to read it (``.txt`` or ``.md``)."""
    if kind in (DOCX, ODT):  # a zip: refused before inflating when it would unpack past the limits
        from ..kit.archive import check_zip

        check_zip(data, name)
    if kind == PDF:
        from .pdf import pdf_text

        return pdf_text(data, name), ".txt"
    if kind == ODT:
        from .odt import odt_markdown

        return odt_markdown(data, name), ".md"
    from .docx import docx_markdown

    return docx_markdown(data, name), ".md"
