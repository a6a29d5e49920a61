"""Plain text to blocks: hard-wrapped paragraphs joined, one-paragraph-a-line text kept.

Hand-written: line joining for press-release text has no library.
"""

from __future__ import annotations

import html as htmllib
import re

from ..model import Block

_WS = re.compile(r"\s+")

TERMINAL = tuple(".!?:;。！？：；…\"”’)]」』")
_CONTINUATION_START = re.compile(r"^(?:[a-z]|[.,;:!?)\]”’](?:\s|$)|[.,;:](?=\S)|[–—-]\s)")


def plain_to_blocks(text: str) -> list[Block]:
    """Plain text: hard-wrapped paragraphs are joined; one-paragraph-a-line text keeps its lines."""
    chunks = [c for c in re.split(r"\n\s*\n", text) if c.strip()]
    blocks: list[Block] = []
    if _is_hard_wrapped(chunks):
        for chunk in chunks:
            rows = [r.strip() for r in chunk.splitlines() if r.strip()]
            # A chunk of short stand-alone lines (contact blocks, tables) keeps its lines.
            if len(rows) > 1 and max(len(r) for r in rows) < 50:
                blocks.extend(_plain_block(r) for r in rows)
            else:
                blocks.append(_plain_block(" ".join(rows)))
        return blocks
    pending: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if pending and _continues(pending[-1], line):
            pending[-1] = _join(pending[-1], line)
        else:
            pending.append(line)
    return [_plain_block(p) for p in pending]


def _is_hard_wrapped(chunks: list[str]) -> bool:
    """True when lines break mid-sentence at a fixed width (an e-mail or a wire's text)."""
    if len(chunks) < 2:
        return False
    inner = [line.strip() for c in chunks for line in c.strip().splitlines()[:-1] if line.strip()]
    if len(inner) < 3:
        return False
    open_ended = sum(1 for line in inner if not line.endswith(TERMINAL))
    widths = sorted(len(line) for line in inner)
    median = widths[len(widths) // 2]
    return open_ended >= 0.6 * len(inner) and 30 <= median <= 100


def _continues(previous: str, line: str) -> bool:
    if _CONTINUATION_START.match(line):
        return True
    return previous.endswith((",", ",”", ",\""))


def _join(previous: str, line: str) -> str:
    if line[0] in ".,;:!?)”’" and not previous.endswith(("“", "(")):
        return previous + line
    return previous + " " + line


def _plain_block(text: str) -> Block:
    text = _WS.sub(" ", text).strip()
    return Block(kind="paragraph", text=text, html=htmllib.escape(text, quote=False))

