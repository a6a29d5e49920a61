"""Page chrome and archive footers around the release, and where the story proper ends."""

from __future__ import annotations

import re

from ..model import Block

_CHROME = re.compile(r"^(?:view the original release|original/source press release|skip to main content"
                     r"|share this|print this page|back to top|tweet|share on)", re.I)



def is_chrome(text: str) -> bool:
    """Page chrome or a wire archive's footer line ("Skip to main content", "View the original release")."""
    return bool(_CHROME.match(text))


def mark_chrome(blocks: list[Block]) -> None:
    """Page chrome and archive footers: a wire's "View the original release", link lists after it."""
    for i, block in enumerate(blocks):
        if block.role == "body" and is_chrome(block.text):
            block.role = "chrome"
            # an archive footer runs from here to the end when nothing long follows
            rest = blocks[i + 1:]
            if all(len(b.text) < 80 for b in rest):
                for b in rest:
                    b.role = "chrome"


def end_of_body(blocks: list[Block], start: int) -> int:
    """Index of the first contact block or end mark after the story began: what follows is apart from it."""
    for block in blocks[start:]:
        if block.role in ("contact", "contact_heading") or block.kind == "rule":
            return block.index
    return len(blocks)
