"""Ranges written with the scale once, after the high end: "$190 to $200 million", "3 to 4
million units", "between $1.5 and $2 billion", "10 to 15%"."""

from __future__ import annotations

import re

from . import scale
from .classify import LETTERS

_RANGE_TO = re.compile(r"\s?(?:[-–—]|to|and)\s?(?:(?:US|HK|NT|S|A|C)?\$|[€£¥₹])?\s?(\d+(?:[.,]\d+)*)")


def shared_scale(masked: str, pos: int, currency: str | None) -> tuple[float, bool, int] | None:
    """The magnitude (or percent) written after the high end of a range that starts at ``pos``,
    and where reading the high end stopped; None when no range or no scale follows."""
    joined = _RANGE_TO.match(masked, pos)
    if not joined:
        return None
    after = joined.end()
    glued = LETTERS.match(masked, after)
    if glued:
        magnitude = scale.glued_magnitude(glued.group(), currency)
        if magnitude is not None:
            return magnitude, False, glued.end()
    word = scale.magnitude_after(masked, after, currency)
    if word:
        return word[0], False, word[1]
    pct = scale.PERCENT.match(masked, after) if currency is None else None
    if pct:
        return 1.0, True, pct.end()
    return None  # "Between 10 and 20 staff": only the high end carries its noun
