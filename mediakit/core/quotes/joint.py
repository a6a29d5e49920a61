"""A quotation two people give together: "said Mayor Ann Roe and Commissioner Tom Poe in a joint
statement", "Ann Roe und Tom Poe sagten". Each of them is its speaker, where both halves of the
phrase name a person in full (a surname alone resolves to the full name the release introduces);
"president and CEO" or "Parks and Recreation" name no second person, and a joiner after the first
name's comma ("Ann Roe, Founder and CEO, Acme") is the role's, so the phrase reads as one.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..text import alternation

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from collections.abc import Callable

    from .people import Person

_JOINER = re.compile(r"\s+(?:" + alternation(lexicon.words("SPEAKER_JOINERS")) + r")\s+")
_WORD = re.compile(r"[^\W\d_]")


def halves(who: str) -> tuple[str, str] | None:
    """The two people's phrases of a speaker's phrase joined once by a joiner word, or None."""
    if len(who) > 200 or ";" in who:
        return None
    parts = _JOINER.split(who)
    if len(parts) != 2 or not all(_WORD.search(p) for p in parts) or "," in parts[0]:
        return None  # "Ann Roe, Founder and CEO, Acme": the joiner is the role's
    return parts[0], parts[1]


def both_named(first: Person | None, second: Person | None) -> bool:
    """Do both halves name a person in full, two different people?"""
    if first is None or second is None or first[0] == second[0]:
        return False
    return len(first[0].split()) >= 2 and len(second[0].split()) >= 2


def speakers(who: str, parse: Callable[[str, bool], Person | None], strict: bool) -> tuple[Person, Person] | None:
    """The two people a speaker's phrase names together, each read by ``parse``, or None."""
    pair = halves(who)
    if pair is None:
        return None
    first, second = parse(pair[0], strict), parse(pair[1], strict)
    if first is None or second is None or second[0].split()[-1] not in pair[1].split(",")[0]:
        return None  # the second person is named before any comma of their half
    return (first, second) if both_named(first, second) else None


def partner_of(partner: tuple[int, Person, Person] | None, pos: int, person: Person,
               fullest: Callable[[str], str]) -> Person | None:
    """Who says it with ``person`` at ``pos`` (by the ``fullest`` name), where the phrase just read
    named two people."""
    if partner is None or partner[:2] != (pos, person):
        return None
    return fullest(partner[2][0]), partner[2][1]
