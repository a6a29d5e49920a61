"""A media advisory's labels ("WHO:", "Wann:") and an event's facts set as labels over a line each."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Block
from .vocab import folded


def advisory_label(text: str) -> bool:
    """A media advisory's label standing alone: "WHO:", "WHEN:", "PHOTO/INTERVIEW:", "Wann:"."""
    if not (text.endswith((":", "：")) or text.isupper()):
        return False
    parts = re.split(r"\s*[/&]\s*|\s+and\s+", folded(text))
    return all(p in lexicon.words("ADVISORY_LABELS") for p in parts)


def label_series(blocks: list[Block], i: int, text: str) -> bool:
    """An event's facts as labels in a capital over a line each ("Date" / "10 May" / "Venue" / "Hall 3"):
    a label so, with another two lines above or below it, titles its line."""
    def label(k: int) -> bool:
        return 0 <= k < len(blocks) and blocks[k].kind == "paragraph" and advisory_label(blocks[k].text.strip() + ":")
    return text[:1].isupper() and label(i) and (label(i - 2) or label(i + 2))
