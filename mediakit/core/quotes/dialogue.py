"""Quotations marked by dashes, as Uzbek and Russian copy writes direct speech with no quote marks:

    – Biz ertaga boshlaymiz, – dedi Ali Valiyev. – Ish bir oyda tugaydi.

A paragraph opens with a dash, the words run to a comma (or ! ? …) and a second dash before the
said-verb and the speaker; after the speaker's full stop a third dash may carry the quotation on.
The speaker phrase is returned raw, for the attributor to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block
from ..text import alternation
from .patterns import latin_words
from .spans import is_sentence

_DASH = "[–—―]"
_VERB = "(?:" + alternation(latin_words("SAID_VERBS"), loose_spaces=True) + ")"
_DIALOGUE = re.compile(
    r"^" + _DASH + r"\s*(?P<words>\S.{8,}?)[,!?…]\s*" + _DASH + r"\s*" + _VERB + r"\s+(?P<who>[^.!?–—―\n]{3,120}?)"
    r"\s*(?:[.!?]\s*" + _DASH + r"\s*(?P<more>\S.*?)\s*)?[.!?]?\s*$", re.I | re.S)
_MARKS = re.compile('[“”«»„"]')


@dataclass
class DashQuote:
    """One dash-marked quotation: its parts (before and after the attribution), the speaker phrase,
    and the block it stands in."""

    parts: list[str]
    who: str
    pos: int


def dash_quotes(blocks: list[Block]) -> list[DashQuote]:
    """The dash-marked quotations of the body's paragraphs that hold no quote marks."""
    found: list[DashQuote] = []
    for pos, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind != "paragraph" or not text or text[0] not in "–—―" or _MARKS.search(text):
            continue
        match = _DIALOGUE.match(text)
        if match is None or not is_sentence(match.group("words")):
            continue
        parts = [match.group("words").strip()]
        if match.group("more"):
            parts.append(match.group("more").strip())
        found.append(DashQuote(parts, match.group("who").strip(), pos))
    return found
