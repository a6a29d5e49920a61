"""Labels above the headline ("Press Release", "For Immediate Release") and the embargo banner."""

from __future__ import annotations

import re

from ..model import Block
from .dates import find_date
from .vocab import alternation

_SKIP_LINK = r"^skip\s+to\s+(?:main\s+)?content$"  # a page's link for screen readers, dropped as labels are
# An embargo's label before its date, in the lexicon's words ("EMBARGOED UNTIL", "Sperrfrist:", "報道解禁："),
# a whole word: "Embargoes on …" opens a sentence, no label.
_EMBARGO_WORD = alternation("EMBARGO_LABELS") + r"(?=[\s:：（(–—-]|$)"
# The lexicon's labels standing alone, and the label forms that carry more words ("For release …").
# A Japanese release sets its label in brackets too: "【報道関係各位】", "＜ニュースリリース＞".
_LABEL = re.compile(
    "^(?:" + alternation("RELEASE_LABELS") + r"|【\s*" + alternation("RELEASE_LABELS") + r"\s*】"
    r"|[＜<〈［\[]\s*" + alternation("RELEASE_LABELS") + r"\s*[＞>〉］\]])\s*[:：]?$"
    r"|" + _SKIP_LINK + r"|^for\s+release\b.*$"
    r"|^(?:embargo(?:ed)?\b.*)$|^under\s+embargo\b.*$|^not\s+for\s+(?:publication|release)\b.*$|^" + _EMBARGO_WORD + ".*$"
    # the banner a page under embargo carries over its headline: "THIS PAGE IS UNDER EMBARGO !",
    # "Please do not publish before …"
    r"|^(?:this|the)\s+(?:page|release|document|announcement|text|story)\s+is\s+(?:under\s+embargo|embargoed)\b.*$"
    r"|^(?:please\s+)?do\s+not\s+(?:publish|release|distribute)\b.*$",
    re.I,
)
# A label run into the headline: "MEDIA ADVISORY: Acme opens …", "News release – Acme opens …".
_LABEL_PREFIX = re.compile("^" + alternation("RELEASE_LABELS") + r"\s*(?:[:：|]|\s[–—-])\s*(?=\S)", re.I)
_IMMEDIATE = re.compile(r"for\s+immediate\s+release|immediate\s+release|即時發佈|即时发布|即時發放", re.I)
_EMBARGO = re.compile(_EMBARGO_WORD + r"\s*[:：]?\s*(?P<when>.{0,80})", re.I)


_LABEL_PART = re.compile(alternation("RELEASE_LABELS"), re.I)


def strip_label(title: str) -> str:
    """A headline without the label run into it ("MEDIA ADVISORY: Acme opens …" gives "Acme opens …")."""
    match = _LABEL_PREFIX.match(title)
    return title[match.end():] if match and len(title) - match.end() >= 10 else title


_TIME = re.compile(r"\b(?P<h>[0-2]?\d)(?::|\.|h)(?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?|\b(?P<h2>1[0-2]|0?\d)\s*(?P<ampm2>[ap]\.?m\.?)", re.I)


def embargo_text(line: str) -> str | None:
    """The date and time of an embargo label ("EMBARGOED UNTIL …"), or None for any other line."""
    match = _EMBARGO.match(line)
    return match.group("when") if match else None


def embargo_date(embargo: str | None) -> str | None:
    """The day an embargo lifts (``parse_embargo``'s ISO stamp), which is the release's date where
    the release gives no other: it is published that day."""
    match = re.match(r"\d{4}-\d{2}-\d{2}", embargo or "")
    return match.group() if match else None


def is_immediate(label: str) -> bool:
    return bool(_IMMEDIATE.search(label))


def parse_embargo(when: str) -> str:
    """An embargo's date and time as ISO (``2025-03-05T10:00``), or the text as written."""
    date = find_date(when)
    if date is None:
        return when.strip(" .:-–—")
    # the time after the date, else before it: never inside it ("21.02.2031, 11:00 Uhr")
    time = _TIME.search(when, date.end) or _TIME.search(when, 0, date.start)
    if time is None:
        return date.iso
    hour = int(time.group("h") or time.group("h2"))
    minute = int(time.group("m") or 0)
    ampm = (time.group("ampm") or time.group("ampm2") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return date.iso
    stamp = f"{date.iso}T{hour:02d}:{minute:02d}"
    zone = _ZONE.match(when, time.end())
    if zone is None:
        return stamp
    offset = _ZONE_OFFSETS.get(zone.group(1))
    numeric = re.fullmatch(r"(?:UTC|GMT)([+-])(\d{1,2}):?(\d\d)?", zone.group(1))
    if numeric:
        offset = f"{numeric.group(1)}{int(numeric.group(2)):02d}:{numeric.group(3) or '00'}"
    # An offset where the abbreviation has one; otherwise the zone as written ("ET" may be -5 or -4).
    return f"{stamp}{offset}" if offset else f"{stamp} {zone.group(1)}"


_ZONE_OFFSETS = {
    "GMT": "+00:00", "UTC": "+00:00", "Z": "+00:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "EET": "+02:00", "EEST": "+03:00", "HKT": "+08:00", "SGT": "+08:00", "AWST": "+08:00",
    "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00", "NZST": "+12:00",
    "NZDT": "+13:00", "IST": "+05:30", "EST": "-05:00", "EDT": "-04:00", "CDT": "-05:00",
    "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
}
_ZONE = re.compile(r"[ \t,(]*(?:hrs?\.?\s+|hours\s+|Uhr\s+)?((?:UTC|GMT)[+-]\d{1,2}(?::?\d\d)?|[A-Z]{0,4}T|UTC|Z)\b")


def is_label(text: str) -> bool:
    """A label above the headline, or several run onto one line ("Press Release For Immediate Release")."""
    text = text.strip()
    if _LABEL.match(text.strip(" *:'’")) or _LABEL.match(text):  # "FOR PRESS '": an OCR's stray mark
        return True
    if len(text) > 120:
        return False  # labels run together are short
    rest = _LABEL_PART.sub("", text)
    return rest != text and not rest.strip(" *:|·•-–—")




def names_the_text(text: str) -> bool:
    """A label saying what the text is (a release, an advisory, under embargo), not a page's skip link."""
    return is_label(text) and re.match(_SKIP_LINK, text.strip(), re.I) is None


def mark_labels(blocks: list[Block]) -> tuple[str | None, str | None]:
    """Labels above the headline ("Press Release", "For Immediate Release", an embargo)."""
    status: str | None = None
    embargo: str | None = None
    for block in blocks[:15]:
        text = block.text.strip(" *")
        if not text or block.kind == "image":
            continue
        when = embargo_text(text)
        if when is not None:
            embargo = parse_embargo(when)
            status = "embargoed"
            block.role = "front"
            continue
        if is_label(text):
            if is_immediate(text) and status is None:
                status = "for immediate release"
            block.role = "front"
    return status, embargo


_LABELLED_REACH = 40  # blocks from the top: a scrape keeps the page's menu, byline and breadcrumbs above the release


def labelled_date(blocks: list[Block]) -> str | None:
    """The date on the line under a "For Immediate Release" label near the top, a label and a date
    line alone ("For Immediate Release" / "April 24, 2031"): the release's date, where a page's
    byline above it gives the day the page was posted."""
    for block, after in zip(blocks[:_LABELLED_REACH], blocks[1:_LABELLED_REACH + 1]):
        text = block.text.strip(" *:")
        if not (is_immediate(text) and is_label(text)):
            continue
        below = after.text.strip(" *")
        date = find_date(below, 60)
        if date is not None and date.start == 0 and not below[date.end:].strip(" .,"):
            return date.iso
    return None
