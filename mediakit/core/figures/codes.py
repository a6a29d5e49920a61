"""Numbers that place or call, not count: a street number ("250 West 57th Street", "12 rue de
Rivoli"), a postcode ("1012 AB Amsterdam"), an ID or code in plain digits, an emergency line dialled."""

from __future__ import annotations

import re

from .. import lexicon
from ..text import alternation

__all__ = ["is_code", "is_emergency_call", "is_postcode", "is_street_number"]


# A street number: the number, up to three name words (or "57th"), then a street word.
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z0-9][\w.'’-]*\s+){0,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive"
    r"|Way|Place|Pl|Square|Sq|Plaza|Parkway|Pkwy|Terrace|Highway|Hwy|STREET|ST|AVENUE|AVE|ROAD|RD|BLVD"
    r"|DRIVE|DR|LANE|LN)\b")


# A place named by its number: "the 388 Suite", "Studio 4" is caught before the number.
_NAME_AFTER = re.compile(
    r"\s(?:Suite|Hall|Room|Tower|Building|House|Plaza|Centre|Center|Club|Lounge|Studio|Theatre|Theater"
    r"|Gallery|Pavilion|Arena|Stage|Wing|Gate|Terminal)(?![A-Za-z])")


# A street word written right after the number, then the street's name ("12 rue de Rivoli",
# "246 boulevard Saint-Germain"): the lexicon's ``STREET_WORDS``.
_STREET_AFTER = re.compile(
    r"\s+(?:" + alternation(lexicon.words("STREET_WORDS")) + r")\s+(?:d[eu]s?\s|d['’]|la\s|l['’]|[A-Z])", re.I)
# A Dutch postcode: four digits, two capitals, the place ("1012 AB Amsterdam").
_POSTCODE_LETTERS = re.compile(r"\s?(?-i:[A-Z]{2})\s+[A-Z][a-z]")


def is_street_number(masked: str, pos: int) -> bool:
    """A street number ("250 West 57th Street", "12 rue de Rivoli") or a place named by its number
    ("the 388 Suite")."""
    return _ADDRESS_AFTER.match(masked, pos) is not None or _NAME_AFTER.match(masked, pos) is not None \
        or _STREET_AFTER.match(masked, pos) is not None


def is_postcode(token: str, masked: str, end: int) -> bool:
    """Four digits with two capitals and a place after them: a Dutch postcode, no count."""
    return len(token) == 4 and token.isdigit() and token[0] != "0" and _POSTCODE_LETTERS.match(masked, end) is not None


# An emergency number dialled, not a count: "a 911 call", "called 999", "dialling 112".
_EMERGENCY_NUMBERS = frozenset({911.0, 999.0, 112.0})
_CALL_AFTER = re.compile(r"\s+(?:calls?|callers?|dispatch(?:ers?)?|operators?)(?![A-Za-z])", re.I)
_CALL_BEFORE = re.compile(r"(?<![A-Za-z])(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?)\s+\Z", re.I)


def is_emergency_call(masked: str, start: int, end: int, value: float) -> bool:
    """The number of an emergency line, called or calling ("a 911 call", "called 999")."""
    return value in _EMERGENCY_NUMBERS and (_CALL_AFTER.match(masked, end) is not None
                                            or _CALL_BEFORE.search(masked[max(0, start - 20):start]) is not None)


def is_code(token: str) -> bool:
    """Postal codes, IDs and "09": five digits or more, or a leading zero, with no grouping."""
    if not token.isdigit():
        return False  # grouped: "12,500", "3 000"
    return len(token) >= 5 or (len(token) > 1 and token[0] == "0")
