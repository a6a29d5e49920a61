"""The core's front door: from a file or text to a complete ``Release``.

Order matters: the headline and dateline come first (the dateline's place tells the
contacts which country a bare phone number is in), the contact blocks are claimed before
sections are found (an organisation's name in bold inside a contact block is no heading),
and figures and quotes come last, once every block knows its section.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from . import structure
from .bundled import DEFAULT_RELEASE_NAME, default_release_text
from .contacts import extract_contacts, fill_contact_orgs, is_contact_line
from .document import ContentError, parse_text
from .figures import extract_figures
from .model import Block, Release
from .quotes import extract_quotes
from .reader import ReleaseError, SourceText, read_source

__all__ = ["ReleaseError", "load_release", "parse_release", "default_release", "default_release_text",
           "release_from_source"]


def load_release(path: str | Path) -> Release:
    """Read and analyse a release file; raises ``ReleaseError`` with a one-line message."""
    return release_from_source(read_source(path), path)


def release_from_source(source: SourceText, path: str | Path) -> Release:
    """Analyse text already read from ``path``; raises ``ReleaseError`` when nothing can be shown."""
    try:
        release = parse_release(source.text, name=source.name, suffix=source.suffix)
    except ContentError as exc:
        raise ReleaseError(path, str(exc)) from None
    if not release.blocks:
        raise ReleaseError(path, "no readable text was found in the file")
    if source.damaged:
        release.warnings.append("Some bytes could not be read as text and were replaced (is the file cut short?).")
    return release


def default_release() -> Release:
    return parse_release(default_release_text(), name=DEFAULT_RELEASE_NAME, suffix=".md")


def parse_release(text: str, name: str = "release.md", suffix: str | None = None) -> Release:
    """Analyse release text. Never raises on odd content: the worst case is an empty model."""
    suffix = suffix if suffix is not None else Path(name).suffix.lower()
    doc = parse_text(text, suffix)
    blocks = doc.blocks
    warnings = doc.repairs.warnings()

    status, embargo = _mark_labels(blocks)
    title_index, title = _find_title(blocks, doc.front_matter, name)
    _mark_title_repeats(blocks, title)
    _mark_chrome(blocks)
    dateline = structure.find_dateline(blocks, title_index + 1)
    if dateline.block >= 0:
        blocks[dateline.block].role = "dateline"
    date = dateline.date or _date_above_title(blocks, title_index) or _front_matter_date(doc.front_matter)
    region = structure.region_for_place(dateline.place)

    contacts = extract_contacts(blocks, region)
    body_start = max(title_index + 1, dateline.block if dateline.block >= 0 else 0)
    if dateline.block >= 0:
        body_start = dateline.block + 1
    sections = structure.build_sections(blocks, body_start)
    end_of_body = _end_of_body(blocks, body_start)
    about = structure.about_parts(blocks, sections, end_of_body)
    fill_contact_orgs(contacts, about, blocks)
    figures = extract_figures(blocks, region)
    quotes = extract_quotes(blocks)

    organization = _organization(about, contacts)
    return Release(
        title=title, date=date, place=dateline.place, status=status, embargo=embargo,
        sections=sections, figures=figures, quotes=quotes, contacts=contacts, about=about,
        warnings=warnings, blocks=blocks, dateline=dateline.text, organization=organization,
        source_name=name, source_format=doc.source_format, region=region,
    )


def _mark_labels(blocks: list[Block]) -> tuple[str | None, str | None]:
    """Labels above the headline ("Press Release", "For Immediate Release", an embargo)."""
    status: str | None = None
    embargo: str | None = None
    for block in blocks[:15]:
        text = block.text.strip(" *")
        if not text or block.kind == "image":
            continue
        when = structure.embargo_text(text)
        if when is not None:
            embargo = structure.parse_embargo(when)
            status = "embargoed"
            block.role = "front"
            continue
        if structure.is_label(text):
            if structure.is_immediate(text) and status is None:
                status = "for immediate release"
            block.role = "front"
    return status, embargo


def _find_title(blocks: list[Block], front: dict[str, Any], name: str) -> tuple[int, str]:
    """The headline: a heading near the top, else the front matter's title, else a first line."""
    # A contact block printed above the headline ("CONTACT: Jane Roe / (512) 555-0176") is no headline.
    top = [b for b in blocks[:20] if b.role == "body" and b.kind in ("heading", "paragraph") and b.text.strip()
           and not (b.kind == "paragraph" and is_contact_line(b))][:12]
    for block in top:
        if block.kind == "paragraph" and len(block.text) >= 200:
            break  # the story has begun: a heading after it is a section, not the headline
        if block.kind == "heading" and block.level <= 3 and len(block.text) > 3:
            block.role = "title"
            return block.index, _clean_title(block.text)
    fm_title = front.get("title") if isinstance(front.get("title"), str) else None
    if fm_title:
        return -1, _clean_title(fm_title)
    for block in top[:5]:
        if block.strong and len(block.text.split()) >= 3 and not structure.find_date(block.text, 40):
            block.role = "title"
            return block.index, _clean_title(block.text)
    for block in top[:3]:
        if block.kind == "paragraph" and 3 <= len(block.text) <= 250 and not structure.find_date(block.text, 40):
            block.role = "title"
            return block.index, _clean_title(_strip_site_suffix(block.text, blocks))
    return -1, Path(name).stem


def _date_above_title(blocks: list[Block], title_index: int) -> str | None:
    """A date line printed above the headline ("FOR IMMEDIATE RELEASE / March 3, 2025"), not an embargo's."""
    for block in blocks[:max(title_index, 0)]:
        text = block.text.strip(" *")
        if block.kind not in ("paragraph", "heading") or len(text) > 80 or structure.embargo_text(text) is not None:
            continue
        found = structure.find_date(text)
        if found and len(text) - (found.end - found.start) < 40:
            return found.iso
    return None


def _clean_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" *#")


def _strip_site_suffix(text: str, blocks: list[Block]) -> str:
    """A page title "Headline | Site name" loses the site name."""
    if " | " not in text:
        return text
    head = text.rsplit(" | ", 1)[0].strip()
    if any(b.text.strip() == head for b in blocks) or len(text.rsplit(" | ", 1)[1].split()) <= 6:
        return head
    return text


def _mark_title_repeats(blocks: list[Block], title: str) -> None:
    key = title.casefold()
    for block in blocks:
        if block.role == "body" and block.text.strip(" *").casefold() == key:
            block.role = "chrome"


def _mark_chrome(blocks: list[Block]) -> None:
    """Page chrome and archive footers: a wire's "View the original release", link lists after it."""
    for i, block in enumerate(blocks):
        if block.role == "body" and structure.is_chrome(block.text):
            block.role = "chrome"
            # an archive footer runs from here to the end when nothing long follows
            rest = blocks[i + 1:]
            if all(len(b.text) < 80 for b in rest):
                for b in rest:
                    b.role = "chrome"


def _end_of_body(blocks: list[Block], start: int) -> int:
    """Index of the first contact block or end mark after the story began: what follows is apart from it."""
    for block in blocks[start:]:
        if block.role in ("contact", "contact_heading") or block.kind == "rule":
            return block.index
    return len(blocks)


def _front_matter_date(front: dict[str, Any]) -> str | None:
    value = front.get("date")
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        match = structure.find_date(value)
        return match.iso if match else None
    return None


def _organization(about: list, contacts: list) -> str | None:
    """The issuer, for citations: the first boilerplate's organisation, by the shorter name the
    press office uses for itself when that is part of it ("Cyberport" in "Hong Kong Cyberport")."""
    names = [structure.about_subject(part.title).strip(" :：") for part in about]
    names = [n for n in names if n]
    orgs = [c.organization for c in contacts if c.organization]
    if names:
        for org in orgs:
            if org.casefold() in names[0].casefold():
                return org
        return names[0]
    return orgs[0] if orgs else None
