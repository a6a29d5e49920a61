"""Counts of what the parser repaired, and the one refusal it makes (far too many headings)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block


@dataclass
class Repairs:
    """Counts of what was repaired, turned into ``warnings`` lines at the end."""

    escapes: int = 0
    dead_links: int = 0
    empty_headings: int = 0
    joined: int = 0
    repeats: int = 0
    scripts: int = 0
    notes: list[str] = field(default_factory=list)

    def warnings(self) -> list[str]:
        out = []
        if self.joined:
            out.append(f"Joined {self.joined} paragraph(s) split mid-sentence by a page break.")
        if self.repeats:
            out.append(f"Removed {self.repeats} paragraph(s) or quote(s) printed twice.")
        if self.empty_headings:
            out.append(f"Dropped {self.empty_headings} empty heading(s).")
        if self.escapes:
            out.append(f"Undid {self.escapes} stray escape(s) such as \\$.")
        if self.dead_links:
            out.append(f"Kept {self.dead_links} dead link(s) as plain text.")
        if self.scripts:
            out.append(f"Removed {self.scripts} script, style or embedded object(s).")
        return out + self.notes


# Deeper nesting than this is flattened: no release needs it, and Python-Markdown's list and

MAX_HEADINGS = 20_000
# What may become a heading: an ATX line, a setext underline (``===`` or ``---`` under a
# line), a line wholly in bold (which the structure reads as a heading), an HTML heading.
_HEADING_LINE = re.compile(r"^(?:[ \t]{0,3}#{1,6}[ \t]|[ \t]{0,3}(?:=+|-+)[ \t]*$"
                           r"|[ \t]*(?:\*\*|__)\S[^\n]*(?:\*\*|__)[ \t]*$)", re.M)
_HTML_HEADING = re.compile(r"<h[1-6][\s>]", re.I)


class ContentError(ValueError):
    """Text that is readable but is no press release (e.g. tens of thousands of headings)."""


def check_complexity(text: str) -> None:
    """Refuse text with more than ``MAX_HEADINGS`` heading-like lines, before any parsing."""
    _check_count(sum(1 for _ in _HEADING_LINE.finditer(text)) + sum(1 for _ in _HTML_HEADING.finditer(text)))


def check_headings(blocks: list[Block]) -> None:
    """The same limit on the parsed blocks: headings and bold lines, in whatever form they came."""
    _check_count(sum(1 for block in blocks if block.kind == "heading" or block.strong))


def _check_count(headings: int) -> None:
    if headings > MAX_HEADINGS:
        raise ContentError(f"the file has {headings:,} headings; a press release has a few dozen at most")

