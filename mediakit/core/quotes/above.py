"""The paragraph above a quotation that stands alone: where a release reports its speaker first.

"Engineer Ann Roe said the pontoon would open in May." and then, a paragraph of its own, "“It is
built for the storms we now see every winter.”": the quotation is the words of the person the
paragraph before reports. That paragraph is read whole even where a PDF's text layer broke it into
one block a line (a block that ends in the middle of a sentence goes on in the next one); one that
holds a quotation of its own is left to the rules that continue an attributed quotation.
"""

from __future__ import annotations

import re

from ..model import Block
from .carried import breaks_off
from .spans import is_sentence, scan_double

_MAX_LINES = 4  # blocks of one broken paragraph read back
_ENDS_PARAGRAPH = re.compile(r"[.!?:;…)\]”\"»。！？]\s*$")


def paragraph_above(blocks: list[Block], pos: int) -> str | None:
    """The text of the paragraph just above block ``pos``, or None where there is none, it is not
    running text (a heading, a list item) or it quotes someone itself."""
    if pos == 0 or blocks[pos - 1].kind != "paragraph":
        return None
    first = pos - 1
    while (first > 0 and pos - first < _MAX_LINES and blocks[first - 1].kind == "paragraph"
           and breaks_off(blocks[first - 1].text)):
        first -= 1
    text = " ".join(b.text.strip() for b in blocks[first:pos])
    if not _ENDS_PARAGRAPH.search(text) or scan_double(text):
        return None
    return text


_LEAD_WIDTH = 200
# The attribution opening a block quotation: "The chair, Jane Roe, said: We will …".
_BLOCKQUOTE_LEAD = re.compile(r"^(?P<lead>[^:：\n]{5,200}[:：])\s*(?P<words>\S.{20,})$", re.S)


def lead_above(blocks: list[Block], pos: int) -> str:
    """The paragraph right above a block quotation that leads into it with a colon and quotes no
    one itself ("Harbour master Ian Crowe said:", "La alcaldesa, Ana Ruiz, declaró:"), else ""."""
    if pos == 0 or blocks[pos - 1].kind != "paragraph":
        return ""
    text = blocks[pos - 1].text.strip()
    return text if len(text) <= _LEAD_WIDTH and text.endswith((":", "：")) and not scan_double(text) else ""


def blockquote_lead(blocks: list[Block], pos: int) -> tuple[str, str, bool] | None:
    """The attribution that leads block quotation ``pos`` (no quote marks), its words, and whether
    the attribution is the paragraph above rather than the quotation's own opening."""
    said = lead_above(blocks, pos)
    text = blocks[pos].text
    lead = _BLOCKQUOTE_LEAD.match(f"{said} {text}" if said else text)
    if lead is None or not is_sentence(lead.group("words")):
        return None
    return lead.group("lead"), lead.group("words").strip().rstrip("\"”»"), bool(said)

