"""A testimonial's signature under it: the speaker's name on the line below a paragraph that is all
quotation, the role on the line after ("“We moved 400 workloads in six weeks.” | Petra Roe | Head of
Infrastructure, Nordbank"), or "Name, Role" on one line, as a <cite> under a <blockquote> prints it.

A paragraph may carry its signature on the same line, after the closing mark ("“We moved 400 workloads
in six weeks.” Petra Roe, Head of Infrastructure, Nordbank"): the rest of the paragraph is then a
"Name, Role" and nothing else.

Where every testimonial is signed below, the line above one is the signature of the one before: a
name line right under a quotation belongs to it, not to the quotation after it.
"""

from __future__ import annotations

import re

from ..model import Block
from .names import _has_role_word, _is_name_token
from .spans import blank, is_sentence, scan_double

_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
_MAX_LINE = 160
_MAX_RUN = 24  # testimonials walked back to the first of a run (a bound on hostile input)


def _short_line(block: Block) -> str | None:
    text = block.text.strip()
    if not text or len(text) > _MAX_LINE or block.kind in ("heading", "rule", "image") or any(
            is_sentence(text[q.inner_start:q.inner_end]) for q in scan_double(text)):
        return None  # a nickname in marks ("“Pastor Phil” Roe") may stand in a name line
    return None if _SENTENCE_END.search(text) and not text.endswith(".") else text


def bare_name(text: str) -> bool:
    """A line that is a personal name alone: two to four name words ("Petra Hoffmann-Ruiz")."""
    tokens = text.split()
    return 2 <= len(tokens) <= 4 and all(_is_name_token(t) for t in tokens)


def signature_after(blocks: list[Block], pos: int) -> str | None:
    """The "who" the lines right under the quotation at ``pos`` sign it with: "Name, Role" on one line,
    or a bare name with its role on the line after (joined as "Name, Role"); None where none."""
    if pos + 1 >= len(blocks):
        return None
    line = _short_line(blocks[pos + 1])
    if line is None or line.endswith("."):
        return None
    if bare_name(line):
        role = _short_line(blocks[pos + 2]) if pos + 2 < len(blocks) else None
        return f"{line}, {role}" if role and _has_role_word(role) and not bare_name(role) else line
    return line if "," in line and _has_role_word(line) else None


def signed_tail(tail: str) -> str | None:
    """The "Name, Role" a paragraph that opens with a quotation ends with, right after its closing
    mark and nothing else ("” Petra Roe, Head of Infrastructure, Nordbank"); None where the rest is
    anything more (a sentence, another quotation)."""
    text = tail.strip().lstrip("—–-").strip()
    if not text or len(text) > _MAX_LINE or text.endswith(("!", "?", ":")) or scan_double(text):
        return None
    if text.endswith(".") and len(text.split(",")) < 2:
        return None
    return text.rstrip(".") if "," in text and _has_role_word(text) else None


def all_quotation(block: Block) -> bool:
    """Is the block one quotation from its first character to its last?"""
    text = block.text.strip()
    spans = scan_double(text)
    return len(spans) == 1 and spans[0].start == 0 and blank(text[spans[0].end:])


def _signature_line(blocks: list[Block], k: int) -> bool:
    line = _short_line(blocks[k]) if 0 <= k < len(blocks) else None
    return line is not None and (bare_name(line) or "," in line and _has_role_word(line))


def _first_of_run(blocks: list[Block], pos: int) -> int:
    """The first quotation of the run of signed quotations ``pos`` is in (a quotation, one or two
    short lines, a quotation …)."""
    first = pos
    for _ in range(_MAX_RUN):
        before = next((k for k in (first - 2, first - 3) if k >= 0 and all_quotation(blocks[k])
                       and all(_short_line(blocks[m]) for m in range(k + 1, first))), None)
        if before is None:
            return first
        first = before
    return first


def signed_below(blocks: list[Block], pos: int) -> bool:
    """Are the quotations of this run signed below them, not above: the run's first quotation has a
    signature under it and none over it?"""
    first = _first_of_run(blocks, pos)
    return signature_after(blocks, first) is not None and not _signature_line(blocks, first - 1)
