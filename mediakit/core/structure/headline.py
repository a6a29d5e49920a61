"""The headline: a heading near the top, the page's title, or a first line; and the date above it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..contacts import is_contact_line
from ..model import Block
from .dates import find_date
from .labels import embargo_text


def find_title(blocks: list[Block], front: dict[str, Any], name: str) -> tuple[int, str]:
    """The headline: a heading near the top, else the front matter's title, else a first line."""
    # A contact block printed above the headline ("CONTACT: Jane Roe / (512) 555-0176") is no headline.
    top = [b for b in blocks[:20] if b.role == "body" and b.kind in ("heading", "paragraph") and b.text.strip()
           and not (b.kind == "paragraph" and is_contact_line(b))][:12]
    for block in top:
        if block.kind == "paragraph" and len(block.text) >= 200:
            break  # the story has begun: a heading after it is a section, not the headline
        if block.kind == "heading" and block.level <= 3 and len(block.text) > 3:
            block.role = "title"
            return block.index, clean_title(block.text)
    fm_title = front.get("title") if isinstance(front.get("title"), str) else None
    if fm_title:
        return -1, clean_title(fm_title)
    for block in top[:5]:
        if block.strong and len(block.text.split()) >= 3 and not find_date(block.text, 40):
            block.role = "title"
            return block.index, clean_title(block.text)
    for block in top[:3]:
        if block.kind == "paragraph" and 3 <= len(block.text) <= 250 and not find_date(block.text, 40):
            block.role = "title"
            return block.index, clean_title(strip_site_suffix(block.text, blocks))
    return -1, Path(name).stem


def date_above_title(blocks: list[Block], title_index: int) -> str | None:
    """A date line printed above the headline ("FOR IMMEDIATE RELEASE / March 3, 2025"), not an embargo's."""
    for block in blocks[:max(title_index, 0)]:
        text = block.text.strip(" *")
        if block.kind not in ("paragraph", "heading") or len(text) > 80 or embargo_text(text) is not None:
            continue
        found = find_date(text)
        if found and len(text) - (found.end - found.start) < 40:
            return found.iso
    return None


def clean_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" *#")


def strip_site_suffix(text: str, blocks: list[Block]) -> str:
    """A page title "Headline | Site name" loses the site name."""
    if " | " not in text:
        return text
    head = text.rsplit(" | ", 1)[0].strip()
    if any(b.text.strip() == head for b in blocks) or len(text.rsplit(" | ", 1)[1].split()) <= 6:
        return head
    return text


def mark_title_repeats(blocks: list[Block], title: str) -> None:
    key = title.casefold()
    for block in blocks:
        if block.role == "body" and block.text.strip(" *").casefold() == key:
            block.role = "chrome"
