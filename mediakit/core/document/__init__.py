"""Turn release text (Markdown, HTML, template sources or plain text) into a flat list of ``Block``s, repaired.

Markdown is converted once with Python-Markdown and its HTML walked like any HTML release
(parsed with BeautifulSoup's ``html.parser``), so every format meets the same block walker.
Template sources (PHP, WML, Jinja, JSX) are first reduced to the markup they render
(``templates``), a filing with the release as an exhibit to that exhibit (``sec``). An HTML
page loses its chrome (``chrome``) and tells its title and date (``metadata``). Scripts,
styles, frames and objects are dropped, and each block keeps only safe inline HTML. The
repairs (page-break joins, repeats, empty headings, stray escapes, dead links) are counted in
the warnings. Hand-written parts: the plain-text line joiner and the repairs, which no
library offers for press-release damage.

Modules: ``frontmatter`` (YAML and page facts), ``detect`` (format), ``mdsource`` (Markdown
source repairs), ``mdtree`` (Markdown to blocks), ``walker`` (the HTML walker), ``chrome``,
``metadata``, ``columns`` (contacts set side by side), ``templates``/``jsx``, ``sec``, ``plain``
(the plain-text joiner), ``blockfix`` (repairs on blocks) and ``repairs`` (their counts).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Block
from .blockfix import (
    drop_chrome_above_headline,
    drop_empty_headings,
    drop_link_runs,
    drop_repeats,
    join_page_breaks,
    join_split_headings,
    mark_end_marks,
    separate_spaced_titles,
    split_glued_headings,
)
from .chrome import strip_chrome
from .detect import detect_format
from .frontmatter import merge_page_facts, split_front_matter
from .mailhead import mail_subject
from .mdsource import repair_markdown
from .mdtree import MARKDOWN_EXTENSIONS, markdown_to_blocks
from .metadata import page_metadata
from .mojibake import repair_mojibake
from .plain import mark_display_lines, plain_to_blocks
from .repairs import MAX_HEADINGS, ContentError, Repairs, check_complexity, check_headings
from .runin import split_runin_dateline
from .runin_contacts import split_run_in_contacts
from .scrape import drop_listing_tail, drop_menus_above_story, drop_page_footer, page_title_line
from .sec import copied_filing_release, exhibit_release, filing_date, filing_documents, filing_region, is_filing
from .templates import CODE_FENCE_SUFFIXES, is_template, render_template
from .walker import html_to_blocks, parse_html, soup_to_blocks

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

__all__ = ["MARKDOWN_EXTENSIONS", "MAX_HEADINGS", "ContentError", "ParsedDocument", "Repairs",
           "check_complexity", "detect_format", "html_to_blocks", "markdown_to_blocks", "parse_text",
           "plain_to_blocks", "repair_markdown", "split_front_matter"]


@dataclass
class ParsedDocument:
    """A release's blocks, what its source says about itself, its format and the repairs made.

    ``front_matter`` holds the YAML front matter's keys as written, with the page's own facts
    filling the gaps under these keys (entities decoded): ``title`` (``og:title``,
    ``twitter:title``, ``<title>`` without a " | Site" suffix, a template's title tag),
    ``date`` (``YYYY-MM-DD`` where it is an ISO date: ``article:published_time``,
    ``<meta name="date">``, ``<time datetime>``, a template's date tag), ``description``
    and ``site_name`` (``og:site_name``); ``filer_region`` (ISO 3166) where an SEC filing's form
    says its issuer is American.
    """

    blocks: list[Block]
    front_matter: dict[str, Any]
    source_format: str
    repairs: Repairs


def parse_text(text: str, suffix: str = ".md") -> ParsedDocument:
    """Parse release text into repaired blocks; never raises on odd content."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\ufeff", "")
    text = text.replace("\x0c", "\n\n")  # a form feed is a page break between paragraphs
    check_complexity(text)
    repairs = Repairs()
    front, body = ({}, text) if suffix in CODE_FENCE_SUFFIXES else split_front_matter(text, repairs.notes)
    if front:  # a layout printing its front matter's keys: only a page with front matter needs the module
        from .template_vars import print_front_matter

        body = print_front_matter(body, front)
    subject = None if front else mail_subject(body)
    if subject:  # a copied e-mail's header: its subject names the headline, as a saved message's does
        front["subject"] = subject
    body = repair_mojibake(body, repairs)
    display = front.pop("display_lines", None)  # a PDF's title lines (``formats.pdf``)
    facts: dict[str, str] = {}
    if is_filing(body):
        exhibit = exhibit_release(body)
        date = filing_date(body)
        if date:
            facts["date"] = date
        region = filing_region(body)
        if region:
            facts["filer_region"] = region
        if exhibit is not None and exhibit.strip():
            repairs.notes.append("Showed the press release filed as the exhibit (EX-99), not the filing's cover pages.")
            body, suffix = exhibit, ".txt"
        else:
            body = filing_documents(body)
    elif (copied := copied_filing_release(body)) is not None:
        repairs.notes.append("Showed the press release filed as the exhibit (EX-99), not the filing's cover pages.")
        body = copied
    if is_template(suffix, body):
        body, tags = render_template(body, suffix)
        facts.update(tags)
        fmt = "html"
    else:
        fmt = detect_format(body, suffix)
    blocks = _blocks(body, fmt, repairs, facts, display)
    check_headings(blocks)
    blocks = drop_link_runs(drop_empty_headings(blocks, repairs), repairs)
    if fmt != "html":
        blocks = split_runin_dateline(drop_chrome_above_headline(blocks, repairs), repairs)
    blocks = mark_end_marks(blocks)
    blocks = split_glued_headings(blocks, repairs)
    blocks = split_run_in_contacts(blocks, repairs)
    blocks = join_split_headings(blocks)
    blocks = join_page_breaks(blocks, repairs)
    blocks = drop_repeats(blocks, repairs)
    for i, block in enumerate(blocks):
        block.index = i
    return ParsedDocument(blocks=blocks, front_matter=merge_page_facts(front, facts), source_format=fmt,
                          repairs=repairs)


def _blocks(body: str, fmt: str, repairs: Repairs, facts: dict[str, str], display: Any = None) -> list[Block]:
    if fmt == "html":
        soup = parse_html(body)
        for key, value in page_metadata(soup).items():
            facts.setdefault(key, value)
        dropped = strip_chrome(soup)
        if dropped:
            repairs.notes.append(f"Left out {dropped} part(s) of the web page around the release (menus, "
                                 "links, banners).")
        if "@" in body:  # only a page with an e-mail address may set its contacts in columns
            from .columns import contact_columns_as_cards

            contact_columns_as_cards(soup)
        return soup_to_blocks(soup, repairs)
    body = separate_spaced_titles(body, repairs)
    if fmt == "markdown":
        try:
            return markdown_to_blocks(repair_markdown(body, repairs), repairs)
        except RecursionError:  # a last guard: structure deeper than the repairs above foresee
            repairs.notes.append("The Markdown was nested too deeply to format; it is shown as plain text.")
    blocks, title, site = page_title_line(mark_display_lines(plain_to_blocks(body), display))
    if title:
        facts.setdefault("title", title)
    if site:
        facts.setdefault("site_name", site)
    blocks, cut = drop_menus_above_story(blocks)
    if cut:
        repairs.notes.append(f"Left out {cut} line(s) of the page's menu and breadcrumbs above the release.")
    blocks, cut = drop_listing_tail(blocks)
    if cut:
        repairs.notes.append(f"Left out {cut} line(s) after the release listing other posts.")
    blocks, cut = drop_page_footer(blocks)
    if cut:
        repairs.notes.append(f"Left out {cut} line(s) of the page's footer after the release (tags, sharing, other posts).")
    return blocks
