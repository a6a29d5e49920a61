"""Page chrome and archive footers around the release, and where the story proper ends."""

from __future__ import annotations

import re

from ..model import Block
from .dates import find_date
from .vocab import alternation, is_entry

_CHROME = re.compile(r"^(?:view the original release|original/source press release|skip to main content"
                     r"|share this|print this page|back to top|tweet|share on|view original content)", re.I)
# A wire service's closing line: "SOURCE Acme Corp." names the issuer; the wire's own page follows.
_WIRE_SOURCE = re.compile(r"^SOURCE:?\s+[A-Z0-9]")



# A page's number printed as a line of its own: "3", "- 3 -", "2/3", "Page 2 of 3", "Seite 1 von 2".
# Each run of spaces is taken whole (``\s*+``): a table row indented by dozens of spaces would
# otherwise be tried split between the optional parts in every way, a millisecond a row.
_PAGE_LABEL = re.compile(r"^\s*+(?:" + alternation("PAGE_WORDS") + r")?\.?\s*+[-–]?\s*+\d{1,3}\s*+(?:(?:/|"
                         + alternation("PAGE_OF_WORDS") + r")\s*+\d{1,3})?\s*+[-–]?\s*+$", re.I)
_SHARE_SPLIT = re.compile(r"[\s|·•/:,]+")
_SHARE_BUTTONS = 10  # a share bar's buttons at most


def is_chrome(text: str) -> bool:
    """Page chrome or a wire archive's footer line ("Skip to main content", "View the original release"),
    or a share bar: two buttons or more and nothing else ("Facebook Twitter Email", "Teilen: X | Drucken")."""
    return bool(_CHROME.match(text)) or is_share_bar(text)


def is_page_label(text: str) -> bool:
    """A page's number as a line of its own, the furniture a PDF's, a Word file's or a printed copy's
    text keeps ("3", "- 3 -", "Page 2 of 3", "Seite 1 von 2")."""
    return _PAGE_LABEL.match(text) is not None


def is_share_bar(text: str) -> bool:
    """A page's share bar: two buttons or more (lexicon ``SHARE_WORDS``) and nothing else."""
    if len(text) > 120:
        return False
    buttons = [word for word in _SHARE_SPLIT.split(text.strip()) if word]
    return 2 <= len(buttons) <= _SHARE_BUTTONS and all(is_entry(word, "SHARE_WORDS") for word in buttons)


def mark_chrome(blocks: list[Block]) -> None:
    """Page chrome and archive footers: a wire's "View the original release", link lists after it,
    the wire's own page after its closing "SOURCE …" line, and the links under a navigation
    heading ("Related news": other releases' headlines and dates)."""
    for i, block in enumerate(blocks):
        if block.role != "body":
            continue
        if is_entry(block.text.strip(" :："), "NAV_HEADINGS") and (block.kind == "heading" or block.strong):
            _nav_links(blocks, i)
        elif is_chrome(block.text):
            block.role = "chrome"
            _footer_from(blocks, i + 1)
        elif i > 2 and _WIRE_SOURCE.match(block.text):
            _footer_from(blocks, i + 1)  # the SOURCE line itself may carry the contacts
    _card_runs(blocks)


_CARD_RUN = 3  # three headings in a row over nothing but pictures: a list of cards, no parts


def _card_runs(blocks: list[Block]) -> None:
    """Headings of one level in a row, three or more, each over nothing but a picture up to the
    next (a sidebar's cards titling other stories, "… bilan..."): chrome, the pictures with them."""
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.role == "body"]
    ends = [*heads[1:], len(blocks)]
    run: list[int] = []  # positions in ``heads``
    for n, (i, end) in enumerate(zip(heads, ends)):
        card = _pictures_only(blocks[i + 1:end])
        if run and (not card or blocks[i].level != blocks[heads[run[0]]].level):
            _cards_to_chrome(blocks, heads, ends, run)
            run = []
        if card:
            run.append(n)
    _cards_to_chrome(blocks, heads, ends, run)


def _cards_to_chrome(blocks: list[Block], heads: list[int], ends: list[int], run: list[int]) -> None:
    if len(run) >= _CARD_RUN:
        for block in blocks[heads[run[0]]:ends[run[-1]]]:
            block.role = "chrome"


def _pictures_only(part: list[Block]) -> bool:
    return all(b.kind == "image" or not b.text.strip() for b in part)


_LINK_LINE = re.compile(r"^(?:<strong>|<em>)*<a href=\"(?!mailto:|tel:)")  # a line opening with a link to a page
_DATE_LINE = 40  # a date line under a linked headline ("August 2, 2031") is at most this long


def _nav_links(blocks: list[Block], heading: int) -> None:
    """The link lines under a navigation heading, with their date lines, up to the first other line:
    chrome, and the heading with them (a mail or phone link stays: "Contact us" over an address)."""
    run: list[Block] = []
    for block in blocks[heading + 1:]:
        if block.kind == "heading" or block.strong or block.role != "body":
            break
        if not (block.kind == "image" or _LINK_LINE.match(block.html)
                or len(block.text) <= _DATE_LINE and find_date(block.text) is not None):
            break
        run.append(block)
    if any(_LINK_LINE.match(b.html) for b in run):
        for b in [blocks[heading], *run]:
            b.role = "chrome"


def _footer_from(blocks: list[Block], start: int) -> None:
    """An archive footer runs from ``start`` to the end when no paragraph of prose follows."""
    if _only_footer(blocks[start:]):
        for b in blocks[start:]:
            b.role = "chrome"


def _only_footer(rest: list[Block]) -> bool:
    return all(len(b.text) < 200 if b.kind == "heading" or b.kind == "item" else len(b.text) < 80 for b in rest)


def wire_footer_start(blocks: list[Block]) -> int:
    """Where a wire service's own page begins, after its closing "SOURCE …" line (or the end):
    whatever role a later step gives those blocks, they title no part of the release."""
    for i, block in enumerate(blocks):
        if i > 2 and _WIRE_SOURCE.match(block.text) and _only_footer(blocks[i + 1:]):
            return i + 1
    return len(blocks)


def end_of_body(blocks: list[Block], start: int) -> int:
    """Index of the first contact block or end mark after the story began: what follows is apart from it."""
    for block in blocks[start:]:
        if block.role in ("contact", "contact_heading") or block.kind == "rule":
            return block.index
    return len(blocks)
