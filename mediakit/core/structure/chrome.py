"""Page chrome and archive footers around the release, and where the story proper ends."""

from __future__ import annotations

import re

from ..model import Block

_CHROME = re.compile(r"^(?:view the original release|original/source press release|skip to main content"
                     r"|share this|print this page|back to top|tweet|share on|view original content)", re.I)
# A wire service's closing line: "SOURCE Acme Corp." names the issuer; the wire's own page follows.
_WIRE_SOURCE = re.compile(r"^SOURCE:?\s+[A-Z0-9]")



def is_chrome(text: str) -> bool:
    """Page chrome or a wire archive's footer line ("Skip to main content", "View the original release")."""
    return bool(_CHROME.match(text))


def mark_chrome(blocks: list[Block]) -> None:
    """Page chrome and archive footers: a wire's "View the original release", link lists after it,
    and the wire's own page after its closing "SOURCE …" line."""
    for i, block in enumerate(blocks):
        if block.role != "body":
            continue
        if is_chrome(block.text):
            block.role = "chrome"
            _footer_from(blocks, i + 1)
        elif i > 2 and _WIRE_SOURCE.match(block.text):
            _footer_from(blocks, i + 1)  # the SOURCE line itself may carry the contacts


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
