"""Which file of a kit is the release, and what kind of asset each other file is.

The release is the document whose file name says so in any language the lexicon knows
("press release", "Pressemitteilung", "新聞稿": ``RELEASE_FILE_WORDS``), else the one
whose first lines say so, else the largest document. Words are compared with case,
spaces, dashes and underscores folded away, so ``Press_Release-2025.pdf`` and
``pressrelease.docx`` both match "press release".
"""

from __future__ import annotations

import mimetypes
from functools import cache
from pathlib import PurePosixPath

from .archive import Member

DOCUMENT_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".html", ".htm", ".xhtml",
                               ".pdf", ".docx", ".odt", ".eml"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".tif", ".tiff", ".bmp", ".heic"})
_TEXT_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".html", ".htm", ".xhtml"})
CONTENT_PEEK_BYTES = 4096
MAX_PEEKS = 8


def fold(text: str) -> str:
    """``text`` with case folded and everything but letters and digits removed."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@cache
def _folded_words() -> tuple[str, ...]:
    from .. import lexicon  # only a kit needs it: opening a single file stays light

    return tuple(sorted({fold(word) for word in lexicon.words("RELEASE_FILE_WORDS") if fold(word)}, key=len))


def names_release(text: str) -> bool:
    """True when ``text`` (a file name or a document's first lines) says it is a press release."""
    folded = fold(text)
    return any(word in folded for word in _folded_words())


def suffix(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def is_document(name: str) -> bool:
    return suffix(name) in DOCUMENT_SUFFIXES


def kind_of(name: str) -> str:
    """``"image"``, ``"document"`` or ``"other"``, by the file's name."""
    if suffix(name) in IMAGE_SUFFIXES:
        return "image"
    return "document" if is_document(name) else "other"


def media_type(name: str) -> str:
    guessed = {".md": "text/markdown", ".markdown": "text/markdown", ".webp": "image/webp", ".heic": "image/heic",
               ".eml": "message/rfc822",
               ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               ".odt": "application/vnd.oasis.opendocument.text"}.get(suffix(name))
    return guessed or mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"


def pick_release(members: list[Member]) -> Member | None:
    """The member that is the release (see the module's docstring); None when the kit holds no document."""
    documents = [m for m in members if is_document(m.name) and m.size > 0]
    if not documents:
        return None
    named = [m for m in documents if names_release(PurePosixPath(m.name).name)]
    if named:
        return max(named, key=_rank)
    peeked = 0
    said: list[Member] = []
    for member in sorted(documents, key=_rank, reverse=True):
        if suffix(member.name) in _TEXT_SUFFIXES and peeked < MAX_PEEKS:
            peeked += 1
            try:
                head = member.read(CONTENT_PEEK_BYTES).decode("utf-8", errors="ignore")
            except Exception:  # noqa: BLE001 - an unreadable member is simply not the release
                continue
            if names_release(head[:1500]):
                said.append(member)
    return max(said or documents, key=_rank)


def _rank(member: Member) -> tuple[int, int]:
    """Larger first; a document of the top folder before one in a subfolder of the same size."""
    return (member.size, -member.name.count("/"))
