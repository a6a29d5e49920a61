"""A release's sign-off: ``PLACE, date`` printed by the end mark or closing the text instead of a dateline."""

from __future__ import annotations

import re

from ..model import Block
from .dateline import DAY_WORDS, real_place
from .dates import YEARLESS_PATTERN, find_date
from .places import MIXED_PLACE, UPPER_PLACE, region_for_place

_SIGNOFF = re.compile(r"(?P<place>" + UPPER_PLACE + "|" + MIXED_PLACE + r")\s*,\s*" + DAY_WORDS
                      + r"(?:" + YEARLESS_PATTERN + r")(?:,?\s+(?:19|20)\d{2})?\s*\.?")
_SIGNOFF_REACH = 4  # blocks either side of the end mark
_PROSE = 120  # columns of a paragraph of the story


def signoff_place(blocks: list[Block]) -> str | None:
    """The place of a release that prints ``PLACE, date`` as its sign-off by the end mark, not as a
    dateline ("ENDS" / "HOBART, 14th May"), as government releases of several countries do; with no
    end mark, the sign-off closing the text, its place and date on a line each or on one ("PORT ELLIS" /
    "9 June 2031")."""
    end = next((b.index for b in blocks if b.kind == "rule" and b.index > 0), None)
    if end is None:  # the lines closing the text, once the story has run
        story = next((b.index for b in blocks if b.kind == "paragraph" and len(b.text) >= _PROSE), len(blocks))
        near = [b for b in blocks[story + 1:] if b.kind == "paragraph" and b.text.strip()][-_SIGNOFF_REACH:]
    else:
        near = blocks[max(0, end - _SIGNOFF_REACH):end + _SIGNOFF_REACH + 1]
    for pos, block in enumerate(near):
        text = block.text.strip()
        match = _SIGNOFF.fullmatch(text) if block.kind == "paragraph" and len(text) <= 60 else None
        place = match.group("place").strip(" ,") if match is not None else None
        if place is None and pos + 1 < len(near):
            place = _place_over_date(block, near[pos + 1])
        place = real_place(place) if place else None
        if place:
            return place
    return None


def _place_over_date(block: Block, after: Block) -> str | None:
    """A sign-off's place on a line of its own over the line of its date: written in capitals or
    naming a known region ("PORT ELLIS" / "9 June 2031"), never a name over a date."""
    text, below = block.text.strip(" ,"), after.text.strip(" .")
    if block.kind != "paragraph" or after.kind != "paragraph" or len(text) > 40 or len(below) > 40:
        return None
    date = find_date(below)
    if date is None or date.start > 0 or below[date.end:].strip(" .,"):
        return None
    upper = re.fullmatch(UPPER_PLACE, text) is not None and text.upper() == text
    return text if upper or re.fullmatch(MIXED_PLACE, text) and region_for_place(text) else None
