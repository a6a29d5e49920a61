"""The dateline: ``PLACE, date –`` opening the story, and its variants in other languages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block
from .dates import find_date

# "AUSTIN, Texas - The city…", and a wire's "NEW YORK--(BUSINESS WIRE)--Acme…" under a date line.
_PLACE_ONLY = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?)"
    r"\s*(?:[–—-]\s+\S|-{1,2}\s*\(\s*[A-Za-z][\w .&-]{2,30}\)\s*-{1,2}\s*\S)")
_WIRE = re.compile(r"^\s*[(/（]\s*[\w .&-]{2,30}\s*[)/）]")
_ZH_PLACE_AFTER = re.compile(r"^[，,\s]*(?P<place>[\u4e00-\u9fff]{2,20})(?:[（(]|[，,])")
_ZH_PLACE_BEFORE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12})\s*[，,]?\s*$")


@dataclass
class Dateline:
    date: str | None
    place: str | None
    text: str | None
    block: int


def find_dateline(blocks: list[Block], start: int) -> Dateline:
    """Search the first blocks after the headline for ``PLACE, date –`` and its variants."""
    fallback_date: str | None = None
    place_only: tuple[str, int] | None = None
    for block in blocks[start:start + 20]:
        if block.kind not in ("paragraph", "heading", "item"):
            continue
        text = block.text
        date = find_date(text, 160)
        if date is not None:
            before = text[:date.start]
            after = text[date.end:]
            if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
                before, after = before.rstrip()[:-1], after.lstrip()[1:]  # "Washington, D.C. (March 3, 2025) —"
            body_follows = len(after.strip(" –—-:|,")) > 30
            place = _clean_place(before)
            if not body_follows and not stands_alone_possible(after):
                place = None
            if place is None and body_follows and re.search(r"[\u4e00-\u9fff]", text[:date.end]):
                zh = _ZH_PLACE_AFTER.match(after)
                place = zh.group("place") if zh and body_follows else None
                if place is None and before:
                    zh = _ZH_PLACE_BEFORE.search(before)
                    place = zh.group("place") if zh else None
            stands_alone = not after.strip(" –—-:|,") and place is not None and not body_follows
            if (body_follows or stands_alone) and (place is not None or len(before.strip()) < 3):
                dateline_end = date.end
                wire = _WIRE.match(after)
                if wire:
                    dateline_end += wire.end()
                return Dateline(date.iso, place, text[:dateline_end].strip(" –—-:"), block.index)
            if not body_follows and fallback_date is None and len(before) < 40:
                fallback_date = date.iso
            continue
        match = _PLACE_ONLY.match(text)
        if match and place_only is None and len(text) > 60:
            place_only = (match.group("place").strip(" -–—"), block.index)
    if place_only is not None:
        return Dateline(fallback_date, place_only[0], place_only[0], place_only[1])
    return Dateline(fallback_date, None, None, -1)


def stands_alone_possible(after: str) -> bool:
    """A dateline on a line of its own ends in a dash or colon, with the story below it."""
    return not after.strip() or bool(re.fullmatch(r"\s*(?:[(/][\w .&-]{2,30}[)/])?\s*[–—:-]+\s*", after))


# Words between a dateline's place and its date: "Paris, le 3 mars", "Berlin, den 3. März",
# "München, Montag, 3. März", "Madrid, lunes 3 de marzo".
_PLACE_TAIL = re.compile(
    r"(?:[\s,]+(?:le|den|am|el|il|on|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi"
    r"|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday))+$", re.I)


def _clean_place(before: str) -> str | None:
    place = re.sub(r"[\s,:;|–—\-，、：；]+$", "", before).strip()
    place = _PLACE_TAIL.sub("", place).rstrip(" ,")
    place = re.sub(r"^[\s,:;|–—\-，、：；]+", "", place)
    if not place or len(place) > 100 or len(place.split()) > 12:
        return None
    if re.search(r"[.!?。]\s", place) or re.search(r"\b(?:on|at|in|since|from|until|by)$", place, re.I):
        return None
    if not place[0].isupper() and not re.match(r"[\u4e00-\u9fff]", place):
        return None
    return place
