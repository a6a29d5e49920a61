"""An issuer's line over the story that the story's first sentence says again.

A letterhead in capitals names who issues the release ("FROM THE HON. JANE ROE, M.P., MINISTER
FOR TRANSPORT") right over a lead that names them again ("Ms Jane Roe, Minister for Transport,
said today …"): the line is a byline, no title of a part. A part's title is not restated word for
word by the sentence under it, so the test is that every long word of the line is there.
"""

from __future__ import annotations

import re

from ..model import Block

_LONG_WORD = re.compile(r"[^\W\d_]{5,}")
_RESTATED_WORDS = 3  # a name and an office at least ("ANDREW PEACOCK … MINISTER"), not a one-word title
_FIRST_SENTENCE = 200  # characters of the lead read


def restated_below(blocks: list[Block], i: int, text: str) -> bool:
    """Is every long word of line ``i`` (three or more) in the first sentence of the paragraph below?"""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is None or nxt.kind != "paragraph":
        return False
    words = {w.casefold() for w in _LONG_WORD.findall(text)}
    lead = {w.casefold() for w in _LONG_WORD.findall(nxt.text[:_FIRST_SENTENCE])}
    return len(words) >= _RESTATED_WORDS and words <= lead
