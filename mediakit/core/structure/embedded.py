"""A release embedded in a post: a blog's own opening, a rule, then the release with its headline and
dateline ("We have included the release below." / ``<hr />`` / "# Acme Announces …" / "LAKEVIEW – May 3,
2031 – …"). The post's opening has no dateline; the embedded release's headline is the headline."""

from __future__ import annotations

from ..model import Block
from .dateline import find_dateline

_UNDER_RULE = 3  # blocks after the rule the release's headline may stand in (an image, a label)
_TO_DATELINE = 3  # blocks from the headline to its dateline (a sub-headline between them)


def embedded_headline(blocks: list[Block]) -> int | None:
    """The index of the headline of a release set under a rule after a post's opening: a large
    heading whose dateline, with its place, follows within a few blocks; None where there is none."""
    for rule in (b.index for b in blocks if b.kind == "rule" and b.index > 0):
        for block in blocks[rule + 1:rule + 1 + _UNDER_RULE]:
            if block.kind != "heading" or block.level > 2:
                continue
            found = find_dateline(blocks[:block.index + 1 + _TO_DATELINE], block.index + 1)
            if found.block >= 0 and found.place and found.date:
                return block.index
    return None
