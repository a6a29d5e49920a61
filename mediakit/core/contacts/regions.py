"""The country of a release's phone numbers written without a country code, where no dateline
place, filing header or country domain names one: the clues the release's own text gives.

Four clues, strongest first: the country codes of the numbers the release does write in full
("Switchboard: +44 191 …" reads "020 7946 0123" as British); a country or city named in an address
line ("1003 Lausanne, Suisse"); a currency only one country with a trunk 0 uses, where every bare
number opens with that 0 (a "£2 million" grant reads "01223 …" as British; a North American
number never opens with 0, so it is never read there); and the release's language, told by the
count of its function words (German "und", "der"), with the countries it is written in
(``lexicon`` ``PHONE_REGIONS``, German: DE, AT, CH). ``phonenumbers``' validity chooses among the candidates: the first in which most of the
release's bare contact numbers are valid. Where nothing points to a country (an English release
with no code, no place, no address, no such currency), there is no guess.
"""

from __future__ import annotations

import re

import phonenumbers

from .. import detect
from ..language import languages
from ..model import Block
from .spans import _phone_values
from .words import _LABEL

__all__ = ["clue_region"]

_LETTER = re.compile(r"[^\W\d_]")
_MAX_TEXT = 200_000
_MAX_BLOCK = 400  # the longest block whose numbers are read as contact numbers
# An address line's postal code before its town ("1003 Lausanne", "CH-8001 Zürich", "D-73230 …").
_POSTCODE_TOWN = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}-)?\d{4,5}\s[A-ZÀ-Þ][a-zß-ÿ]")
_INTERNATIONAL = re.compile(r"(?<![\w+])(?:\+|00)\s?[1-9]")


def _language_regions(text: str) -> list[str]:
    """The countries of the release's language(s), the leading language's first."""
    return [r for language in languages(text) for r in getattr(language, "PHONE_REGIONS", ())]


def _coded_regions(numbers: list[str]) -> list[str]:
    """The countries of the numbers written with their country code, the most frequent first."""
    votes: dict[str, int] = {}
    for raw in numbers:
        if not _INTERNATIONAL.match(raw):
            continue
        value = detect.normalise_phone(raw, None)
        region = phonenumbers.region_code_for_number(phonenumbers.parse(value)) if value else None
        if region and region != "001":
            votes[region] = votes.get(region, 0) + 1
    return sorted(votes, key=lambda r: -votes[r])


# Currencies of one country each whose national phone numbers open with a trunk 0.
_CURRENCY_REGIONS = (
    ("GB", re.compile(r"£|(?<![A-Z])GBP(?![A-Z])|\bpounds?\s+sterling\b")),
    ("AU", re.compile(r"(?<![A-Za-z])(?:A|AU)\$|(?<![A-Z])AUD(?![A-Z])")),
    ("NZ", re.compile(r"(?<![A-Za-z])NZ\$|(?<![A-Z])NZD(?![A-Z])")),
    ("IN", re.compile(r"₹|(?<![A-Z])INR(?![A-Z])|\bRs\.?\s?\d|\b(?:crores?|lakhs?)\b")),
)
_TRUNK_OPENING = re.compile(r"^\(?0[1-9]")


def _currency_regions(text: str, bare: list[str]) -> list[str]:
    """The countries the release's currencies name, where every bare number opens with a trunk 0."""
    if not all(_TRUNK_OPENING.match(n.strip()) for n in bare):
        return []
    return [region for region, pattern in _CURRENCY_REGIONS if pattern.search(text[:_MAX_TEXT])]


def _address_regions(lines: list[str]) -> list[str]:
    """The countries an address line names ("…, 1003 Lausanne, Suisse"), by country or city name."""
    from ..structure.places import region_named  # here: structure imports contacts

    out: list[str] = []
    for line in lines:
        if len(line) <= 160 and _POSTCODE_TOWN.search(line):
            region = region_named(line)
            if region and region not in out:
                out.append(region)
    return out


def _contact_numbers(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """The phone-like runs of the short blocks that hold an e-mail or a phone label or are nothing
    but numbers (a table's cell, a definition list's value), then every number written in full
    ("Visitor line: +44 …"); and the short blocks' lines."""
    numbers: list[str] = []
    coded: list[str] = []
    lines: list[str] = []
    for block in blocks:
        text = block.text
        if block.kind in ("rule", "image"):
            continue
        runs = [m.group(0) for m in detect.PHONE.finditer(text[:_MAX_TEXT])]
        coded.extend(r for r in runs if _INTERNATIONAL.match(r))
        if len(text) > _MAX_BLOCK:
            continue
        lines.extend(text.splitlines())
        if "@" in text or "(at)" in text or "[at]" in text or _LABEL.search(text) \
                or (runs and not _LETTER.search(detect.PHONE.sub("", text))):
            numbers.extend(r for r in runs if not _INTERNATIONAL.match(r))
    return numbers + coded, lines


def clue_region(blocks: list[Block]) -> str | None:
    """The region the release's bare contact numbers are read in, from its clues; None where none
    points to a country or no bare number is valid in any of those it points to."""
    numbers, lines = _contact_numbers(blocks)
    bare = [n for n in numbers if not _INTERNATIONAL.match(n)]
    if not bare:
        return None
    candidates: list[str] = []
    text = "\n".join(b.text for b in blocks)
    clues = _coded_regions(numbers) + _address_regions(lines) + _currency_regions(text, bare)
    for region in clues + _language_regions(text):
        if region in phonenumbers.SUPPORTED_REGIONS and region not in candidates:
            candidates.append(region)
    best, best_count = None, 0
    for region in candidates:
        count = sum(len(_phone_values(n, region)) for n in bare)
        if count > best_count:
            best, best_count = region, count
    return best
