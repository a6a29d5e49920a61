"""Sections: the headings that title parts of the body, in a tree, each with its own text.

Which blocks are headings is ``headings``' concern; this module gathers them in reading order,
gives each its text up to the next heading, and nests them by level.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Block, Section
from ..text import HAN, KANA
from .about import is_about_title, run_in_about, word_count
from .chrome import wire_footer_start
from .dateline import find_dateline
from .headings import (
    Context,
    colon_series,
    first_prose,
    heading_candidate,
    heading_title,
    is_cell_row,
    list_label,
    running_heads,
)
from .link_blocks import links_only
from .vocab import is_entry

_CJK_CHAR = re.compile(f"[{KANA}{HAN}]")

__all__ = ["build_sections", "first_part_start", "heading_candidate", "slugify"]


def slugify(title: str, taken: set[str]) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60].strip("-") or "section"
    anchor, n = slug, 2
    while anchor in taken:
        anchor, n = f"{slug}-{n}", n + 1
    taken.add(anchor)
    return anchor


class _Gatherer:
    """Walks the body once, opening a section at each heading and telling each block its section."""

    def __init__(self, blocks: list[Block], start: int) -> None:
        self.blocks = blocks
        self.ctx = Context(running_heads(blocks, start), colon_series(blocks, start), first_prose(blocks, start))
        levels = [b.level for b in blocks[start:] if b.kind == "heading" and b.role not in ("title", "chrome")]
        self.default_level = min(levels) if levels else 2
        self.flat: list[tuple[Section, int]] = []
        self.taken: set[str] = set()
        self.run_in: dict[int, str] = {}  # block index -> the text after a heading run into its paragraph
        self.current: str | None = None

    def open(self, title: str, level: int, i: int) -> None:
        self.flat.append((Section(title=title, level=level, anchor=slugify(title, self.taken), block=i), i))
        self.current = title

    def visit(self, i: int) -> None:
        block = self.blocks[i]
        if block.role == "chrome":
            return
        if heading_candidate(self.blocks, i, self.ctx) and not _heads_the_story(self.blocks, i):
            level = block.level if block.kind == "heading" else self.default_level
            self.open(heading_title(block.text, self.ctx), level, i)
            if block.role == "body":
                block.role = "heading"
            return
        about = run_in_about(block)
        if about:
            self.open(about, self.default_level, i)
            self.run_in[i] = block.text[block.text.find(about) + len(about):].strip(" :–—-")
        block.section = self.current

    def fill_bodies(self) -> None:
        ends = [i for _, i in self.flat[1:]] + [len(self.blocks)]
        for (section, i), end in zip(self.flat, ends):
            body = [b.text for b in self._own_blocks(i, end)
                    if b.text and b.role not in ("chrome", "title") and b.kind != "image"]
            section.body = "\n\n".join(([self.run_in[i]] if self.run_in.get(i) else []) + body)

    def _own_blocks(self, i: int, end: int) -> list[Block]:
        """A section's blocks up to the next heading; a section that is not the contacts' own ends
        where a contact block begins (its heading may have been dropped)."""
        own = self.blocks[i + 1:end]
        if self.blocks[i].role == "contact_heading":
            return own
        for n, block in enumerate(own):
            if block.role in ("contact", "contact_heading"):
                return own[:n]
        return own


def first_part_start(blocks: list[Block], after_title: int, body_start: int) -> int:
    """Where the body's parts begin: after the dateline, or at a heading above it that is one of
    the parts ("## Background" over the dateline's paragraph, short, its level that of the headings
    below); a sub-headline is longer, and a deck right under the headline reads as a sentence.
    With no dateline the parts begin under the headline, after its deck if one stands right there.
    A summary list titled above the dateline ("Highlights:" over its bullets) is the first part."""
    levels = {b.level for b in blocks[body_start:] if b.kind == "heading" and b.role == "body"}
    if body_start == after_title and after_title < len(blocks) and _framed_deck(blocks[after_title]):
        return after_title + 1  # no dateline: the framed subtitle right under the headline is still its deck
    for i in range(after_title, body_start):
        if _part_over_dateline(blocks, after_title, i, levels) or blocks[i].role == "body" and list_label(blocks, i):
            return i
    if body_start == after_title:
        first = next((k for k in range(after_title, len(blocks)) if blocks[k].kind != "image"), None)
        if first is not None and blocks[first].kind == "heading" and blocks[first].role == "body" \
                and _deck(blocks, after_title, first):
            return first + 1
    return body_start


def _part_over_dateline(blocks: list[Block], after_title: int, i: int, levels: set[int]) -> bool:
    """A short heading above the dateline at the level of the body's headings: one of the parts."""
    block = blocks[i]
    return (block.kind == "heading" and block.role == "body" and block.level in levels
            and len(block.text) <= 60 and word_count(block.text) <= 10 and not _deck(blocks, after_title, i))


# The marks a Japanese subtitle is framed in under its headline: "～地域とともに～", "ー次の十年へー".
_FRAMES = "ー―—〜～－"


def _framed_deck(block: Block) -> bool:
    """A heading set between the same two framing marks ("～…～", "ー…ー"): a subtitle, no part's title."""
    text = block.text.strip()
    return block.kind == "heading" and len(text) > 4 and text[0] in _FRAMES and text[-1] == text[0]


_DECK_WORDS = 6  # "Valley co-op to double its seed shelves" subtitles its headline; "Why a library" titles a part
_DECK_CJK = 16  # characters: "綠野合作社開放兩百種在地種子" is a deck, "為什麼要有種子圖書館" a part's title


def _deck(blocks: list[Block], after_title: int, i: int) -> bool:
    """A heading right under the headline, nothing but pictures or labels between, that reads as a
    sentence (a subtitle carrying the news on): part of the headline block, no title of a part."""
    if any(b.kind != "image" and b.role in ("body", "heading", "about", "dateline") and b.text.strip()
           for b in blocks[after_title:i]):
        return False
    text = blocks[i].text.strip()
    if text.endswith((":", "：", "?", "？")) or is_about_title(text) or is_entry(text, "STOCK_HEADINGS"):
        return False
    if _CJK_CHAR.search(text):
        return len(text) >= _DECK_CJK or bool(re.search(r"[，、,]", text))
    return word_count(text) >= _DECK_WORDS


def _heads_the_story(blocks: list[Block], i: int) -> bool:
    """A heading that reads as a headline, right over the paragraph its dateline opens (a deck
    heading between them aside), heads the whole release, no part of it: the release a post
    carries under its own title ("# Acme Opens Three Depots" over "OSLO, 3 May 2031 – Acme …")."""
    if blocks[i].kind != "heading" or not _reads_as_headline(blocks[i].text):
        return False
    for k in range(i + 1, min(i + 4, len(blocks))):
        after = blocks[k]
        if after.kind == "image" or not after.text.strip():
            continue
        if after.kind == "heading":
            if not _reads_as_headline(after.text):
                return False
            continue  # the headline's deck
        dateline = find_dateline(blocks, k)
        return dateline.block == after.index and dateline.place is not None and dateline.date is not None
    return False


def _reads_as_headline(text: str) -> bool:
    text = text.strip()
    if text.endswith((":", "：")) or is_about_title(text) or is_entry(text, "STOCK_HEADINGS"):
        return False
    if _CJK_CHAR.search(text):
        return len(text) >= _DECK_CJK
    return word_count(text) >= _DECK_WORDS


def build_sections(blocks: list[Block], start: int) -> list[Section]:
    """A tree of the body's headings after ``start``, in reading order, with their bodies; none in a
    wire service's own page after the release."""
    end = wire_footer_start(blocks)
    _mark_closing_call(blocks, start, end)
    gatherer = _Gatherer(blocks[:end], start)
    for i in range(start, end):
        gatherer.visit(i)
    gatherer.fill_bodies()
    return _tree([section for section, _ in gatherer.flat])


_CALL_LENGTH = 120  # the one line of a page's closing call ("Free for members, join today.")


def _mark_closing_call(blocks: list[Block], start: int, end: int) -> None:
    """A heading after the release's contacts over no more than a short line or two to the page's
    end is the site's call to action ("Book a demo" / "Start growing today"), and one over a list of
    links to the end the site's list of its other pages ("More releases"), not a part of the release."""
    last_contact = max((k for k in range(start, end) if blocks[k].role.startswith("contact")), default=-1)
    if last_contact < 0:
        return
    rest = [b for b in blocks[last_contact + 1:end] if b.role != "chrome" and b.kind != "image" and b.text.strip()]
    if rest and _site_tail(rest):
        for block in rest:
            block.role = "chrome"


def _site_tail(rest: list[Block]) -> bool:
    """The blocks after the contacts are a heading over a button's line or two, or a heading or bold
    line over a list of links, short lines only and no table (the documents a report release lists)."""
    if _titles_a_part(rest[0].text):
        return False
    link_list = sum(links_only(b) for b in rest[1:]) >= 2  # the site's other releases, a link a line, to the end
    if not (link_list and _set_as_heading(rest[0]) or rest[0].kind == "heading" and len(rest) <= 3):
        return False
    return all(b.kind != "heading" and b.role == "body" and len(b.text) <= _CALL_LENGTH and not is_cell_row(b.text)
               for b in rest[1:])


def _set_as_heading(block: Block) -> bool:
    """A heading, or a bold line standing alone (a page's "**More releases**" over its links)."""
    return block.kind == "heading" or block.kind == "paragraph" and block.strong


def _titles_a_part(text: str) -> bool:
    """An "About …" or a stock closing title ("Notes to editors") is the release's, however short its text."""
    return is_about_title(text) or is_entry(text, "STOCK_HEADINGS")


def _tree(flat: list[Section]) -> list[Section]:
    """Nest by heading level: uneven levels go under the nearest shallower heading."""
    roots: list[Section] = []
    stack: list[Section] = []
    for section in flat:
        while stack and stack[-1].level >= section.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(section)
        stack.append(section)
    _renumber(roots, 1)
    return roots


def _renumber(sections: list[Section], depth: int) -> None:
    for section in sections:
        section.level = depth
        _renumber(section.children, depth + 1)
