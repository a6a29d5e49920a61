"""The core's front door: from a file or text to a complete ``Release``.

Order matters: the headline and dateline come first (the dateline's place tells the
contacts which country a bare phone number is in), the contact blocks are claimed before
sections are found (an organisation's name in bold inside a contact block is no heading),
and figures and quotes come last, once every block knows its section.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from . import structure
from .bundled import DEFAULT_RELEASE_NAME, default_release_text
from .contacts import extract_contacts
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

    status, embargo = structure.mark_labels(blocks)
    title_index, title = structure.find_title(blocks, doc.front_matter, name)
    structure.mark_title_repeats(blocks, title)
    structure.mark_chrome(blocks)
    dateline = structure.find_dateline(blocks, title_index + 1)
    if dateline.block >= 0:
        blocks[dateline.block].role = "dateline"
    date = dateline.date or structure.date_above_title(blocks, title_index) or structure.front_matter_date(doc.front_matter)
    region = structure.region_for_place(dateline.place)

    contacts = extract_contacts(blocks, region)
    body_start = max(title_index + 1, dateline.block if dateline.block >= 0 else 0)
    if dateline.block >= 0:
        body_start = dateline.block + 1
    sections = structure.build_sections(blocks, body_start)
    end_of_body = structure.end_of_body(blocks, body_start)
    about = structure.about_parts(blocks, sections, end_of_body)
    _fill_contact_orgs(contacts, about, blocks)
    figures = extract_figures(blocks, region)
    quotes = extract_quotes(blocks)

    organization = structure.organization(about, contacts)
    return Release(
        title=title, date=date, place=dateline.place, status=status, embargo=embargo,
        sections=sections, figures=figures, quotes=quotes, contacts=contacts, about=about,
        warnings=warnings, blocks=blocks, dateline=dateline.text, organization=organization,
        source_name=name, source_format=doc.source_format, region=region,
    )


_ARTICLE = re.compile(r"(?i)^(?:the|die|der|das|la|le|les|el|los|l['’])\s*")
_AGENCY_HINT = re.compile(r"^pr|pr$|comms|communication|media|agency|partners|consult|strateg|relations|publicity")
_PUBLIC_SUFFIXES = {"com", "org", "net", "edu", "gov", "co", "ac", "or", "ne", "go", "info", "biz", "io"}


def _about_name(title: str, blocks: list[Block]) -> str | None:
    """The organisation an "About …" part presents, as the release spells it in running text."""
    name = structure.about_subject(title).split(":")[0].strip(" :：")
    name = _ARTICLE.sub("", name).strip()
    if len(name) < 2 or name.lower() in ("us", "uns", "nous", "nosotros", "noi", "this release"):
        return None
    if name.isupper() and not re.search(r"[\u3400-\u9fff]", name):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)
        for block in blocks:
            found = pattern.search(block.text)
            if found and not found.group().isupper():
                return found.group()
    return name


def _domain_label(email: str) -> str:
    labels = email.rpartition("@")[2].lower().split(".")
    while len(labels) > 1 and (labels[-1] in _PUBLIC_SUFFIXES or len(labels[-1]) == 2):
        labels.pop()
    return re.sub(r"[^a-z0-9]", "", labels[-1]) if labels else ""


def _domain_fits(label: str, name: str) -> bool:
    """Does an e-mail domain plausibly belong to the organisation ("quillontx" to "Quillon Therapeutics")?"""
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[a-z0-9]+", plain) if w]
    if not words or len(label) < 2:
        return False
    squashed = "".join(words)
    initials = "".join(w[0] for w in words)
    return (label == squashed or (len(label) >= 4 and squashed.startswith(label))
            or (len(words[0]) >= 4 and label.startswith(words[0])) or label == initials)


def _fill_contact_orgs(contacts: list, about: list, blocks: list[Block]) -> None:
    """A contact whose block names no organisation belongs to the one the boilerplate presents,
    when the contact's e-mail domain is that organisation's (or, with one boilerplate, is no agency's)."""
    names = [n for n in (_about_name(a.title, blocks) for a in about) if n]
    if not names:
        return
    for contact in contacts:
        labels = [_domain_label(e) for e in contact.emails]
        if contact.organization:
            # "Nordvik" (spelled by the domain) is "Nordvik Ocean Energy" the boilerplate presents
            longer = [n for n in names if n.startswith(contact.organization + " ")
                      and any(_domain_fits(label, n) for label in labels)]
            if longer and " " not in contact.organization:
                contact.organization = longer[0]
            continue
        fits = [n for n in names if any(_domain_fits(label, n) for label in labels)]
        if fits:
            contact.organization = fits[0]
        elif len(names) == 1 and not any(_AGENCY_HINT.search(label) for label in labels):
            contact.organization = names[0]
