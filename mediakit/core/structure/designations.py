"""A title naming a thing by its number ("Senate Bill 1204", "Proposition 318", "Route 4410").

A long number on a short line is most often a phone, a postcode or an amount, which no title holds;
but a line of capitalised words ending in a thing's number, over a paragraph that opens by naming
the same thing again ("Senate Bill 1204" over "Senate Bill 1204, sponsored by …"), titles the part
about it. Hand-written: the test is the line's form and its restatement below, no library's.
"""

from __future__ import annotations

import re

from ..model import Block

# Capitalised words (a short joiner between them) and a number of three to six digits closing the line.
_NAMED_NUMBER = re.compile(r"[A-Z][\w'’.-]*(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'’.-]*){0,4}\s\d{3,6}")


def names_its_number(blocks: list[Block], i: int, text: str) -> bool:
    """Is line ``i`` a thing's name ending in its number, which the paragraph below opens with?"""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is None or nxt.kind != "paragraph" or not _NAMED_NUMBER.fullmatch(text):
        return False
    rest = nxt.text.lstrip()
    return rest.startswith(text) and not rest[len(text):len(text) + 1].isalnum()
