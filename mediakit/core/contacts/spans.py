"""The detail spans of one line (e-mails, phones, links, field labels) and small helpers on them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from .. import detect
from ..model import Block
from ..scripts import script_region
from .runon import email_start
from .words import (
    _EMAIL_WORDS,
    _FAX_WORDS,
    _LABEL,
    _LABEL_PREFIX,
    _MAX_PHONES_PER_BLOCK,
    _SPACE_EMAIL,
)


def _fold(text: str) -> str:
    return " ".join(text.split())


def _name_key(name: str) -> str:
    return re.sub(r"[\W_]+", " ", name.lower()).strip()


@dataclass(frozen=True)
class _Span:
    """A detail found in a contact line: an e-mail, phone, URL or label, with its place."""

    start: int
    end: int
    kind: str  # email, phone, url, label
    value: str
    glued: bool = False


# A number flattening ran into the word before it ("Public Relations312-555-0142",
# "Presse+49 30 1234567"): only in a phone's own shape, a plus and its groups or a North American
# number with its separators, as a glued count or code has neither; or a bare number run into
# both a name and the address after it ("Jane Roe3125550142jroe@…").
_GLUED_PHONE = re.compile(r"(?<=[A-Za-z])(?:\+\d[\d \-./()\u00a0]{7,30}\d|\(?\d{3}\)?[-.]\d{3}[-.]\d{4}"
                          rf"|(?<=[a-z])\d{{7,15}}(?=[a-z][{detect.LOCAL_CHARS}]{{0,63}}@))(?!\d)")


# A web address printed without "www." or a scheme, which flattening may glue to the next field
# ("visit: corporate.acme.com.Acme Holding AG…"): a host of three or more labels (two are as often
# an address written with a space for its "@", "info ostfield.org"); none inside an e-mail address.
_BARE_HOST = re.compile(
    r"(?<![\w@.\-])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9][a-z0-9\-]*)+"
    r"\.(?:" + "|".join(detect.GENERIC_TLDS) + r"|[a-z]{2})(?![a-z0-9\-@])")


@lru_cache(maxsize=256)
def _spans(text: str, with_obfuscated: bool) -> tuple[_Span, ...]:
    """Emails, phones, links and labels in ``text``, left to right, none overlapping."""
    found: list[_Span] = []
    occupied = bytearray(len(text) + 1)  # spans are short, so checking one costs little

    def take(start: int, end: int) -> None:
        occupied[start:end] = b"\x01" * (end - start)

    def free(start: int, end: int) -> bool:
        return not any(occupied[start:end])

    for span in _email_spans(text, with_obfuscated):
        found.append(span)
        take(span.start, span.end)
    for url in detect.urls(text):
        end = _link_end(text, url.start, url.end, occupied)
        if end > url.start and free(url.start, end):
            found.append(_Span(url.start, end, "url", text[url.start:end]))
            take(url.start, end)
    for host in _BARE_HOST.finditer(text):
        if free(host.start(), host.end()):
            found.append(_Span(host.start(), host.end(), "url", host.group()))
            take(host.start(), host.end())
    for match in _phone_matches(text, free):
        found.append(_Span(match.start(), match.end(), "phone", match.group(0)))
        take(match.start(), match.end())
    for match in _LABEL.finditer(text):
        if not free(match.start(), match.end()):
            continue
        word = (match.group("spaced") or match.group("glued") or match.group("one") or match.group("cjk") or "")
        word = word.lower()
        kind = "fax" if word in _FAX_WORDS else "mail" if word in _EMAIL_WORDS else "any" if word == "m" else "tel"
        glued = match.start() > 0 and text[match.start() - 1].isalnum()
        found.append(_Span(match.start(), match.end(), "label", kind, glued=glued))
        take(match.start(), match.end())
    found.sort(key=lambda s: s.start)
    return tuple(found)


# A link's host whose top-level domain runs on into the number flattening glued after it
# ("https://acme.example.com212.555.0123"): the link ends with the domain.
_HOST_THEN_NUMBER = re.compile(r"(?i)(?:https?://|www\.)[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24}(?=\d)")


def _link_end(text: str, start: int, end: int, occupied: bytearray) -> int:
    """Where a link found from ``start`` to ``end`` ends in a flattened line: before the address
    glued after it (taken already) and before a number run on into its host."""
    taken = occupied.find(b"\x01", start, end)
    end = end if taken < 0 else taken
    host = _HOST_THEN_NUMBER.match(text, start, end)
    return host.end() if host else end


def _email_spans(text: str, with_obfuscated: bool) -> list[_Span]:
    """The addresses of ``text``, each without what a flattening ran on into its local part."""
    out: list[_Span] = []
    for email in detect.emails(text, with_obfuscated):
        start = email.start + email_start(email.text, text[max(0, email.start - 40):email.start])
        value = email.value[start - email.start:] if "@" in email.value[start - email.start:] else email.value
        out.append(_Span(start, email.end, "email", value, glued=email.glued))
    return out


def _phone_matches(text: str, free: Callable[[int, int], bool]) -> list[re.Match[str]]:
    """The phone numbers among the free places of ``text``: those glued to a word first, as the
    plain pattern would take only their tail ("Relations312-555-0142": "555-0142"), none overlapping."""
    taken: list[re.Match[str]] = []
    for match in _GLUED_PHONE.finditer(text):
        if free(match.start(), match.end()):
            taken.append(match)
    for match in detect.PHONE.finditer(text):
        if len(taken) >= _MAX_PHONES_PER_BLOCK:
            break
        overlaps = any(m.start() < match.end() and match.start() < m.end() for m in taken)
        if not overlaps and free(match.start(), match.end()) and not detect.grouped_number(match.group(0)):
            taken.append(match)
    return taken[:_MAX_PHONES_PER_BLOCK]


def _omits_trunk_zero(raw: str, region: str | None, value: str) -> bool:
    """Whether ``raw``, read in ``region`` as ``value``, lacks the trunk "0" every national number of
    that country is written with ("919-781-8096" in Germany reads as "09197 818096"): the number was
    not written in that country's plan (a North American number in a German company's release)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
    digits = detect.NOT_DIGIT.sub("", raw)
    if meta is None or meta.national_prefix != "0" or "+" in raw or digits.startswith("0"):
        return False
    number = phonenumbers.parse(value)
    if number.country_code != meta.country_code:
        return False
    national = detect.NOT_DIGIT.sub("", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return national.startswith("0") and national[1:] in digits


# A North American number as it is printed: a three-digit area code (in brackets or not) and
# three and four digits, joined by separators ("212.555.0123", "(416)-555-0199").
_NORTH_AMERICAN = re.compile(r"\(?[2-9]\d{2}\)?[-. ]{0,2}[2-9]\d{2}[-. ]\d{4}")


def _north_american(raw: str, region: str | None) -> str | None:
    """``raw`` read as a North American number where the release's region writes every national
    number with a trunk 0 and ``raw``, in North America's shape, has none (a New York agency's
    "212.555.0123" under an Israeli dateline); else None."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
    if meta is None or meta.national_prefix != "0" or not _NORTH_AMERICAN.fullmatch(raw.strip()):
        return None
    return detect.normalise_phone(raw, "US")


# Two direct lines written as one number with two last groups ("+49 89 211 871-70/-62").
_ALTERNATE_ENDS = re.compile(r"(.*\d)\s?-\s?(\d{1,4})\s?/\s?-?\s?(\d{1,4})")


def _phone_values(raw: str, region: str | None) -> list[str]:
    ends = _ALTERNATE_ENDS.fullmatch(raw.strip())
    if ends and len(ends.group(2)) == len(ends.group(3)):
        both = [detect.normalise_phone(ends.group(1) + end, region) for end in ends.group(2, 3)]
        if all(both):
            return list(dict.fromkeys(v for v in both if v))
    one = detect.normalise_phone(raw, region)
    if one and _omits_trunk_zero(raw, region, one):
        return _phone_values(raw, None)
    one = one or _north_american(raw, region)
    if one:
        return [one]
    out: list[str] = []
    for part in detect.SPLIT_PHONES.split(raw):
        value = detect.normalise_phone(part, region) if len(detect.NOT_DIGIT.sub("", part)) >= 7 else None
        if value and value not in out:
            out.append(value)
    return out or [v for part in detect.SPLIT_PHONES.split(raw) if (v := _renumbered(part))]


_INTERNATIONAL_START = re.compile(r"\s*\+\s?[1-9]")


def _renumbered(part: str) -> str | None:
    """A number written in full with its country code that has the length the country's numbers
    have, though no longer valid: an older release's number from before its country's plan changed
    ("+55(41)262-0782", a seven-digit Brazilian line); else None."""
    if not _INTERNATIONAL_START.match(part):
        return None
    try:
        number = phonenumbers.parse(part.replace("(", " ").replace(")", " "), None)
    except phonenumbers.NumberParseException:
        return None
    if len(str(number.national_number)) < 8 or not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _space_email(chunk: str) -> str | None:
    """"info-africa kde.org" (a line of just that) -> "info-africa@kde.org"."""
    match = _SPACE_EMAIL.fullmatch(chunk)
    if match is None or match.group("local") in detect.NOT_LOCAL or match.group("domain").startswith("www."):
        return None
    cut = detect.cut_domain(match.group("domain"))
    return f"{match.group('local')}@{cut}".lower() if cut else None


def _has_detail(text: str) -> bool:
    text = _fold(text)
    if len(text) < 80 and _space_email(_LABEL_PREFIX.sub("", text)):
        return True
    return any(s.kind in ("email", "phone") for s in _spans(text, True))


_CC_ALIASES = {"uk": "GB"}


def _email_region(emails: list[str]) -> str | None:
    """The country of the first e-mail address with a country domain ("nef.org.uk" -> GB)."""
    for email in emails:
        tld = email.rsplit(".", 1)[-1].lower()
        code = _CC_ALIASES.get(tld, tld.upper())
        if len(tld) == 2 and code in phonenumbers.SUPPORTED_REGIONS:
            return code
    return None


# Country domains used as generic names ("acme.io", "get.tv"): no hint of where a phone is.
_GENERIC_CC = {"io", "co", "me", "tv", "ai", "ly", "fm", "gg", "to", "cc", "ws", "so", "sh", "am", "im", "is", "it"}
_HOST = re.compile(r"(?i)(?:@|https?://|www\.)([a-z0-9\-]+(?:\.[a-z0-9\-]+)+)")


def _release_region(blocks: list[Block]) -> str | None:
    """Where nothing else tells: the country most of the release's own e-mail and link domains
    are in ("www.parks.example.org.au" reads "0412 345 678" as Australian), when one leads."""
    votes: dict[str, int] = {}
    for block in blocks:
        for host in _HOST.findall(block.text):
            tld = host.rsplit(".", 1)[-1].lower()
            code = _CC_ALIASES.get(tld, tld.upper())
            if len(tld) == 2 and tld not in _GENERIC_CC and code in phonenumbers.SUPPORTED_REGIONS:
                votes[code] = votes.get(code, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked:  # no country domain: a script written in one country only tells
        return script_region("\n".join(block.text for block in blocks))
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def _domain_region(blocks: list[Block], idx: list[int]) -> str | None:
    """Where the dateline names no known place: the country of the contacts' own e-mail domains
    ("callum@nef.org.uk" reads "0161 496 0732" as a UK number); the most frequent one here."""
    votes: dict[str, int] = {}
    for i in idx:
        emails = [span.value for span in _spans(_fold(blocks[i].text), True) if span.kind == "email"]
        for email in emails:
            code = _email_region([email])
            if code:
                votes[code] = votes.get(code, 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else None


_MAILTO = re.compile(r"(?i)href=[\"']mailto:([^\"'?]+)")


def _mailto(block: Block, shown: set[str]) -> list[str]:
    """Addresses of the block's mailto links whose text is a name or a role, not the address."""
    out: list[str] = []
    for raw in _MAILTO.findall(block.html):
        found = next(detect.emails(raw.strip()), None)
        if found and found.value not in shown and found.value not in out:
            out.append(found.value)
    return out


_PUBLIC_SUFFIXES = {"com", "org", "net", "edu", "gov", "gob", "gouv", "govt", "nhs", "co", "ac", "or", "ne", "go", "info",
                    "biz", "io"}


def _domain_label(email: str) -> str:
    labels = email.rpartition("@")[2].lower().split(".")
    while len(labels) > 1 and (labels[-1] in _PUBLIC_SUFFIXES or len(labels[-1]) == 2):
        labels.pop()
    return re.sub(r"[^a-z0-9]", "", labels[-1]) if labels else ""


def _name_words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return [w for w in re.findall(r"[a-z0-9]+", plain) if w]


def _domain_fits(label: str, name: str) -> bool:
    """Does an e-mail domain plausibly belong to the organisation ("quillontx" to "Quillon Therapeutics")?"""
    words = _name_words(name)
    if not words or len(label) < 2:
        return False
    squashed = "".join(words)
    return (_domain_spells(label, name) or (len(label) >= 4 and squashed.startswith(label))
            or (len(words[0]) >= 4 and label.startswith(words[0])))


def _domain_spells(label: str, name: str) -> bool:
    """An e-mail domain that is the organisation's whole name or its initials ("debian" for "Debian",
    not for "Debian Edu"), where ``_domain_fits`` also takes a name the domain only opens."""
    words = _name_words(name)
    return bool(words) and label in ("".join(words), "".join(w[0] for w in words))
