"""The core's front door: from a file or text to a complete ``Release``.

Order matters: the headline and dateline come first (the dateline's place tells the
contacts which country a bare phone number is in), the contact blocks are claimed before
sections are found (an organisation's name in bold inside a contact block is no heading),
and figures and quotes come last, once every block knows its section. Their modules are
imported while ``--json``'s child converts the Markdown (``mdconvert.meanwhile``): that wait
is theirs.
"""

from __future__ import annotations

import os

from . import mdconvert, structure
from .bundled import DEFAULT_RELEASE_NAME, default_release_text
from .contacts import extract_contacts, fill_contact_orgs
from .document import ContentError, parse_text
from .model import Block, Release
from .reader import ReleaseError, SourceText, describe_source, read_source
from .text import file_stem, file_suffix

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

__all__ = ["ReleaseError", "load_release", "parse_release", "default_release", "default_release_text",
           "release_from_source"]


def _extractors() -> None:
    """The extractors that run once the blocks are made: imported while a child converts the
    release's Markdown (``mdconvert.meanwhile``), else by the first analysis that needs them."""
    from . import figures, quotes  # noqa: F401


mdconvert.meanwhile(_extractors)


def load_release(path: str | os.PathLike[str]) -> Release:
    """Read and analyse a release file; raises ``ReleaseError`` with a one-line message."""
    return release_from_source(read_source(path), path)


def release_from_source(source: SourceText, path: str | os.PathLike[str]) -> Release:
    """Analyse text already read from ``path``; raises ``ReleaseError`` when nothing can be shown."""
    try:
        release = parse_release(source.text, name=source.name, suffix=source.suffix, subject=source.fallback_title)
    except ContentError as exc:
        raise ReleaseError(path, str(exc)) from None
    if not release.blocks:
        raise ReleaseError(path, "no readable text was found in the file")
    if source.damaged:
        release.warnings.append(source.damage_warning())
    describe_source(release, source)
    return release


def default_release() -> Release:
    return parse_release(default_release_text(), name=DEFAULT_RELEASE_NAME, suffix=".md")


def parse_release(text: str, name: str = "release.md", suffix: str | None = None,
                  subject: str | None = None) -> Release:
    """Analyse release text. Never raises on odd content: the worst case is an empty model.
    ``subject`` is an e-mail's: the line of the body that prints it is the headline."""
    suffix = suffix if suffix is not None else file_suffix(name).lower()
    doc = parse_text(text, suffix)
    if subject:
        doc.front_matter.setdefault("subject", subject)
    blocks = doc.blocks
    warnings = doc.repairs.warnings()

    status, embargo = structure.mark_labels(blocks)
    title_index, title = structure.find_title(blocks, doc.front_matter, name)
    titled = bool(title)
    title = title or file_stem(name)  # the window shows the file's name where no headline is printed
    structure.mark_title_repeats(blocks, title)
    structure.mark_chrome(blocks)
    dateline = structure.find_dateline(blocks, title_index + 1)
    title_index, title, dateline = _embedded_release(blocks, title_index, title, dateline)
    titled = titled or title_index >= 0  # a release set in a post gives its own headline
    if dateline.block >= 0:
        blocks[dateline.block].role = "dateline"
    date = _release_date(blocks, title_index, dateline, embargo, doc.front_matter)
    place = dateline.place or structure.place_above_title(blocks, title_index) or structure.signoff_place(blocks)
    filer = doc.front_matter.get("filer_region")
    region = structure.region_for_place(place) or (filer if isinstance(filer, str) else None)

    contacts = extract_contacts(blocks, region, warnings)
    body_start = max(title_index + 1, dateline.block if dateline.block >= 0 else 0)
    if dateline.block >= 0:
        body_start = dateline.block + 1
    sections = structure.build_sections(blocks, structure.first_part_start(blocks, title_index + 1, body_start))
    end_of_body = structure.end_of_body(blocks, body_start)
    about = structure.about_parts(blocks, sections, end_of_body)
    site = doc.front_matter.get("site_name")
    fill_contact_orgs(contacts, about, blocks, site if isinstance(site, str) else None, dateline.text)
    from .figures import extract_figures
    from .quotes import extract_quotes

    figures = extract_figures(blocks, region, title if title_index < 0 else None)
    quotes = extract_quotes(blocks, doc.front_matter)

    organization = structure.organization(about, contacts)
    return Release(
        title=title, titled=titled, date=date, place=place, status=status, embargo=embargo,
        sections=sections, figures=figures, quotes=quotes, contacts=contacts, about=about,
        warnings=warnings, blocks=blocks, dateline=dateline.text, organization=organization,
        source_name=name, source_format=doc.source_format, region=region,
    )


def _release_date(blocks: list[Block], title_index: int, dateline: structure.Dateline, embargo: str | None,
                  front: dict[str, Any]) -> str | None:
    """The release's date: its dateline's; then the date line under a "For Immediate Release" label
    (a page's byline above it gives the day the page was posted); a date line printed above the
    headline and a page's published stamp printed with its modified one outrank a date met loose in
    a line below it; then the embargo's, then the page's metadata."""
    firm = None if dateline.loose else dateline.date
    labelled = firm or structure.labelled_date(blocks)
    above = labelled or structure.date_above_title(blocks, title_index)
    if above:
        return above
    return structure.stamped_date([b.text for b in blocks]) or dateline.date or structure.embargo_date(embargo) \
        or structure.front_matter_date(front)


def _embedded_release(blocks: list[Block], title_index: int, title: str,
                      dateline: structure.Dateline) -> tuple[int, str, structure.Dateline]:
    """A post's opening, with no dateline, over a release set under a rule: the release's headline
    and dateline instead of the post's."""
    embedded = structure.embedded_headline(blocks)
    if embedded is None or embedded <= title_index or 0 <= dateline.block < embedded:
        return title_index, title, dateline
    if title_index >= 0:
        blocks[title_index].role = "body"
    blocks[embedded].role = "title"
    return embedded, structure.clean_title(blocks[embedded].text), structure.find_dateline(blocks, embedded + 1)
