"""An issuer's line over the story that the story's first sentence says again.

A letterhead in capitals names who issues the release ("FROM THE HON. JANE ROE, M.P., MINISTER
FOR TRANSPORT") right over a lead that names them again ("Ms Jane Roe, Minister for Transport,
said today …"): the line is a byline, no title of a part. A part's title is not restated word for
word by the sentence under it, so the test is that every long word of the line is there.

A filing's statements print the issuer's name in capitals over each statement's title, and the
title over the statement's caption or header ("ACME CORP." / "CONSOLIDATED BALANCE SHEETS" /
"(in thousands)"): the name titles no part, the statement's title does.
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


_CAPTION = re.compile(r"\(.{1,80}\)|(?:\d{4}\s*){2,}")  # "(in thousands, except per share amounts)", "2031 2030"
_TITLE_WORDS = 16


def issuer_over_statement(blocks: list[Block], i: int) -> bool:
    """Is line ``i`` (in capitals) right over a statement's title in capitals, the statement's
    caption in brackets or its header of years under that ("(in thousands)", "2031 2030")?"""
    if i + 2 >= len(blocks):
        return False
    title, caption = blocks[i + 1].text.strip(), blocks[i + 2].text.strip()
    letters = [ch for ch in title if ch.isalpha()]
    return bool(blocks[i + 1].kind == "paragraph" and letters and all(ch.isupper() for ch in letters)
                and len(title.split()) <= _TITLE_WORDS and not title.endswith((".", ":"))
                and _CAPTION.fullmatch(caption))
