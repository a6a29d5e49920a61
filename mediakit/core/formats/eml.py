"""A saved e-mail (``.eml``, RFC 822 / MIME) as a kit: its body and its attachments.

The standard library's ``email`` package (``policy.default``) parses the message and
decodes every part; this module only decides what is what. The body (HTML preferred, as
it keeps headings and bold lines, else plain text) is one document of the kit, each
attachment another file of it. Images in an HTML body are dropped from the text, whatever
they point to: a remote one is never fetched, an attached one is listed as an asset. The
subject and date are kept as the fallback title and date: they stand in only where the
release itself gives none (``reader.describe_source``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py

if TYPE_CHECKING:  # the ``email`` package (about 20 ms to import) only when a message is opened
    from email.message import EmailMessage

HEADER_NAMES = frozenset({"from", "to", "cc", "subject", "date", "mime-version", "message-id", "received",
                          "return-path", "content-type", "delivered-to", "reply-to", "sender"})
STRONG_HEADERS = frozenset({"mime-version", "message-id", "received", "return-path", "delivered-to"})
BODY_NAME = "(message body)"
BODY_FILES = ("message.html", "message.txt")  # the body's name among the kit's files
_HEADER_LINE = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr|rv|sv|vs)\s*:\s*)+", re.I)
_IMG = re.compile(r"<img\b[^>]*>", re.I)


@dataclass
class Part:
    """One file of the message: the body or an attachment, decoded."""

    name: str
    data: bytes


@dataclass
class Message:
    """A saved e-mail: its subject and date, its body and its attachments."""

    subject: str | None
    date: str | None  # YYYY-MM-DD
    body: Part | None
    attachments: list[Part]


def looks_like_email(data: bytes, name: str = "") -> bool:
    """True for a saved message: it opens with mail headers (two, and one only mail has, unless named ``.eml``)."""
    head = data[:8192].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = [line for line in head.split(b"\n") if line and not line[:1].isspace()]
    if lines and lines[0].startswith(b"From ") and len(lines) > 1:  # an mbox file's separator line
        lines = lines[1:]
    if not lines or not _HEADER_LINE.match(lines[0]):
        return False
    found = {m.group(1).decode("ascii").lower() for line in lines if (m := _HEADER_LINE.match(line))}
    known = found & HEADER_NAMES
    return len(known) >= 2 and (bool(found & STRONG_HEADERS) or name.lower().endswith((".eml", ".mht", ".msg")))


def parse_message(data: bytes) -> Message:
    import email
    from email import policy
    from email.message import EmailMessage

    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    subject = _header(message, "subject")
    body_part = message.get_body(preferencelist=("html", "plain"))
    body = _body(body_part) if isinstance(body_part, EmailMessage) else None
    attachments: list[Part] = []
    used: set[str] = set()
    for number, part in enumerate(message.walk(), start=1):
        if part is body_part or part.is_multipart() or not isinstance(part, EmailMessage):
            continue
        if part.get_content_disposition() != "attachment" and part.get_content_maintype() == "text" \
                and not part.get_filename():
            continue  # the other form of the body (text beside HTML)
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        attachments.append(Part(_unique(_file_name(part, number), used), payload))
    return Message(clean_subject(subject), _date(_header(message, "date")), body, attachments)


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message.get(name)
    except (ValueError, TypeError, IndexError):
        return None
    return str(value) if value is not None else None


def _body(part: EmailMessage) -> Part | None:
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str) or not content.strip():
        return None
    if part.get_content_subtype() == "html":
        return Part("message.html", _IMG.sub("", content).encode("utf-8"))
    return Part("message.txt", content.encode("utf-8"))


def _file_name(part: EmailMessage, number: int) -> str:
    from pathlib import PurePosixPath  # here: every file is sniffed through this module, few are e-mails

    name = part.get_filename() or ""
    name = PurePosixPath(name.replace("\\", "/")).name.strip()  # never a path: only the name
    name = "".join(ch for ch in name if ch.isprintable())
    if name and name not in (".", ".."):
        return name
    extension = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
                 "application/pdf": ".pdf", "text/plain": ".txt", "text/html": ".html"}.get(part.get_content_type(),
                                                                                             ".bin")
    return f"attachment-{number}{extension}"


def _unique(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    candidate, count = name, 1
    while candidate in used:
        count += 1
        candidate = f"{stem} ({count}).{ext}" if dot else f"{name} ({count})"
    used.add(candidate)
    return candidate


def clean_subject(subject: str | None) -> str | None:
    """A subject line as a headline: one line, without "Re:", "Fwd:", "AW:" and the like; None when empty."""
    if not subject:
        return None
    subject = _REPLY_PREFIX.sub("", " ".join(subject.split()))
    return subject or None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        from email.utils import parsedate_to_datetime

        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if parsed is not None else None

