"""The exact text each copy action puts on the clipboard, and the plain-text export (no Qt).

Kept apart from the widgets so the wording is defined once and tested directly:
a key figure with its sentence and source, a quote in news style, a contact block,
a citation, a section, the whole release as plain text.
"""

from __future__ import annotations

import datetime as dt
import re

from ..core.model import Contact, Figure, Quote, Release, Section

READING_WORDS_PER_MINUTE = 230
_WORD = re.compile(r"[^\s–—-]*\w[^\s]*")  # a dash standing alone is no word
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # each Chinese character counts as a word
_STORY_ROLES = ("title", "dateline", "body", "heading")
_OPEN_QUOTES = "“\"‘'«„"
_CLOSE_QUOTES = "”\"’'»“"
SHORT_NAME_LIMIT = 60
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')  # forbidden in a file name on some system


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def short_date(value: str | None) -> str:
    """``2026-02-25`` -> ``25 Feb 2026``; anything else is returned as given."""
    date = _parse_date(value)
    return f"{date.day} {date.strftime('%b')} {date.year}" if date else (value or "")


def long_date(value: str | None) -> str:
    """``2026-02-25`` -> ``25 February 2026``; anything else is returned as given."""
    date = _parse_date(value)
    return f"{date.day} {date.strftime('%B')} {date.year}" if date else (value or "")


def human_date_time(value: str) -> str:
    """``2026-03-10T09:00`` -> ``10 March 2026, 09:00``; anything else is returned as given."""
    date = _parse_date(value)
    if date is None:
        return value
    time = value[11:16] if len(value) >= 16 and value[10] == "T" else ""
    return f"{long_date(value)}, {time}" if time else long_date(value)


def source_label(release: Release) -> str:
    """``Harbourline, 9 Mar 2031``: who said it and when, for a copied figure."""
    parts = [release.organization or "", short_date(release.date)]
    return ", ".join(p for p in parts if p)


def figure_sentence(figure: Figure, release: Release) -> str:
    """The sentence a figure was found in (the core's context, else its block's text)."""
    if figure.context:
        return figure.context.strip()
    if 0 <= figure.block < len(release.blocks):
        return release.blocks[figure.block].text.strip()
    return ""


def figure_details(figure: Figure) -> str:
    """Qualifier and unit under a figure: ``more than · billion · HKD``."""
    parts = [figure.qualifier or "", figure.unit or "", figure.currency or ""]
    seen: list[str] = []
    for part in parts:
        if part and part.lower() not in (p.lower() for p in seen) and part.lower() not in figure.text.lower():
            seen.append(part)
    return " · ".join(seen)


def figure_copy_text(figure: Figure, release: Release) -> str:
    """``€42 million — <its sentence> (Harbourline, 9 Mar 2031)``."""
    text = figure.text.strip()
    sentence = figure_sentence(figure, release)
    if sentence:
        text = f"{text} — {sentence}"
    source = source_label(release)
    return f"{text} ({source})" if source else text


def _bare_quote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] in _OPEN_QUOTES and text[-1] in _CLOSE_QUOTES:
        text = text[1:-1].strip()
    return text


def quote_text_only(quote: Quote) -> str:
    """The quoted words alone: no quotation marks, no attribution, no comma left by "…," said."""
    words = _bare_quote(quote.text)
    return words[:-1].rstrip() if words.endswith(",") else words


def quote_attribution(quote: Quote) -> str:
    """``Mira Holm, Director of Harbourline``."""
    return ", ".join(p.strip() for p in (quote.speaker, quote.role) if p and p.strip())


def quote_copy_text(quote: Quote) -> str:
    """News style: ``“…,” said Mira Holm, Director of Harbourline.``"""
    words = _bare_quote(quote.text)
    who = quote_attribution(quote)
    if not who:
        return f"“{words}”"
    if words.endswith((".", ",", ";", ":")):
        words = words[:-1].rstrip()
    if words.endswith(("?", "!", "…")):
        return f"“{words}” said {who}."
    return f"“{words},” said {who}."


def international_phone(raw: str, region: str | None) -> str:
    """A phone number in international form (``+852 3166 3841``); unparseable ones unchanged."""
    import phonenumbers  # loaded when a contact is shown, not at start-up

    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return raw.strip()
    if not phonenumbers.is_possible_number(number):
        return raw.strip()
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def contact_text(contact: Contact, region: str | None = None) -> str:
    """A clean block: name, role, organisation, then ``Tel:`` and ``Email:`` lines."""
    lines = [p.strip() for p in (contact.name, contact.role, contact.organization) if p and p.strip()]
    lines += [f"Tel: {international_phone(phone, region)}" for phone in contact.phones]
    lines += [f"Email: {email}" for email in contact.emails]
    return "\n".join(lines)


def contacts_text(contacts: list[Contact], region: str | None = None) -> str:
    return "\n\n".join(contact_text(c, region) for c in contacts)


def short_name(release: Release, limit: int = SHORT_NAME_LIMIT) -> str:
    """The release's short, safe name: ISO date and headline, at most ``limit`` characters,
    cut at a word, with nothing a file system refuses. The PDF export's default file name
    and the print job's name."""
    date = _parse_date(release.date)
    headline = " ".join(_UNSAFE_IN_NAMES.sub(" ", release.title).split())
    name = f"{date.isoformat() if date else ''} {headline}".strip()
    if len(name) > limit:
        head = name[:limit + 1].rsplit(" ", 1)[0]
        name = head if len(head) >= limit // 2 else name[:limit]  # at a word, unless one word is most of it
    name = name.strip(" .-–—,;")  # no hidden file (a leading dot), no dangling punctuation
    return name[:limit] or "release"


def citation(release: Release) -> str:
    """Headline, organisation, date and place: ``“Headline”, Harbourline, 9 March 2031, Riverside.``"""
    parts = [f"“{release.title.strip()}”", release.organization or "", long_date(release.date), release.place or ""]
    return ", ".join(p for p in parts if p) + "."


def section_text(section: Section) -> str:
    """A section's title and text, its subsections included."""
    chunks = [section.title.strip()]
    if section.body.strip():
        chunks.append(section.body.strip())
    chunks += [section_text(child) for child in section.children]
    return "\n\n".join(chunks)


def word_count(release: Release) -> int:
    """Words in the story itself: headline, dateline, body and headings (a Chinese character is a word)."""
    story = [b.text for b in release.blocks if b.role in _STORY_ROLES and b.kind != "image"]
    return sum(len(_WORD.findall(_CJK.sub(" ", text))) + len(_CJK.findall(text)) for text in story)


def reading_minutes(words: int) -> int:
    return max(1, round(words / READING_WORDS_PER_MINUTE)) if words else 0


def release_plain_text(release: Release) -> str:
    """The release as plain text, for Export plain text: no markup, chrome left out."""
    out: list[str] = []
    labels = [b.text.strip(" *") for b in release.blocks if b.role == "front"]
    if labels:
        out.append(" · ".join(labels))
    if not any(b.role == "title" for b in release.blocks):
        out.append(release.title)
    for block in release.blocks:
        if block.role in ("chrome", "front") or (block.kind == "image" and not block.text):
            continue
        if block.kind == "rule":
            out.append("* * *")
        elif block.kind == "image":
            out.append(f"[Image: {block.text}]")
        elif block.kind == "item":
            out.append("  " * max(0, block.level - 1) + "• " + block.text)
        else:
            out.append(block.text)
    text = "\n\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
