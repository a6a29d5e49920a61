"""The one detector of e-mail addresses, links and phone numbers in running text.

Every extractor that must tell a phone from a figure or find an address asks here:

- ``emails(text, obfuscated=False)``: e-mail spans, the address lower-cased; with
  ``obfuscated`` also "jane [at] example [dot] org" forms, restored;
- ``urls(text)``: ``http(s)://`` and ``www.`` links, trailing punctuation left out;
- ``phones(text, region)``: phone-number spans with their E.164 form (``""`` when the digits
  are no valid number), read in ``region`` (ISO 3166 alpha-2) when written without a country code;
- ``normalise_phone(raw, region)``: one number to E.164 (labels and extensions dropped).

Phones are parsed, validated and formatted by ``phonenumbers``; the span patterns are hand-written
because the library's own matcher misses the forms releases print ("T. +49 (0) 30 ...",
run-together lines) and has no e-mail or link detection.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers

from . import lexicon

__all__ = ["EMAIL", "GENERIC_TLDS", "LOCAL_CHARS", "NOT_DIGIT", "NOT_LOCAL", "PHONE", "SPLIT_PHONES", "URL", "Found", "cut_domain",
           "emails", "grouped_number", "mailbox_forms", "normalise_phone", "phones", "urls"]


_EXTENSION = re.compile(
    r"(?i)[\s,;]*(?:\bext\b\.?|\bextension\b|\bx\b|\bx(?=\d)|#|分机|分機|內線|内线|转|轉)\s?\d{1,6}\s*$")
_PAREN_CC = re.compile(r"\(\s?(\d{1,3})\s?\)(.*)")
NOT_DIGIT = re.compile(r"\D")
_FIRST_PHONE_CHAR = re.compile(r"[+(\d]")
_TRUNK_ZERO = re.compile(r"\(\s?0\s?\)")
SPLIT_PHONES = re.compile(r"\s?/\s?|[,;]\s?|\s(?:or|and)\s")
# "(305) 555-0147", "305-555-0147", "305.555.0147": the North American plan's own shape, read as +1
# where the release names no country (a bare ten-digit run is not enough).
_NANP_SHAPE = re.compile(r"(?:\(\s?\d{3}\s?\)\s?|\d{3}[\-.\s])\d{3}[\-.]\d{4}")


def _region(region: str | None) -> str | None:
    if not region:
        return None
    region = region.strip().upper()
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


def _e164(text: str, region: str | None) -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_phone(raw: str, region: str | None) -> str | None:
    """Return ``raw`` as an E.164 number ("+85231663841"), or None when it is not a valid phone.

    A leading label ("Tel:", "T.") and a trailing extension are dropped. A number without a
    country code is read in ``region``; "(852) 2584 4554" is read as country code 852 when the
    national reading fails and the rest is valid there.
    """
    if not raw or len(raw) > 120:
        return None
    first = _FIRST_PHONE_CHAR.search(raw)
    if first is None:
        return None
    text = _EXTENSION.sub("", raw[first.start():]).strip(" .,;:/-")
    text = "+" + text[2:].lstrip() if text.startswith("++") else text  # "++49 …": an older way to write "+"
    digits = NOT_DIGIT.sub("", text)
    if not 7 <= len(digits) <= 17:
        return None
    bare = text.replace("(", " ").replace(")", " ").strip()
    if bare.startswith("+"):
        return _e164(bare, None) or _e164(_TRUNK_ZERO.sub(" ", text).replace("(", " ").replace(")", " "), None) \
            or _without_extension_group(bare)
    return _without_plus(text, digits, _region(region))


# "+1 650-555-0100-752": a short group run on after a complete international number is its extension.
_TRAILING_GROUP = re.compile(r"-\d{1,5}$")


def _without_extension_group(bare: str) -> str | None:
    trailing = _TRAILING_GROUP.search(bare)
    return _e164(bare[:trailing.start()], None) if trailing else None


def _without_plus(text: str, digits: str, region: str | None) -> str | None:
    """A number written without "+": "00" for the international prefix, the region's own plan,
    "(852) …" as a country code, the North American shape, or digits that start with one."""
    if digits.startswith("00") and region is None:
        found = _e164("+" + digits[2:], None)
        if found:
            return found
    found = _e164(text, region) if region else None
    if found:
        return found
    paren = _PAREN_CC.match(text)
    if paren and int(paren.group(1)) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        found = _e164("+" + paren.group(1) + NOT_DIGIT.sub("", paren.group(2)), None)
        if found:
            return found
    if digits.startswith("00"):
        return _e164("+" + digits[2:], None)
    if region is None and _NANP_SHAPE.fullmatch(text):
        return _e164(text, "US")
    if not digits.startswith("0") and (region is None or len(digits) >= 10):
        return _e164("+" + digits, None)
    return None

# --- patterns -------------------------------------------------------------------------------------

LOCAL_CHARS = r"A-Za-z0-9._%+\-"
EMAIL = re.compile(
    rf"(?<![{LOCAL_CHARS}])[A-Za-z0-9][{LOCAL_CHARS}]{{0,63}}@"
    r"[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63}){1,8}")
# The words for "@" and "." in brackets, every language's ("[at]", "[arroba]", "(punkt)"); bare,
# between spaces, only the English ones ("jo at acme dot org"): a bare "punto" is a word of the text.
_AT_WORDS = "(?i:" + "|".join(sorted(lexicon.words("AT_WORDS"), key=lambda w: (-len(w), w))) + ")"
_DOT_WORDS = "(?i:" + "|".join(sorted(lexicon.words("DOT_WORDS"), key=lambda w: (-len(w), w))) + ")"
_OBF_AT = rf"(?:\s?[\[({{<]\s?{_AT_WORDS}\s?[\])}}>]\s?|\s(?:at|AT)\s|\s?@\s?)"
_OBF_DOT = rf"(?:\s?[\[({{<]\s?{_DOT_WORDS}\s?[\])}}>]\s?|\s(?:dot|DOT)\s|\.)"
_OBF_EMAIL = re.compile(
    rf"(?<![{LOCAL_CHARS}])(?P<local>[A-Za-z0-9][{LOCAL_CHARS}]{{0,63}}){_OBF_AT}"
    rf"(?P<domain>[A-Za-z0-9][A-Za-z0-9\-]{{0,62}}(?:{_OBF_DOT}[A-Za-z0-9\-]{{1,63}}){{1,6}})")
_OBF_EMAIL_BRACKETED = re.compile(
    rf"(?<![{LOCAL_CHARS}])(?P<local>[A-Za-z0-9][{LOCAL_CHARS}]{{0,63}})\s?[\[({{<]\s?{_AT_WORDS}\s?[\])}}>]\s?"
    rf"(?P<domain>[A-Za-z0-9][A-Za-z0-9\-]{{0,62}}(?:{_OBF_DOT}[A-Za-z0-9\-]{{1,63}}){{1,6}})")
_OBF_DOT_RE = re.compile(_OBF_DOT)
PHONE = re.compile(r"(?<![A-Za-z0-9_+@])(?:\+{1,2}\s?|\(\s?\+?\s?)?\d[\d \-./()\u00a0]{5,32}\d")
# A count grouped in thousands ("325.000", "1,200,000"): one separator, groups of exactly three
# after a first of one to three digits that is no trunk 0, and at most eight digits in all. No
# phone plan writes its numbers so; a nine-digit mobile printed "612.345.678" stays a phone.
_GROUPED_NUMBER = re.compile(r"[1-9]\d{0,2}[.,]\d{3}|[1-9]\d?(?P<sep>[.,])\d{3}(?P=sep)\d{3}")
# Each alternative opens with "h" or "w": the look-ahead tests that one letter first at each position.
URL = re.compile(r"(?i)(?=[hw])(?:(?<![\w@.])(?:https?://|www\.)|(?<=[a-z])https?://)[^\s<>\"]{1,300}")

NOT_LOCAL = {"at", "to", "us", "me", "or", "and", "visit", "see", "via", "on", "go", "web", "website",
              "site", "online", "www", "http", "https", "email", "e-mail", "mail", "contact", "write",
              "reach", "from", "by", "is", "are", "be", "the", "our", "your", "in", "of", "for"}

def cut_domain(domain: str) -> str:
    """Cut a domain where text glued after it starts ("kiln.exampleAbout" -> "kiln.example")."""
    labels = domain.split(".")
    for i in range(1, len(labels)):
        if labels[i][:1].isupper() and labels[i - 1] == labels[i - 1].lower() and not labels[i].isupper():
            labels = labels[:i]
            break
    last = labels[-1]
    for j in range(1, len(last)):
        if last[j].isupper() and (last[j - 1].islower()
                                  or (j + 1 < len(last) and last[j + 1].islower() and last[j - 1].isupper())):
            last = last[:j]
            break
    labels[-1] = last.rstrip("-")
    labels = _without_number_after(labels)
    while labels and not re.fullmatch(r"[A-Za-z]{2,24}", labels[-1]):
        labels.pop()
    return ".".join(labels) if len(labels) >= 2 else ""


@dataclass(frozen=True)
class Found:
    """One span: ``text[start:end]`` as printed and its clean ``value`` (address, link or E.164)."""

    start: int
    end: int
    text: str
    value: str
    glued: bool = False  # text ran on after it ("jane@acme.orgAbout"): the span was cut


def emails(text: str, obfuscated: bool = False) -> Iterator[Found]:
    """E-mail addresses in ``text``, left to right; restored "[at]"/"[dot]" forms with ``obfuscated``."""
    found: list[Found] = []
    pos = 0
    while (match := EMAIL.search(text, pos)) is not None:
        pos = match.end()
        while match is not None:  # each address that runs on into the next one's local part
            local, _, domain = match.group(0).partition("@")
            split = _next_address_glued(domain) if text.startswith("@", match.end()) else None
            cut = cut_domain(domain if split is None else domain[:split])
            if split is None:
                cut = _word_glued_after(cut, text)
            if not cut:
                break
            start = match.start() + _glued_before(text, match.start(), local)
            end = match.start() + len(local) + 1 + len(cut)
            found.append(Found(start, end, text[start:end], f"{text[start:match.start() + len(local)]}@{cut}".lower(),
                               glued=end < match.end()))
            match = _EMAIL_AT.match(text, end) if split is not None else None
            pos = match.end() if match is not None else pos
    if obfuscated:
        # A bracketed "[at]" first: in "Jo Roe at jo.roe [at] acme [dot] com" the bare "at" after the
        # name is no address's, and "Roe at jo.roe" must not take the words the real one starts with.
        for pattern in (_OBF_EMAIL_BRACKETED, _OBF_EMAIL):
            taken = [(f.start, f.end) for f in found]
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue  # overlaps an address found already
                restored = _restore(text, match)
                if restored:
                    found.append(Found(match.start(), match.end(), match.group(0), restored))
        found.sort(key=lambda f: f.start)
    yield from found


# The generic top-level domains of the addresses releases print. Where flattening ran two
# addresses together ("ir@acme.comjo@kiln.example"), the first one's domain ends in one of them
# or in a two-letter country code, and the rest of that label opens the second one's local part.
# A short list, not the public-suffix list: no such list ships with the project's dependencies,
# and the label before an "@" only has to be told apart from the local part glued to it.
GENERIC_TLDS = sorted(("com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "global", "group",
                        "media", "news", "online", "agency", "tech", "app", "dev", "asia", "pro", "coop"),
                       key=len, reverse=True)
_EMAIL_AT = re.compile(rf"[A-Za-z0-9][{LOCAL_CHARS}]{{0,63}}@"
                       r"[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63}){1,8}")


_TLD_THEN_DIGITS = re.compile(r"([A-Za-z]{2,24})\d+")


def _without_number_after(labels: list[str]) -> list[str]:
    """The labels of a domain without the phone number flattening glued to its top-level domain
    ("acme.com212.555.0123" -> acme, com): a generic one run on into digits, or a two-letter one
    whose every label after it is digits."""
    for i in range(1, len(labels)):
        run = _TLD_THEN_DIGITS.match(labels[i])
        tld = run.group(1) if run else ""
        whole = run is not None and run.end() == len(labels[i]) and all(x.isdigit() for x in labels[i + 1:])
        if tld and (tld.lower() in GENERIC_TLDS or (len(tld) == 2 and whole)):
            return [*labels[:i], tld]  # "acme.com385-555-0100www.acme.com": a generic one, whatever follows
    return labels


def _next_address_glued(domain: str) -> int | None:
    """Where in ``domain`` (followed by "@" in the text) the next address's local part starts: after
    the top-level domain its label opens with ("acme.comjo" -> 8, "kiln.dejo" -> 7); or None."""
    offset = 0
    for i, label in enumerate(domain.split(".")):
        if i > 0:
            low = label.lower()
            tld = next((t for t in GENERIC_TLDS if low.startswith(t) and len(low) > len(t)), None)
            if tld is None and len(low) > 2 and low[:2].isalpha():
                tld = low[:2]
            if tld is not None:
                return offset + len(tld)
        offset += len(label) + 1
    return None


def _word_glued_after(domain: str, text: str) -> str:
    """``domain`` without a word flattening glued to its top-level domain in lower case
    ("acme.comacme AG Press contact" -> "acme.com"): a generic one whose label runs on into a word the
    text also prints on its own ("acme AG"); else ``domain`` as it is."""
    head, _, last = domain.rpartition(".")
    low = last.lower()
    tld = next((t for t in GENERIC_TLDS if low.startswith(t) and len(low) > len(t) + 1), None)
    if not head or tld is None:
        return domain
    rest = last[len(tld):]
    if rest.lower() in _LINK_OPENINGS:  # "acme.comhttps://…": the next field is a link
        return f"{head}.{last[:len(tld)]}"
    word = re.escape(rest)
    return f"{head}.{last[:len(tld)]}" if re.search(rf"(?<![\w.@]){word}(?![\w@])", text) else domain


_LINK_OPENINGS = frozenset({"http", "https", "www"})


# A phone's digits run on into the address after it: "+49 89 894450 232info@…" (its last group),
# "Jane Roe5550142jroe@…" (a whole number glued to the name and the address).
_PHONE_GROUP_BEFORE = re.compile(r"\d[ \-./]$")
_LEAD_DIGITS = re.compile(r"\d{1,4}(?=[a-z]{2})")
_WORD_AND_NUMBER = re.compile(r"[A-Z][a-z]+\d{7,15}(?=[a-z]{2})")
# A whole number printed with its separators run on into the address: "795-2020info@…" after
# "(845) ", or a link's host, a number and the address in one run ("acme.example212.555.0123Info@…").
# Groups of digits joined by "-" or ".", at least seven digits, then the address's letters: no one's
# address opens with a phone number written so.
_PHONE_IN_LOCAL = re.compile(r"\d{2,4}(?:[\-.]\d{2,4}){1,3}(?=[A-Za-z][A-Za-z0-9._%+\-]*$)")


def _glued_before(text: str, start: int, local: str) -> int:
    """How many characters opening the local part starting at ``start`` belong to what flattening
    glued before the address: a name's surname, or a phone number's digits; else 0."""
    named = _name_glued_before(text[max(0, start - 40):start], local)
    if named:
        return named
    lead = _LEAD_DIGITS.match(local)
    if lead and _PHONE_GROUP_BEFORE.search(text, max(0, start - 2), start):
        return lead.end()
    number = _WORD_AND_NUMBER.match(local)
    if number:
        return number.end()
    run = _PHONE_IN_LOCAL.search(local)
    return run.end() if run and len(NOT_DIGIT.sub("", run.group())) >= 7 else 0


_FIRST_NAME_BEFORE = re.compile(r"(?:(?<![\w.])|(?<=[a-z]))([A-Z][a-z]+)\s$")  # "ContactJane Roe…" too
_SURNAME_START = re.compile(r"[A-Z][a-z'’-]+")


def _name_glued_before(before: str, local: str) -> int:
    """How much of an address's local part is the surname of the name flattening glued it to
    ("Jane Roejroe@acme.example": "Roe" of "Jane Roe", then "jroe"): the rest must be an address
    made of that name (jroe, jane.roe, roe, janeroe …), else 0."""
    first = _FIRST_NAME_BEFORE.search(before)
    if first is None or not local[:1].isupper():
        return 0
    given = first.group(1).lower()
    for k in range(2, len(local) - 1):
        surname = local[:k]
        if not _SURNAME_START.fullmatch(surname):
            break
        if local[k:].lower() in mailbox_forms(given, surname.lower()):
            return k
    return 0


def mailbox_forms(given: str, family: str) -> set[str]:
    """The local parts a person's address is made of from the lower-case ``given`` and ``family``
    names (jroe, jane.roe, roe, janeroe, roej …)."""
    return {given[0] + family, given + family, given + "." + family, given[0] + "." + family, family,
            given, family + given[0], given + "_" + family, given + "-" + family, family + "." + given}


def _restore(text: str, match: re.Match[str]) -> str | None:
    local, domain = match.group("local"), match.group("domain")
    between = text[match.end("local"):match.start("domain")]
    if between.strip().lower() == "at" and local.lower() in NOT_LOCAL:
        return None
    clean = _OBF_DOT_RE.sub(".", domain)
    if "@" in between and clean == domain:
        return None  # a plain address the first pass refused
    cut = cut_domain(clean)
    return f"{local}@{cut}".lower() if cut else None


def urls(text: str) -> Iterator[Found]:
    """Links (``http(s)://``, ``www.``) in ``text``; a sentence's closing punctuation is not part of one."""
    pos = 0
    while (match := URL.search(text, pos)) is not None:
        end = match.end()
        glued = _NEXT_SCHEME.search(text, match.start() + 1, end)  # "…/page/https://…": two links run together
        if glued is not None:
            end = glued.start()
        pos = end
        while end > match.start() and text[end - 1] in ".,;:)]\"'":
            end -= 1
        if end > match.start():
            yield Found(match.start(), end, text[match.start():end], text[match.start():end])


_NEXT_SCHEME = re.compile(r"(?i)(?<=[a-z/])https?://")


def grouped_number(run: str) -> bool:
    """Is ``run`` (a ``PHONE`` match) a count grouped in thousands, no phone number at all?"""
    return _GROUPED_NUMBER.fullmatch(run) is not None


def phones(text: str, region: str | None = None) -> Iterator[Found]:
    """Phone-number-like runs of digits in ``text`` with their E.164 form (``""`` when not valid);
    a count grouped in thousands is none."""
    for match in PHONE.finditer(text):
        if grouped_number(match.group(0)):
            continue
        yield Found(match.start(), match.end(), match.group(0), normalise_phone(match.group(0), region) or "")
