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
    near = _closing_lines(blocks)
    for pos, block in enumerate(near):
        text = block.text.strip()
        match = _SIGNOFF.fullmatch(text) if block.kind == "paragraph" and len(text) <= 60 else None
        place = match.group("place").strip(" ,") if match is not None else None
        if place is None and pos + 1 < len(near) and not _under_office(near, pos):
            place = _place_over_date(block, near[pos + 1])
        place = real_place(place) if place else None
        if place:
            return place
    return None


def _closing_lines(blocks: list[Block]) -> list[Block]:
    """The blocks either side of the end mark; with none, the lines closing the text once the story has run."""
    end = next((b.index for b in blocks if b.kind == "rule" and b.index > 0), None)
    if end is not None:
        return blocks[max(0, end - _SIGNOFF_REACH):end + _SIGNOFF_REACH + 1]
    story = next((b.index for b in blocks if b.kind == "paragraph" and len(b.text) >= _PROSE), len(blocks))
    return [b for b in blocks[story + 1:] if b.kind == "paragraph" and b.text.strip()][-_SIGNOFF_REACH:]


def _under_office(near: list[Block], pos: int) -> bool:
    """The line sits under the office that signs it ("Department of Harbours," / "PORT ELLIS" / the
    date): the place is the office's address, not a dateline."""
    return pos > 0 and near[pos - 1].text.rstrip().endswith(",")


# A state written in initials after the place: "Port Ellis. A.B.C.", "PORT ELLIS, X.Y."
_STATE_INITIALS = re.compile(r"[.,]?\s+(?:[A-Z]\.){2,4}$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _place_over_date(block: Block, after: Block) -> str | None:
    """A sign-off's place on a line of its own over the line of its date: written in capitals or
    naming a known region ("PORT ELLIS" / "9 June 2031"), never a name over a date; with its state
    in initials ("Port Ellis. A.B.C."), which also tells a place over a date line whose month is
    misspelt ("9 Jnue, 2031")."""
    text, below = block.text.strip(" ,"), after.text.strip(" .")
    if block.kind != "paragraph" or after.kind != "paragraph" or len(text) > 40 or len(below) > 40:
        return None
    initials = _STATE_INITIALS.search(text)
    name = text[:initials.start()] if initials else text
    if not _date_line(below) and (initials is None or not _misspelt_date(below)):
        return None
    upper = re.fullmatch(UPPER_PLACE, name) is not None and name.upper() == name
    return text if upper or re.fullmatch(MIXED_PLACE, name) and region_for_place(name) else None


def _date_line(text: str) -> bool:
    """The line is a date and nothing else ("9 June 2031")."""
    date = find_date(text)
    return date is not None and date.start == 0 and not text[date.end:].strip(" .,")


def _misspelt_date(text: str) -> bool:
    """The line opens with a day and holds a year, its month not read ("9 Jnue, 2031")."""
    return re.match(r"\d", text) is not None and _YEAR.search(text) is not None
