"""A quotation a PDF's text layer broke over several blocks, one a line.

"“Because of the drought the | harvest this year is down to 80,000 tonnes and we expect | only
about 20,000 more,” Ms Roe said.": the quotation opens in one block and ends in the middle of a
sentence; the next blocks carry no quote mark at all, and the last one closes it and names its
speaker. A block goes on the open quotation above only while that one breaks off mid-sentence (no
full stop, no closing mark), so a paragraph of narrative after an open-ended quotation stays narrative.
"""

from __future__ import annotations

import re

MAX_PARTS = 8  # lines of one broken quotation
_MARK = re.compile(r"[\"“”„«»「」]")
_BROKEN_OFF = re.compile(r"(?:[^\W\d_]|[,\-–])\s*$")
_CLOSING = re.compile(r"[”\"»]")


def breaks_off(part: str) -> bool:
    """Does a line of quotation end in the middle of its sentence (a word, a comma, a hyphen)?"""
    return bool(_BROKEN_OFF.search(part))


def line_goes_on(text: str, last_part: str, parts: int) -> bool:
    """Is ``text`` (a block with no quote mark) the next line of the quotation that ``last_part`` ends?"""
    return parts < MAX_PARTS and breaks_off(last_part) and not _MARK.search(text) and bool(text.strip())


def closing_line(text: str) -> tuple[str, str] | None:
    """The words before the one closing mark of a block and what follows it (its attribution),
    or None where the block holds another mark or closes nothing."""
    marks = list(_MARK.finditer(text))
    if len(marks) != 1 or not _CLOSING.fullmatch(marks[0].group()):
        return None
    words = text[:marks[0].start()].strip()
    if len(words.split()) < 2:
        return None
    return words, text[marks[0].end():]
