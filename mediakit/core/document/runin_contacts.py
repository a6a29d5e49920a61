"""Contact cards a flattened text ran in after its last sentence, set apart as paragraphs of their own."""

from __future__ import annotations

import html as htmllib
import re

from .. import lexicon
from ..model import Block
from ..text import alternation
from .blockfix import _cut_at
from .repairs import Repairs

__all__ = ["split_run_in_contacts"]


# A flattened text's contact cards run in after its last sentence, each opened by its label and a
# colon, the organisation it is for between them or not: "…since 2020.  Contact Acme: Jane Roe -
# Press Officer: press@acme.example  Media contact: …". Cut before each, where an address or a
# number follows it soon, so the contacts reader meets them as the cards they were.
_LATIN_CONTACT_LABELS = [w for w in lexicon.words("CONTACT_LABELS") if w.isascii()] + ["contact", "contacts"]
_RUN_IN_CONTACT = re.compile(
    r"(?<=[.!?\"”)])\s+(?=(?i:(?:media|press|investor|news)\s)?(?i:" + alternation(_LATIN_CONTACT_LABELS, loose_spaces=True)
    + r")(?:\s[A-Z][\w&.'’-]*){0,4}\s?:\s?[^\s:]{2}.{0,160}?(?:@|\+?\d[\d ()./-]{6,}\d))")


def split_run_in_contacts(blocks: list[Block], repairs: Repairs) -> list[Block]:
    """Each paragraph's run-in contact cards (``_RUN_IN_CONTACT``) made paragraphs of their own."""
    out: list[Block] = []
    for block in blocks:
        pieces = _split_run_in_contacts(block.text) if block.kind == "paragraph" else [block.text]
        if len(pieces) == 1:
            out.append(block)
            continue
        htmls = _card_htmls(block.html, pieces)
        out.extend(Block(kind="paragraph", text=piece, html=html) for piece, html in zip(pieces, htmls, strict=True))
        repairs.notes.append(f"Separated {len(pieces) - 1} contact card(s) run into the text before them.")
    return out


def _card_htmls(html: str, pieces: list[str]) -> list[str]:
    """The markup of each piece: a card's own from its label on, so that an address standing only in a
    mailto link ("Contact: <a href=mailto:…>Jane Roe</a>") stays with it, and the text before with its
    own (a company's bold name, which the card's organisation is)."""
    starts: list[int] = []
    at = 0
    for piece in pieces[1:]:
        colon = piece.find(":")
        label = htmllib.escape(piece[:colon + 1] if 0 < colon < 40 else piece[:20], quote=False)
        found = html.find(label, at)
        starts.append(found)
        at = max(at, found + 1)
    out = [html[:starts[0]].strip() if starts[0] > 0 else htmllib.escape(pieces[0], quote=False)]
    for k, piece in enumerate(pieces[1:]):
        start = starts[k]
        ends = [e for e in starts[k + 1:] if e > start]
        out.append(html[start:ends[0] if ends else len(html)].strip() if start >= 0
                   else htmllib.escape(piece, quote=False))
    return out


def _split_run_in_contacts(text: str) -> list[str]:
    """``text`` cut before each contact card run in after its last sentence (``_RUN_IN_CONTACT``)."""
    cuts = [m.start() for m in _RUN_IN_CONTACT.finditer(text)]
    if not cuts:
        return [text]
    return [piece.strip() for piece in _cut_at(text, cuts) if piece.strip()]
