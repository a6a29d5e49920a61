"""A short bare title over a run of labelled links ("Website" over "Spring Fair: https://…", "Related
materials" over "Research: https://…" and "Photos download: http://…"): the links are its part.

Hand-written: the rule reads the lines' own form (a label, a colon, an address), which no library knows.
"""

from __future__ import annotations

import re

from ..model import Block
from ..text import CJK
from .vocab import is_entry

# "Spring Fair: https://fair.example/en", "Photos: www.example.org" (the address as text or a link)
_LINK_LINE = re.compile(r"[^:：\n]{2,60}[:：]\s*(?:https?://|www\.)\S+")
_LINK_AFTER_LABEL = re.compile(r"^[^:：<]{2,60}[:：]\s*<a\s", re.I)
_TITLE_WORDS = 4
_CJK_CHAR = re.compile(f"[{CJK}]")  # a line in Chinese or Japanese has no spaces: two characters count as a word


def over_link_lines(blocks: list[Block], i: int) -> bool:
    """The line at ``i`` is a few words, no person's name (not every word in capitals) and no
    navigation heading ("Related links" over a site's links), over one or more labelled links."""
    words = blocks[i].text.split()
    if not 1 <= len(words) <= _TITLE_WORDS or len(words) > 1 and all(w[:1].isupper() for w in words):
        return False
    if len(_CJK_CHAR.findall(blocks[i].text)) > 2 * _TITLE_WORDS:  # "请访问我们的网站了解更多": a sentence
        return False
    if is_entry(blocks[i].text.strip(), "NAV_HEADINGS"):
        return False
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return nxt is not None and nxt.kind == "paragraph" and nxt.role == "body" and _is_link_line(nxt)


def _is_link_line(block: Block) -> bool:
    text = block.text.strip()
    return bool(_LINK_LINE.fullmatch(text) or _LINK_AFTER_LABEL.match(block.html.strip()))
