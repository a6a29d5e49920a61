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
from .spans import scan_double

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
