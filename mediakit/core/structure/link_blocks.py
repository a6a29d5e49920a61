"""Blocks that are links or a picture's caption, not text: a line of links only (a button, "Read
more", a list of the site's other pages), a box's heading over a button, a caption in italics.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Block
from .vocab import alternation

# A line that is only links ("Read more", a row of buttons), and one wholly in italics.
# a link's words never run past its own end: a paragraph opened and closed by links is no line of links
_LINKS_ONLY = re.compile(r"(?:<strong>|<b>)?(?:\s*<a\b[^>]*>(?:(?!</a>).)*</a>)+\s*(?:</strong>|</b>)?", re.S)
_ITALIC = re.compile(r"(?:<strong>|<b>)?\s*<(em|i)>.*</\1>\s*(?:</strong>|</b>)?", re.S)
_CREDIT_END = re.compile(r"\((?:©|\(c\))[^()]{1,60}\)$", re.I)  # a photo caption's credit: "Jane Roe (© Acme)"


@cache
def _credit_label() -> re.Pattern[str]:
    """A credit label opening a caption's credit: "(Photo: …", ". Foto: …", "| Image credit: …"."""
    return re.compile(r"(?:^|[(.|–—-]\s*)" + alternation("CREDIT_LABELS") + r"\s*[:：]", re.I)


def credited(text: str) -> bool:
    """A line carrying a picture's credit, a copyright sign or a credit label with its colon
    ("Volunteers at the pier (Photo: Jane Roe)", "Foto: © Acme"): a caption, however it is set."""
    return "©" in text or (":" in text or "：" in text) and _credit_label().search(text) is not None


def links_only(block: Block) -> bool:
    """The block is nothing but links (bold or not): a button, a "Read more", an entry of a link list."""
    return _LINKS_ONLY.fullmatch(block.html.strip() or "-") is not None


def call_to_action(blocks: list[Block], i: int) -> bool:
    """A box's heading over nothing but a button ("Want to join? Sign up today!" / "Sign up"): all it
    heads up to the next heading is a line of links."""
    own = []
    for block in blocks[i + 1:i + 6]:
        if block.kind == "heading":
            break
        own.append(block)
    return bool(own) and all(b.kind == "paragraph" and links_only(b) for b in own)


def link_or_caption(blocks: list[Block], i: int) -> bool:
    """A line of links only (a button, "Read more"), an image's caption in italics below it, or a
    caption carrying its credit titles nothing."""
    html = blocks[i].html.strip()
    if html and _LINKS_ONLY.fullmatch(html) or _CREDIT_END.search(blocks[i].text.strip()) or credited(blocks[i].text):
        return True
    return i > 0 and blocks[i - 1].kind == "image" and bool(_ITALIC.fullmatch(html))
