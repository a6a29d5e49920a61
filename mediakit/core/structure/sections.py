"""Sections: the headings that title parts of the body, in a tree, each with its own text."""

from __future__ import annotations

import re
import unicodedata

from ..model import Block, Section
from .about import _ABOUT, _words, run_in_about
from .chrome import is_chrome
from .labels import is_label

_SENTENCE_END = re.compile(r"[.!?。！？]$")
_ABBREVIATION_END = re.compile(r"(?i)(?:^|\s)(?:inc|ltd|co|corp|plc|jr|sr|bros|s\.a|n\.v|b\.v|s\.p\.a|d\.c|u\.s)\.$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _upper_line(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.85 * len(letters)



def _is_prose(block: Block | None) -> bool:
    return block is not None and block.kind in ("paragraph", "item") and block.role in ("body", "about") \
        and len(block.text) >= 120 and not block.text.startswith(("“", '"', "「", "‘"))


def heading_candidate(blocks: list[Block], i: int) -> bool:
    """Does block ``i`` title a part of the body?"""
    block = blocks[i]
    text = block.text.strip()
    if not text or block.role in ("title", "chrome", "front", "contact") or is_label(text):
        return False
    if is_chrome(text):
        return False
    if block.kind == "heading":
        return True
    if block.kind != "paragraph":
        return False
    if block.role == "contact_heading":
        return _words(text) >= 2 and not re.search(r"\bplease\b|\bcontact\s*:?$", text, re.I) or block.strong
    too_long = len(text) > 150 or (_words(text) > 20 and not _CJK.search(text))
    sentence = _SENTENCE_END.search(text) and not _ABBREVIATION_END.search(text)  # "About Acme Inc."
    if too_long or sentence or text.startswith(("“", '"', "「", "—", "-", "*")):
        return False
    if block.strong:
        return True
    if (_ABOUT.match(text) or _STOCK_HEADING.match(text)) and _words(text) <= 10:
        return True
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if _upper_line(text) and _words(text) >= 3:
        return True
    # A short bare line standing alone before prose or a list: a title in plain or flattened text.
    return (_words(text) <= 10 and "," not in text and text[0].isupper() and not _CJK.search(text)
            and not _NOT_TITLE_LINE.search(text)
            and (_is_prose(nxt) or (not text.endswith((":", "：")) and _list_follows(blocks, i + 1))))


# Titles releases use for their closing parts, whatever follows them.
_STOCK_HEADING = re.compile(
    r"^(?:notes?\s+(?:to|for)\s+editors?|editors?['’]?s?\s+notes?|background(?:\s+information)?"
    r"|forward[- ]looking\s+statements?|safe\s+harbou?r\s+statement|cautionary\s+statement"
    r"|disclaimer|hinweis\s+für\s+redaktionen|note\s+aux\s+rédactions|編輯垂注|编辑注)\s*[:：]?$", re.I)

# Long numbers (phones, postcodes, amounts; a year is fine), addresses and links are no title.
_NOT_TITLE_LINE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}|@|https?:|www\.")
_BULLET = re.compile(r"^[•▪◦●*·–-]\s")


def _list_follows(blocks: list[Block], i: int) -> bool:
    """Two list items (or bulleted lines) follow: "Fourth Quarter Highlights" over its bullets."""
    items = blocks[i:i + 2]
    return len(items) == 2 and all(
        b.role == "body" and (b.kind == "item" or (b.kind == "paragraph" and _BULLET.match(b.text)))
        for b in items)


def slugify(title: str, taken: set[str]) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60].strip("-") or "section"
    anchor, n = slug, 2
    while anchor in taken:
        anchor, n = f"{slug}-{n}", n + 1
    taken.add(anchor)
    return anchor



def build_sections(blocks: list[Block], start: int) -> list[Section]:
    """A tree of the body's headings after ``start``, in reading order, with their bodies."""
    flat: list[tuple[Section, int]] = []
    taken: set[str] = set()
    heading_levels = [b.level for b in blocks[start:] if b.kind == "heading" and b.role not in ("title", "chrome")]
    default_level = min(heading_levels) if heading_levels else 2
    current: str | None = None
    run_in: dict[int, str] = {}  # block index -> the text after a heading run into its paragraph
    for i in range(start, len(blocks)):
        block = blocks[i]
        if block.role == "chrome":
            continue
        heading = heading_candidate(blocks, i)
        about = None if heading else run_in_about(block)
        if about:
            section = Section(title=about, level=default_level, anchor=slugify(about, taken), block=i)
            flat.append((section, i))
            current = about
            block.section = current
            run_in[i] = block.text[block.text.find(about) + len(about):].strip(" :–—-")
            continue
        if heading:
            title = block.text.strip()
            level = block.level if block.kind == "heading" else default_level
            section = Section(title=title, level=level, anchor=slugify(title, taken), block=i)
            flat.append((section, i))
            current = title
            if block.role == "body":
                block.role = "heading"
            continue
        block.section = current
    # bodies
    indices = [i for _, i in flat] + [len(blocks)]
    for n, (section, i) in enumerate(flat):
        body = [b.text for b in blocks[i + 1:indices[n + 1]]
                if b.text and b.role not in ("chrome", "title") and b.kind != "image"]
        section.body = "\n\n".join(([run_in[i]] if run_in.get(i) else []) + body)
    # tree by heading level: uneven levels nest under the nearest shallower heading
    roots: list[Section] = []
    stack: list[Section] = []
    for section, _ in flat:
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
