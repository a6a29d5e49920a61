"""Turn release text (Markdown, HTML or plain text) into a flat list of ``Block``s, repaired.

Markdown is converted once with Python-Markdown and its HTML walked like any HTML release
(parsed with BeautifulSoup's ``html.parser``), so every format meets the same block walker.
Scripts, styles, frames and objects are dropped there, and each block keeps only safe inline
HTML. The repairs (page-break joins, repeats, empty headings, stray escapes, dead links) are
counted in the warnings. Hand-written parts: the plain-text line joiner and the repairs, which
no library offers for press-release damage.
"""

from dataclasses import dataclass
from typing import Any

from ..model import Block
from .blockfix import drop_empty_headings, drop_repeats, join_page_breaks, mark_end_marks, split_glued_headings
from .detect import detect_format
from .frontmatter import split_front_matter
from .mdsource import repair_markdown
from .mdtree import MARKDOWN_EXTENSIONS, markdown_to_blocks
from .plain import plain_to_blocks
from .repairs import MAX_HEADINGS, ContentError, Repairs, check_complexity
from .walker import html_to_blocks

__all__ = ["MARKDOWN_EXTENSIONS", "MAX_HEADINGS", "ContentError", "ParsedDocument", "Repairs",
           "check_complexity", "detect_format", "html_to_blocks", "markdown_to_blocks", "parse_text",
           "plain_to_blocks", "repair_markdown", "split_front_matter"]


@dataclass
class ParsedDocument:
    blocks: list[Block]
    front_matter: dict[str, Any]
    source_format: str
    repairs: Repairs


def parse_text(text: str, suffix: str = ".md") -> ParsedDocument:
    """Parse release text into repaired blocks; never raises on odd content."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\ufeff", "")
    text = text.replace("\x0c", "\n\n")  # a form feed is a page break between paragraphs
    check_complexity(text)
    front, body = split_front_matter(text)
    fmt = detect_format(body, suffix)
    repairs = Repairs()
    if fmt == "html":
        blocks = html_to_blocks(body, repairs)
    elif fmt == "markdown":
        try:
            blocks = markdown_to_blocks(repair_markdown(body, repairs), repairs)
        except RecursionError:  # a last guard: structure deeper than the repairs above foresee
            repairs.notes.append("The Markdown was nested too deeply to format; it is shown as plain text.")
            blocks = plain_to_blocks(body)
    else:
        blocks = plain_to_blocks(body)
    blocks = drop_empty_headings(blocks, repairs)
    blocks = mark_end_marks(blocks)
    blocks = split_glued_headings(blocks, repairs)
    blocks = join_page_breaks(blocks, repairs)
    blocks = drop_repeats(blocks, repairs)
    for i, block in enumerate(blocks):
        block.index = i
    return ParsedDocument(blocks=blocks, front_matter=front, source_format=fmt, repairs=repairs)
