"""Find a release's media contacts: who to call or write to, with phones and emails cleaned up.

``extract_contacts(blocks, region)`` looks for the contact block(s) wherever they stand (before
the headline, after the end mark, at the very end), introduced by lines such as "Media
Contacts:", "For media enquiries, please contact:", "Pressekontakt" or "传媒查询". It reads the
lines that follow into ``Contact``s (person, organisation, role, phones, emails) and marks the
blocks it used (``role = "contact_heading"`` for a bare intro or label line, ``"contact"`` for
the others) so that the structure step does not take a bold org line for a section heading.

Phones are parsed, checked and written in E.164 with ``phonenumbers``; the block finding and line
splitting are hand-written because no library reads press-release contact blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

from .model import Block, Contact

__all__ = ["extract_contacts", "is_contact_line", "normalise_phone"]

# --- phones ----------------------------------------------------------------------------------

_EXTENSION = re.compile(
    r"(?i)[\s,;]*(?:\bext\b\.?|\bextension\b|\bx\b|\bx(?=\d)|#|分机|分機|內線|内线|转|轉)\s?\d{1,6}\s*$")
_PAREN_CC = re.compile(r"\(\s?(\d{1,3})\s?\)(.*)")
_NOT_DIGIT = re.compile(r"\D")
_FIRST_PHONE_CHAR = re.compile(r"[+(\d]")
_TRUNK_ZERO = re.compile(r"\(\s?0\s?\)")
_SPLIT_PHONES = re.compile(r"\s?/\s?|[,;]\s?|\s(?:or|and)\s")


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
    digits = _NOT_DIGIT.sub("", text)
    if not 7 <= len(digits) <= 17:
        return None
    region = _region(region)
    bare = text.replace("(", " ").replace(")", " ").strip()
    if bare.startswith("+"):
        return _e164(bare, None) or _e164(_TRUNK_ZERO.sub(" ", text).replace("(", " ").replace(")", " "), None)
    if digits.startswith("00") and region is None:
        found = _e164("+" + digits[2:], None)
        if found:
            return found
    if region:
        found = _e164(text, region)
        if found:
            return found
    paren = _PAREN_CC.match(text)
    if paren and int(paren.group(1)) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        found = _e164("+" + paren.group(1) + _NOT_DIGIT.sub("", paren.group(2)), None)
        if found:
            return found
    if digits.startswith("00"):
        return _e164("+" + digits[2:], None)
    if not digits.startswith("0") and (region is None or len(digits) >= 10):
        return _e164("+" + digits, None)
    return None


# --- detail spans: emails, phones, labels, links --------------------------------------------

_LOCAL_CHARS = r"A-Za-z0-9._%+\-"
_EMAIL = re.compile(
    rf"(?<![{_LOCAL_CHARS}])[A-Za-z0-9][{_LOCAL_CHARS}]{{0,63}}@"
    r"[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63}){1,8}")
_OBF_AT = r"(?:\s?[\[({<]\s?(?i:at)\s?[\])}>]\s?|\s(?:at|AT)\s|\s?@\s?)"
_OBF_DOT = r"(?:\s?[\[({<]\s?(?i:dot)\s?[\])}>]\s?|\s(?:dot|DOT)\s|\.)"
_OBF_EMAIL = re.compile(
    rf"(?<![{_LOCAL_CHARS}])(?P<local>[A-Za-z0-9][{_LOCAL_CHARS}]{{0,63}}){_OBF_AT}"
    rf"(?P<domain>[A-Za-z0-9][A-Za-z0-9\-]{{0,62}}(?:{_OBF_DOT}[A-Za-z0-9\-]{{1,63}}){{1,6}})")
_OBF_DOT_RE = re.compile(_OBF_DOT)
# "info-africa kde.org": a space where the @ should be; only a whole line of exactly that.
_SPACE_EMAIL = re.compile(
    r"(?P<local>[a-z0-9][a-z0-9._%+\-]{0,63}) (?P<domain>[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,4}"
    r"\.[a-z]{2,24})")
_NOT_LOCAL = {"at", "to", "us", "me", "or", "and", "visit", "see", "via", "on", "go", "web", "website",
              "site", "online", "www", "http", "https", "email", "e-mail", "mail", "contact", "write",
              "reach", "from", "by", "is", "are", "be", "the", "our", "your", "in", "of", "for"}
_PHONE = re.compile(r"(?<![A-Za-z0-9_+@])(?:\+\s?|\(\s?\+?\s?)?\d[\d \-./()\u00a0]{5,32}\d")
_URL = re.compile(r"(?i)(?<![\w@.])(?:https?://|www\.)[^\s<>\"]{1,300}")
_LABEL = re.compile(
    r"(?<![A-Za-z])(?P<spaced>(?i:tel(?:ephone)?(?:\s?/\s?fax)?|phone|mobile|mob|cell(?:phone)?|direct|office"
    r"|hotline|handy|telefon|mobil|telefax|fax|e-?mail|mail))(?:\s?[.:：]|(?=\s?[+(]?\d))"
    r"|(?<=[a-z0-9)\]])(?P<glued>Tel|Phone|Mobile|Mob|Cell|Fax|E-?[Mm]ail|EMAIL|Mail)(?=\s?[.:：])"
    r"|(?:(?<![A-Za-z])|(?<=[a-z0-9)]))(?P<one>[TPMFE])\s?[.:]"
    rf"(?=\s?(?:[+(]\s?\d|\d|[{_LOCAL_CHARS}]{{1,64}}@))"
    r"|(?P<cjk>流動電話|流动电话|辦公電話|办公电话|電子郵件|电子邮件|電子郵箱|电子邮箱|电话|電話|手机|手機|直线|直線"
    r"|电邮|電郵|邮箱|郵箱|传真|傳真)\s?[:：]?")
_FAX_WORDS = {"fax", "telefax", "f", "传真", "傳真"}
_EMAIL_WORDS = {"email", "e-mail", "mail", "e", "电邮", "電郵", "邮箱", "郵箱", "电子邮件", "電子郵件", "电子邮箱", "電子郵箱"}
_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")
_WS = re.compile(r"\s+")
_WEBMAIL = {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "aol", "icloud", "me",
            "qq", "163", "126", "sina", "proton", "protonmail", "gmx", "web", "mail"}
_PUBLIC_SUFFIX_PARTS = {"com", "org", "net", "edu", "gov", "mil", "int", "co", "ac", "or", "ne", "go",
                        "info", "biz", "io", "ltd", "plc", "gob", "gouv", "nic", "sch"}

# --- intro lines ---------------------------------------------------------------------------

_INTRO_LABEL = re.compile(
    r"(?i:for\s(?:further\s|more\s|additional\s|all\s)?)?"
    r"(?:(?P<org>(?:[A-Z][\w&.’'\-]*\s){1,4}?)?"  # "CloudBees Media Contact": the org before the label
    r"(?i:(?:(?:global|international|regional|local|corporate|us|uk|eu|asia|europe|emea|apac|north\s+america)\s)?"
    r"(?:media|press|news|pr|investors?|analysts?|ir|journalists?|public\s+relations)"
    r"(?:\s?(?:and|&|/)\s?(?:media|press|investors?|analysts?|news|ir|pr))?"
    r"\s(?:contacts?(?:\s(?:information|details))?|enquiries|inquiries|queries|relations(?:\s+contacts?)?"
    r"|information|office|desk|team))"
    r"|(?i:contacts?(?:\s(?:information|info|details|person|persons|presse|press|m[ée]dias?|prensa|de\s+prensa))?"
    r"|pressekontakte?|pressestelle|medienkontakte?|ansprechpartner(?:in)?|kontakt|contacts?\spresse"
    r"|contact\smédia|relations\spresse)"
    r"|传媒查询|傳媒查詢|媒体查询|媒體查詢|传媒垂询|傳媒垂詢|媒体联系人?|媒體聯絡人?|媒体联络人?|新聞聯絡人?|新闻联络人?"
    r"|新闻联系人?|传媒联络人?|傳媒聯絡人?|联系人|聯絡人|联系方式|聯絡方式)"
    r"(?![\w])\s?(?P<colon>[:：])?")
_INTRO_ORG_STOP = {"for", "our", "your", "all", "other", "the", "please", "global", "international",
                   "local", "regional", "corporate", "us", "uk", "eu", "asia", "europe", "emea", "apac"}
_LEADIN_WORDS = re.compile(
    r"(?i)\b(?:contact\w*|enquir\w*|inquir\w*|information|reach)\b|查询|查詢|联系|聯繫|聯絡|联络|垂询|垂詢")
_INTRO_POSSESSIVE_ORG = re.compile(
    r"\b(?i:contact)\s(?:(?i:the)\s)?(?P<org>[A-Z][\w&.\-]*(?:\s(?:[A-Z][\w&.\-]*|of|and|&)){0,6}?)(?:’s|'s)\s")
_ROLEISH_LABEL = re.compile(r"(?i)^(?:investor|media|public|press)\s+relations$")
_LABEL_PREFIX = re.compile(
    r"(?i)^(?:name|contact(?:\s+person)?|attn|attention|media|press|investors?|analysts?|journalists?)\s?[:：]\s?"
    r"|^(?:联系人|聯絡人|联络人)[:：]?")

# --- where a contact block ends --------------------------------------------------------------

_ABOUT = re.compile(r"(?:About|ABOUT|Über|ÜBER|À propos|A propos|Acerca de)\s+\S|关于|關於")
_END_MARK = re.compile(r"(?:#\s?){3,}|-\s?(?i:ends?)\s?-|–\s?(?i:ends?)\s?–|—\s?(?i:ends?)\s?—|-\s?30\s?-"
                       r"|(?i:ends?)|\*\s?\*\s?\*|完|（完）|\(完\)")
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
_CJK = re.compile(r"[\u3400-\u9fff]")

# --- what one line (chunk) of a contact block is -------------------------------------------

_CHUNK_SPLIT = re.compile(
    r"\s?(?:\||•|·|;|,(?!\s?(?:Inc|Ltd|LLC|L\.L\.C|Co\b|Corp|GmbH|AG\b|S\.A|plc|Limited|LLP)\b)"
    r"|\s[–—-]\s|\s/\s|[()（）])\s?")
_HARD_ROLE = re.compile(
    r"(?i)\b(?:president|vice|director|manager|officer|head|chief|spokes(?:person|man|woman)|specialist"
    r"|coordinator|co-ordinator|lead|senior|associate|assistant|analyst|consultant|editor|secretary"
    r"|chair(?:man|woman|person)?|ceo|cfo|coo|cto|cmo|vp|svp|evp|avp|representative|counsel|founder"
    r"|strategist|liaison|advisor|adviser|executive(?!\s+board|\s+committee)|relations|sprecher(?:in)?"
    r"|leiter(?:in)?|referent(?:in)?|pressesprecher(?:in)?)\b"
    r"|经理|經理|主任|总监|總監|主管|发言人|發言人|总裁|總裁|主席|助理|专员|專員|董事")
_SOFT_ROLE = re.compile(
    r"(?i)\b(?:communications?|marketing|public\s+affairs|media|press|pr|investor|corporate|brand"
    r"|publicity|outreach|events?|social)\b")
_ORG_TAIL = {
    "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "ag", "gmbh", "se", "sa", "s.a",
    "nv", "bv", "kg", "kgaa", "spa", "srl", "ab", "asa", "oy", "corp", "corporation", "company", "co",
    "group", "holdings", "foundation", "association", "council", "agency", "office", "department", "dept",
    "university", "institute", "communications", "consulting", "consultants", "partners", "pr", "bank",
    "authority", "commission", "society", "trust", "network", "labs", "laboratories", "technologies",
    "systems", "software", "solutions", "ventures", "capital", "studios", "media", "ministry", "bureau",
    "board", "committee", "centre", "center", "federation", "alliance", "organisation", "organization",
    "project", "league", "union", "school", "college", "hospital", "services", "police", "government",
    "museum", "library", "collective", "cooperative", "fund", "initiative", "programme", "program",
    "forum", "institution", "charity", "coalition", "partnership", "chamber", "trade", "cluster",
    "verband", "verein", "stiftung", "gesellschaft", "institut", "universität"}
_ORG_ANYWHERE = {"inc", "ltd", "llc", "llp", "plc", "ag", "gmbh", "limited", "corp", "corporation", "foundation"}
_GENERIC_FIRST = {"corporate", "marketing", "internal", "external", "strategic", "global", "media", "press",
                  "public", "investor", "digital", "brand", "group", "international", "regional", "local",
                  "head", "director", "manager", "senior", "communications", "social"}
_CJK_ORG = re.compile(r"公司|集团|集團|基金会|基金會|协会|協會|委员会|委員會|管理局|局$|署$|部$|处$|處$|中心|大学|大學"
                      r"|学院|學院|银行|銀行|商会|商會|办公室|辦公室|有限")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,3}(?:先生|女士|小姐|博士)")
_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Mx)\.?\s+")
_NAME_TOKEN = re.compile(
    r"(?:[A-Z][a-z’'\-]*[a-z]|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z]+|[A-Z]{2,}|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'\-]*[a-zß-öø-ÿ])")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "al", "el",
              "dos", "del", "ten", "ter"}
_NOT_NAME_WORDS = {
    "contact", "contacts", "media", "press", "enquiries", "inquiries", "office", "team", "desk",
    "department", "relations", "communications", "news", "information", "street", "road", "avenue",
    "floor", "building", "tower", "centre", "center", "suite", "room", "hong", "kong", "new", "york",
    "san", "los", "united", "states", "kingdom", "republic", "china", "singapore", "germany", "about",
    "for", "immediate", "release", "the", "and", "of", "please", "visit", "follow", "us", "email", "phone",
    "tel", "mobile", "fax", "website", "web", "online", "limited", "group", "global", "international",
    "north", "south", "east", "west", "city", "county", "state", "district", "plaza", "park", "square",
    "level", "block", "drive", "lane", "way", "boulevard", "court", "house", "hall", "campus", "general",
    "enquiry", "inquiry", "hotline", "support", "sales", "marketing", "service", "services", "investor",
    "investors", "corporate", "public", "affairs", "headquarters", "hq", "more", "details", "read",
    "download", "photos", "click", "here", "view", "original", "source", "page", "home", "share"}
_ADDRESS = re.compile(
    r"(?i)\b(?:street|str\.|st\.|road|rd\.?|avenue|ave\.?|boulevard|blvd|suite|floor|building|tower|plaza"
    r"|p\.?o\.? box|postfach)\b|(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm)\s?\d"
    r"|\b\d{4,6}\s[A-Z]|\b\d+/F\b|[路街道号號樓楼室]")
_DOMAIN_ONLY = re.compile(r"(?i)(?:[a-z0-9][a-z0-9\-]{0,62}\.){1,6}[a-z]{2,24}(?:/\S*)?")

_KEEP_ROLES = ("title", "dateline")  # roles set before this step that a contact block never takes
_MAX_REGION_BLOCKS = 40
_MAX_PHONES_PER_BLOCK = 16
_MAX_MENTION_LOOKUPS = 400  # each one reads the whole release


@dataclass
class _Item:
    kind: str  # name, org, role, phone, email, heading, stop, other
    value: str | None = None
    strong: bool = False
    block: int = -1
    raw: str | None = None  # a phone read without the release's region: the number as written


@dataclass
class _Card:
    name: str | None
    header_org: str | None
    org: str | None = None
    role: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    raw_phones: dict[str, str] = field(default_factory=dict)

    @property
    def has_detail(self) -> bool:
        return bool(self.phones or self.emails)


# --- helpers ----------------------------------------------------------------------------------

def _fold(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _name_key(name: str) -> str:
    return re.sub(r"[\W_]+", " ", name.lower()).strip()


def _cut_domain(domain: str) -> str:
    """Cut a domain where text glued after it starts ("hktdc.orgAbout" -> "hktdc.org")."""
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
    while labels and not re.fullmatch(r"[A-Za-z]{2,24}", labels[-1]):
        labels.pop()
    return ".".join(labels) if len(labels) >= 2 else ""


def _registrable_label(domain: str) -> str:
    labels = domain.lower().split(".")
    while len(labels) > 1 and (labels[-1] in _PUBLIC_SUFFIX_PARTS or len(labels[-1]) == 2):
        labels.pop()
    return labels[-1] if labels else ""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # email, phone, url, label
    value: str
    glued: bool = False


@lru_cache(maxsize=256)
def _spans(text: str, with_obfuscated: bool) -> tuple[_Span, ...]:
    """Emails, phones, links and labels in ``text``, left to right, none overlapping."""
    found: list[_Span] = []
    occupied = bytearray(len(text) + 1)  # spans are short, so checking one costs little

    def take(start: int, end: int) -> None:
        occupied[start:end] = b"\x01" * (end - start)

    def free(start: int, end: int) -> bool:
        return not any(occupied[start:end])

    for match in _EMAIL.finditer(text):
        local, _, domain = match.group(0).partition("@")
        cut = _cut_domain(domain)
        if not cut:
            continue
        end = match.start() + len(local) + 1 + len(cut)
        found.append(_Span(match.start(), end, "email", f"{local}@{cut}".lower(), glued=end < match.end()))
        take(match.start(), end)
    if with_obfuscated:
        for match in _OBF_EMAIL.finditer(text):
            if not free(match.start(), match.end()):
                continue
            local, domain = match.group("local"), match.group("domain")
            between = text[match.end("local"):match.start("domain")]
            if between.strip().lower() == "at" and local.lower() in _NOT_LOCAL:
                continue
            clean = _OBF_DOT_RE.sub(".", domain)
            if "@" in between and clean == domain:
                continue  # a plain address the first pass refused
            cut = _cut_domain(clean)
            if cut:
                found.append(_Span(match.start(), match.end(), "email", f"{local}@{cut}".lower()))
                take(match.start(), match.end())
    for match in _URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:)]\"'":
            end -= 1
        if free(match.start(), end):
            found.append(_Span(match.start(), end, "url", text[match.start():end]))
            take(match.start(), end)
    phones = 0
    for match in _PHONE.finditer(text):
        if phones >= _MAX_PHONES_PER_BLOCK:
            break
        if free(match.start(), match.end()):
            phones += 1
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


def _phone_values(raw: str, region: str | None) -> list[str]:
    one = normalise_phone(raw, region)
    if one:
        return [one]
    out: list[str] = []
    for part in _SPLIT_PHONES.split(raw):
        value = normalise_phone(part, region) if len(_NOT_DIGIT.sub("", part)) >= 7 else None
        if value and value not in out:
            out.append(value)
    return out


def _space_email(chunk: str) -> str | None:
    """"info-africa kde.org" (a line of just that) -> "info-africa@kde.org"."""
    match = _SPACE_EMAIL.fullmatch(chunk)
    if match is None or match.group("local") in _NOT_LOCAL or match.group("domain").startswith("www."):
        return None
    cut = _cut_domain(match.group("domain"))
    return f"{match.group('local')}@{cut}".lower() if cut else None


def _has_detail(text: str) -> bool:
    text = _fold(text)
    if len(text) < 80 and _space_email(_LABEL_PREFIX.sub("", text)):
        return True
    return any(s.kind in ("email", "phone") for s in _spans(text, True))


def _is_prose(text: str) -> bool:
    words = text.split()
    if _CJK.search(text):
        return len(text) > 60 and ("。" in text or "，" in text)
    if len(text) > 150 or len(words) > 20:
        return True
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 8 and bool(_SENTENCE_END.search(text)) and lower >= len(words) / 2


def _is_name(chunk: str) -> bool:
    chunk = _HONORIFIC.sub("", chunk).strip()
    if not chunk or len(chunk) > 60 or any(c.isdigit() for c in chunk):
        return False
    if _CJK.search(chunk):
        return bool(_CJK_NAME.fullmatch(chunk)) and not _CJK_ORG.search(chunk) and not _HARD_ROLE.search(chunk)
    tokens = chunk.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if tokens[0].lower() in _PARTICLES or tokens[-1].lower() in _PARTICLES:
        return False
    for token in tokens:
        if token.lower() in _PARTICLES:
            continue
        if token.lower().strip(".") in _NOT_NAME_WORDS or not _NAME_TOKEN.fullmatch(token):
            return False
    upper = [t for t in tokens if t.isupper() and len(t) > 1]
    return not upper or len(upper) == len(tokens)


def _org_like(chunk: str) -> bool:
    tokens = [t.strip(".,").lower() for t in chunk.split()]
    if not tokens or len(tokens) > 10:
        return False
    if _CJK.search(chunk):
        return bool(_CJK_ORG.search(chunk))
    if any(t in _ORG_ANYWHERE for t in tokens):
        return True
    return (tokens[-1] in _ORG_TAIL and (len(tokens) == 1 or tokens[0] not in _GENERIC_FIRST)
            and len(tokens) > 1)


def _role_like(chunk: str) -> bool:
    if _HARD_ROLE.search(chunk):
        return True
    return bool(_SOFT_ROLE.search(chunk)) and len(chunk.split()) <= 8


class _Context:
    """What the line classifier may look up in the whole release."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.text = "\n".join(b.text for b in blocks)
        self._derived: dict[str, str | None] = {}
        self._mentions: dict[str, int] = {}

    def mentions(self, phrase: str) -> int:
        """How often ``phrase`` occurs in the release (each phrase counted once; a few hundred at most)."""
        if len(phrase) < 3:
            return 0
        if phrase not in self._mentions:
            if len(self._mentions) >= _MAX_MENTION_LOOKUPS:
                return 0
            self._mentions[phrase] = self.text.count(phrase)
        return self._mentions[phrase]

    def org_for_domain(self, domain: str) -> str | None:
        label = re.sub(r"[^a-z0-9]", "", _registrable_label(domain))
        if len(label) < 3 or label in _WEBMAIL:
            return None
        if label not in self._derived:
            self._derived[label] = _org_spelling(self.text, label)
        return self._derived[label]


# --- the org a domain spells ("cookcountysao" <- "Cook County State's Attorney's Office") -----

_PHRASE_TOKEN = re.compile(r"\S+")
_CONNECTORS = {"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "und", "der"}
_MAX_PHRASE_TOKENS = 20000


@dataclass
class _Tok:
    start: int
    end: int
    core: str
    cap: bool
    conn: bool
    brk_before: bool
    brk_after: bool


def _phrase_tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    previous_end = 0
    for match in _PHRASE_TOKEN.finditer(text):
        if len(out) >= _MAX_PHRASE_TOKENS:
            break
        raw = match.group(0)
        if "\n" in text[previous_end:match.start()] and out:
            out[-1].brk_after = True  # a phrase never runs from one block into the next
        previous_end = match.end()
        lead = len(raw) - len(raw.lstrip("([\"“‘'«"))
        core = raw[lead:].rstrip(")]\"”’'»,.;:!?")
        if not core or len(core) > 60:
            out.append(_Tok(match.start(), match.end(), "", False, False, True, True))
            continue
        trail = len(raw) - lead - len(core)
        out.append(_Tok(match.start() + lead, match.start() + lead + len(core), core,
                        core[0].isupper(), core.lower() in _CONNECTORS, lead > 0, trail > 0))
    return out


def _forms(tok: _Tok) -> set[str]:
    letters = re.sub(r"[^a-z0-9]", "", tok.core.lower())
    if not letters:
        return {""} if tok.conn else set()
    base = re.sub(r"[’']s$", "", tok.core.lower())
    forms = {letters, re.sub(r"[^a-z0-9]", "", base), letters[0]}
    if tok.conn:
        forms.add("")
    return forms


def _extend_to_tail(toks: list[_Tok], b: int) -> int | None:
    """Index of an organisation word ("Department") ending the capitalised phrase after ``b``."""
    for c in range(b + 1, min(b + 5, len(toks))):
        tok = toks[c]
        if tok.brk_before or toks[c - 1].brk_after or not (tok.cap or tok.conn) or not tok.core:
            return None
        if tok.cap and tok.core.lower().strip(".") in _ORG_TAIL:
            return c
    return None


def _org_spelling(text: str, label: str) -> str | None:
    """The phrase of capitalised words in ``text`` whose words, whole or by initial, spell ``label``."""
    toks = _phrase_tokens(text)
    forms = [_forms(tok) for tok in toks]
    best: tuple[int, int, str] | None = None
    counts: dict[str, int] = {}
    for a, first in enumerate(toks):
        if not first.cap or first.conn or not first.core or first.core[0].lower() != label[0]:
            continue
        positions = {0}
        whole = True
        words = True  # every word spelled whole, none by its initial
        for b in range(a, min(a + 8, len(toks))):
            tok = toks[b]
            if b > a and (tok.brk_before or toks[b - 1].brk_after):
                break
            if not (tok.cap or tok.conn) or not tok.core:
                break
            nxt: set[int] = set()
            for p in positions:
                for form in forms[b]:
                    if (form or b > a) and label.startswith(form, p):
                        nxt.add(p + len(form))
            if not nxt:
                break
            full = re.sub(r"[^a-z0-9]", "", tok.core.lower())
            words = words and (tok.conn or len(full) > 1 and any(label.startswith(full, p) for p in positions))
            positions = nxt
            whole = whole and (tok.conn or len(full) > 1 and any(label.startswith(full, p) for p in positions))
            if len(label) in positions and tok.cap and not tok.conn:
                phrase = text[first.start:tok.end]
                single_ok = b == a and re.sub(r"[^a-z0-9]", "", re.sub(r"[’']s$", "", tok.core.lower())) == label
                tail = tok.core.lower().strip(".") in _ORG_TAIL
                if b > a and not tail and words:
                    # "austinparks" spells the start of "Austin Parks and Recreation Department"
                    end = _extend_to_tail(toks, b)
                    if end is not None:
                        phrase, tail, b = text[first.start:toks[end].end], True, end
                if single_ok or (b > a and tail):
                    counts[phrase] = counts.get(phrase, 0) + 1
                    key = (b - a + 1, counts[phrase], phrase)
                    if best is None or key[:2] > best[:2]:
                        best = key
    return best[2] if best else None


# --- intro detection ----------------------------------------------------------------------------

@dataclass
class _Intro:
    rest: str  # the text after the label ("" for a bare label line)
    org: str | None
    roleish: bool = False


def is_contact_line(block: Block) -> bool:
    """A contact intro ("CONTACT: Jane Roe") or a line of phones and e-mails, not prose."""
    if block.kind in ("rule", "image") or len(block.text) > 300:
        return False
    return _intro(block) is not None or (_has_detail(block.text) and not _is_prose(_fold(block.text)))


_CONTACT_SENTENCE = re.compile(
    r"(?i)(?:for\s+(?:more|further|additional)\s+(?:information|details)|(?:media|press|news)\s+"
    r"(?:inquiries|enquiries|queries)|to\s+(?:arrange|request|schedule)\s+an?\s+interview|journalists?)"
    r"[^:.;]{0,60}?,?\s+(?:please\s+)?(?:contact|call|email|e-mail|reach(?:\s+out\s+to)?|write\s+to)\s+")


def _intro(block: Block) -> _Intro | None:
    if block.kind in ("rule", "image"):
        return None
    text = _fold(block.text)
    if not text or len(text) > 400:
        return None
    match = _INTRO_LABEL.match(text)
    if match:
        rest = text[match.end():].strip(" -–—:：")
        org = (match.group("org") or "").strip() or None
        if org and org.split()[0].lower() in _INTRO_ORG_STOP:
            org = None
        glued_colon = match.group("colon") and match.end() < len(text) and not text[match.end()].isspace()
        if not rest:
            return _Intro("", org, bool(_ROLEISH_LABEL.match(text.rstrip(":："))))
        if match.group("colon") or glued_colon or rest[:1].isupper() or rest[:1] in "+(" \
                or rest[:1].isdigit() or "@" in rest:
            return _Intro(rest, org)
    if len(text) > 300:
        return None
    sentence = _CONTACT_SENTENCE.match(text)
    if sentence and _has_detail(text[sentence.end():]):
        # "For more information, contact Jenna Morales at (631) 555-0148 or jm@library.org."
        return _Intro(text[sentence.end():].rstrip(" ."), None)
    colon = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
    if colon < 0:
        return None
    lead, rest = text[:colon], text[colon + 1:].strip()
    if len(lead) > 160 or not _LEADIN_WORDS.search(lead) or lead.lower().endswith(("http", "https")):
        return None
    if rest and not _has_detail(rest):
        return None
    possessive = _INTRO_POSSESSIVE_ORG.search(lead + ": ")
    return _Intro(rest, possessive.group("org").strip() if possessive else None)


# --- regions ------------------------------------------------------------------------------------

def _stops(block: Block) -> bool:
    text = _fold(block.text)
    if block.kind in ("rule", "image") or block.role in _KEEP_ROLES:
        return True
    if _END_MARK.fullmatch(text) or _ABOUT.match(text):
        return True
    if block.kind == "heading" and (block.level <= 2 or len(text.split()) > 8) and _intro(block) is None:
        return True
    detail = _has_detail(text)
    if not detail:
        return _is_prose(text)
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) > 40 and lower > len(words) / 2


def _tail_like(block: Block) -> bool:
    text = _fold(block.text)
    if not text or len(text.split()) > 8 or _SENTENCE_END.search(text) and not _org_like(text):
        return False
    if block.role in _KEEP_ROLES or (re.search(r"[:：]", text) and not _URL.match(text)):
        return False
    return bool(_DOMAIN_ONLY.fullmatch(text) or _ADDRESS.search(text) or _org_like(text)
                or _URL.match(text))


def _collect_region(blocks: list[Block], start: int) -> list[int]:
    """Indices of the blocks of the contact block introduced at ``start``."""
    idx = [start]
    j = start + 1
    while j < len(blocks) and j - start <= _MAX_REGION_BLOCKS:
        if _stops(blocks[j]):
            break
        idx.append(j)
        j += 1
    last = max((k for k, i in enumerate(idx) if _has_detail(blocks[i].text) or k == 0), default=0)
    keep = idx[:last + 1]
    for i in idx[last + 1:last + 5]:
        if not _tail_like(blocks[i]):
            break
        keep.append(i)
    return keep


# --- reading the lines of a contact block ------------------------------------------------------

# Lines a wire or a web page adds after the contacts: "SOURCE Acme Corp", "© 2025 Acme Inc.".
_TRAILER = re.compile(r"^(?:SOURCE\s|©|\(c\)\s|(?i:copyright\b)|.*\b(?i:all rights reserved)\b)")
# Words that join a name to its number or address: "Tom Ashby on +44 …", "or jane@…".
_JOINERS = re.compile(r"(?i)^(?:(?:or|and|on|at|via|by|to|unter|oder|und|ou|et|o|y)\s+)+|(?:\s+(?:or|and|on|at|via"
                      r"|by|unter|oder|und|ou|et|o|y))+$")
# "Brightline Communications for Orchard Health": the agency is the contact's organisation.
_FOR_CLIENT = re.compile(r"\s+(?:for|on behalf of|im Auftrag von|pour)\s+")
_LEGAL_SUFFIX = {"inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "ag", "gmbh", "se", "sa", "s.a.", "nv", "bv",
                 "kg", "kgaa", "corp", "corp.", "corporation", "limited", "pr", "oy", "ab", "asa", "spa", "srl"}


_LEGAL_FORMS = {s.strip(".") for s in _LEGAL_SUFFIX} | {"co", "s.a", "n.v", "b.v", "pty", "pvt", "kk", "k.k"}


def _org_or_agency(chunk: str) -> str | None:
    """The organisation a line names: itself, or the agency of "Agency for Client"."""
    if _org_like(chunk):
        parts = _FOR_CLIENT.split(chunk, maxsplit=1)
        return parts[0] if len(parts) == 2 and _org_like(parts[0]) else chunk
    parts = _FOR_CLIENT.split(chunk, maxsplit=1)
    if len(parts) == 2 and _org_like(parts[0]):
        return parts[0]
    return None


def _name_length(tokens: list[str], edge: int) -> int:
    """Words in a name at the start (``edge`` 0) or the end (-1) of ``tokens``: two, more across
    an initial or a particle ("John F. Kennedy", "Jan van Berg")."""
    n = 2
    while n < min(4, len(tokens)):
        inner = tokens[n - 1] if edge == 0 else tokens[-n]
        if not (re.fullmatch(r"[A-Z]\.", inner) or inner.lower() in _PARTICLES):
            break
        n += 1
    return n


def _person_like(tokens: list[str]) -> bool:
    """A name with no organisation word in it ("Acme Labs" is no person)."""
    return _is_name(" ".join(tokens)) and not any(t.lower().strip(",.") in _ORG_TAIL for t in tokens)


def _split_run(chunk: str, depth: int = 0) -> list[str]:
    """Lines a flattening ran together with only a space: "Sam Patel Acme Robotics, Inc.",
    "Acme AG Jonas Petersen Head of Communications", "公關經理 鄭雅婷"."""
    if _CJK.search(chunk):
        pieces = [p for p in re.split(r"(?<=[\u3400-\u9fff）)])\s+(?=[\u3400-\u9fff（(])", chunk) if p]
        return pieces if len(pieces) > 1 else [chunk]
    tokens = chunk.split()
    if depth > 3 or not 3 <= len(tokens) <= 14 or _space_email(chunk) or (
            _is_name(chunk) and not _HARD_ROLE.search(chunk) and not _org_like(chunk)):
        return [chunk]
    # after a legal suffix that is not the last word: "… Wärmetechnik AG | Jonas Petersen …"
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower().rstrip(",") in _LEGAL_SUFFIX and not tokens[k].endswith(","):
            rest = " ".join(tokens[k + 1:])
            if rest[:1].isupper() and not _FOR_CLIENT.match(" " + rest):
                return [" ".join(tokens[:k + 1])] + _split_run(rest, depth + 1)
    # a name, then an organisation or a role: "Sam Patel | Acme Robotics, Inc."
    n = _name_length(tokens, 0)
    if len(tokens) > n and _person_like(tokens[:n]) and tokens[n].lower().strip(",.") not in _ORG_TAIL \
            and not all(t.lower().strip(",.") in _LEGAL_FORMS for t in tokens[n:]):  # "Hoshino Robotics Co., Ltd."
        rest = " ".join(tokens[n:])
        if _HARD_ROLE.search(rest) and not _HARD_ROLE.search(" ".join(tokens[:n])) or _org_or_agency(rest):
            return [" ".join(tokens[:n])] + _split_run(rest, depth + 1)
    # a role or an organisation, then a name: "Head of Communications | Jane Doe"
    n = _name_length(tokens, -1)
    if len(tokens) > n and _person_like(tokens[-n:]):
        head = " ".join(tokens[:-n])
        if _HARD_ROLE.search(head) and not _HARD_ROLE.search(" ".join(tokens[-n:])) or _org_or_agency(head):
            return _split_run(head, depth + 1) + [" ".join(tokens[-n:])]
    return [chunk]


def _classify(chunk: str, strong: bool, ctx: _Context, block: int) -> _Item:
    chunk = _LABEL_PREFIX.sub("", chunk).strip(" :：-–—/")
    chunk = _JOINERS.sub("", chunk).strip(" :：-–—/")
    if not chunk or not any(c.isalpha() for c in chunk):
        return _Item("other", block=block)
    if _ABOUT.match(chunk) or _TRAILER.match(chunk):
        return _Item("stop", block=block)
    if len(chunk) > 160:
        return _Item("other", block=block)
    space_email = _space_email(chunk)
    if space_email:
        return _Item("email", space_email, block=block)
    if _DOMAIN_ONLY.fullmatch(chunk):
        return _Item("other", block=block)
    if _CJK.search(chunk) and _is_name(chunk):
        return _Item("name", chunk, strong, block)  # 黃小姐 (小姐 is no role)
    agency = _org_or_agency(chunk) if _FOR_CLIENT.search(chunk) else None
    if agency:
        return _Item("org", agency, strong, block)
    if _HARD_ROLE.search(chunk):
        return _Item("role", chunk, strong, block)
    if _org_like(chunk):
        return _Item("org", chunk, strong, block)
    if _role_like(chunk):
        return _Item("role", chunk, strong, block)
    if _is_name(chunk):
        return _Item("name", _HONORIFIC.sub("", chunk).strip(), strong, block)
    if any(c.isdigit() for c in chunk) or _ADDRESS.search(chunk):
        return _Item("other", block=block)
    words = chunk.split()
    if len(words) <= 6 and (strong or ctx.mentions(chunk) >= 3
                            or re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", chunk)):
        return _Item("org", chunk, strong, block)
    if len(words) <= 6 and not _SENTENCE_END.search(chunk):
        return _Item("maybe_org", chunk, strong, block)
    return _Item("other", block=block)


def _read_text(text: str, strong: bool, region: str | None, ctx: _Context, block: int,
               flattened: bool, guessed: bool = False) -> list[_Item]:
    """The items of one line. ``guessed``: ``region`` is a guess from the block's e-mail domains,
    so each phone keeps its text to be read again in its own contact's country."""
    items: list[_Item] = []
    spans = _spans(text, True)
    flattened = flattened or any(s.glued for s in spans)
    pos = 0
    pending_label = "tel"

    def gap(piece: str) -> None:
        if flattened:
            piece = _CAMEL.sub("\n", piece)
        pieces = [p for part in piece.split("\n") for p in _CHUNK_SPLIT.split(part)]
        pieces = [p.strip() for p in pieces if p and p.strip()]
        pieces = [q for p in pieces for q in _split_run(_JOINERS.sub("", p))]
        whole = len(pieces) == 1 and pieces[0] == text.strip()
        for p in pieces:
            items.append(_classify(p, strong and whole, ctx, block))

    for span in spans:
        if span.start > pos:
            gap(text[pos:span.start])
            if text[pos:span.start].strip():
                pending_label = "tel"
        pos = span.end
        if span.kind == "label":
            pending_label = span.value
        elif span.kind == "email":
            items.append(_Item("email", span.value, block=block))
            pending_label = "tel"
        elif span.kind == "phone":
            if pending_label != "fax" and pending_label != "mail":
                raw = span.value if guessed else None
                values = _phone_values(span.value, region)
                if raw and not values and len(_NOT_DIGIT.sub("", raw)) >= 7:
                    values = [_UNREAD + raw]  # not a number in the guessed country: perhaps in its own
                items.extend(_Item("phone", v, block=block, raw=raw) for v in values)
            pending_label = "tel"
    if pos < len(text):
        gap(text[pos:])
    return items


def _read_region(blocks: list[Block], idx: list[int], region: str | None,
                 ctx: _Context, guessed: bool = False) -> tuple[list[Contact], dict[int, str]]:
    items: list[_Item] = []
    marks: dict[int, str] = {}
    for i in idx:
        block = blocks[i]
        text = _fold(block.text)
        intro = _intro(block)
        if intro is not None and not intro.rest:
            prev = items[-1] if items else None
            if intro.roleish and prev is not None and prev.kind == "name":
                items.append(_Item("role", text.rstrip(":："), block=i))
                marks[i] = "contact"
            else:
                items.append(_Item("heading", intro.org, block=i))
                marks[i] = "contact_heading"
            continue
        flattened = False
        if intro is not None:
            items.append(_Item("heading", intro.org, block=i))
            cut = len(text) - len(intro.rest)
            flattened = cut > 0 and text[cut - 1] in ":："  # "Contact:Jane Doe...": glued
            text = intro.rest
        marks[i] = "contact"
        items.extend(_read_text(text, block.strong, region, ctx, i, flattened, guessed))
    stop = next((k for k, it in enumerate(items) if it.kind == "stop"), len(items))
    if stop < len(items):
        # The block ends at an "About ..." run into it; a block that starts with it is not ours.
        last = items[stop].block
        starts_there = stop == 0 or items[stop - 1].block != last
        marks = {i: role for i, role in marks.items() if i < last or (i == last and not starts_there)}
        items = items[:stop]
    return _assemble(items, ctx), marks


def _next_significant(items: list[_Item], k: int) -> _Item | None:
    for item in items[k + 1:]:
        if item.kind not in ("other",):
            return item
    return None


def _assemble(items: list[_Item], ctx: _Context) -> list[Contact]:
    cards: list[_Card] = []
    card: _Card | None = None
    header: str | None = None
    intro_org: str | None = None
    pending_role: str | None = None
    last_kind = ""
    for k, it in enumerate(items):
        kind = it.kind
        if kind == "maybe_org":
            nxt = _next_significant(items, k)
            kind = "org" if nxt is not None and nxt.kind == "name" and not (card and not card.has_detail) else "other"
        if kind == "heading":
            if it.value:
                intro_org = it.value
            card, header = None, None
        elif kind == "name":
            if card is not None and card.name and not card.has_detail and card.org is None:
                # Two name-like lines in a row: one of them is an organisation.
                if it.strong is False and (ctx.mentions(card.name) > ctx.mentions(it.value or "")):
                    header = card.name
                    cards.remove(card)
                    card = _Card(it.value, header)
                    cards.append(card)
                else:
                    card.org = it.value
            else:
                card = _Card(it.value, header, role=pending_role)
                cards.append(card)
            pending_role = None
        elif kind == "org":
            nxt = _next_significant(items, k)
            if nxt is not None and nxt.kind == "name" and (card is None or card.has_detail or card.org):
                header = it.value
            elif card is not None and card.org is None:
                card.org = it.value
            elif card is None:
                header = it.value
        elif kind == "role":
            if card is not None and not card.has_detail:
                if card.role is None:
                    card.role = it.value
                elif last_kind == "role":
                    card.role = f"{card.role}, {it.value}"
            elif card is None or card.has_detail:
                pending_role = it.value
        elif kind == "phone":
            if card is None:
                card = _Card(None, header)
                cards.append(card)
            if it.value not in card.phones:
                card.phones.append(it.value or "")
                if it.raw:
                    card.raw_phones[it.value or ""] = it.raw
        elif kind == "email":
            if card is None or (card.name is None and card.emails and it.value not in card.emails):
                card = _Card(None, header)
                cards.append(card)
            if it.value not in card.emails:
                card.emails.append(it.value or "")
        if kind != "other":
            last_kind = kind
    out: list[Contact] = []
    for c in cards:
        if not c.has_detail:
            continue
        org = c.org or c.header_org or intro_org
        if org is None:
            for email in c.emails:
                org = ctx.org_for_domain(email.partition("@")[2])
                if org:
                    break
        phones = _own_country(c)
        if phones or c.emails:
            out.append(Contact(name=c.name, organization=org, role=c.role, phones=phones, emails=list(c.emails)))
    return out


_UNREAD = "?"  # marks a phone that did not read in the guessed country


def _own_country(card: _Card) -> list[str]:
    """Phones read in a guessed country, read again in the country of the card's own e-mail."""
    own = _email_region(card.emails) if card.raw_phones else None
    phones: list[str] = []
    for value in card.phones:
        raw = card.raw_phones.get(value)
        again = normalise_phone(raw, own) if raw and own else None
        if again is None and value.startswith(_UNREAD):
            continue
        if (again or value) not in phones:
            phones.append(again or value)
    return phones


def _merge(contacts: list[Contact]) -> list[Contact]:
    out: list[Contact] = []
    for c in contacts:
        same = None
        for o in out:
            if c.name and o.name and _name_key(c.name) == _name_key(o.name):
                same = o
            elif (not c.name or not o.name) and set(c.emails) & set(o.emails):
                same = o
            if same is not None:
                break
        if same is None:
            out.append(c)
            continue
        if same.name is None and c.name:
            same.name = c.name
        same.organization = same.organization or c.organization
        same.role = same.role or c.role
        same.phones.extend(p for p in c.phones if p not in same.phones)
        same.emails.extend(e for e in c.emails if e not in same.emails)
    return out


_CC_ALIASES = {"uk": "GB"}


def _email_region(emails: list[str]) -> str | None:
    """The country of the first e-mail address with a country domain ("nef.org.uk" -> GB)."""
    for email in emails:
        tld = email.rsplit(".", 1)[-1].lower()
        code = _CC_ALIASES.get(tld, tld.upper())
        if len(tld) == 2 and code in phonenumbers.SUPPORTED_REGIONS:
            return code
    return None


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


def extract_contacts(blocks: list[Block], region: str | None = None) -> list[Contact]:
    """The media, press and investor contacts of a release, in reading order, each once.

    ``region`` (ISO 3166 alpha-2, e.g. "HK") reads numbers written without a country code.
    The blocks used get ``role = "contact_heading"`` (a bare intro or label line) or ``"contact"``.
    """
    ctx = _Context(blocks)
    found: list[Contact] = []
    i = 0
    done = 0  # blocks before this one belong to a contact block already read
    while i < len(blocks):
        intro = None if blocks[i].role in _KEEP_ROLES else _intro(blocks[i])
        if intro is None:
            i += 1
            continue
        start = i
        if intro.roleish and i - 1 >= done and blocks[i - 1].role not in _KEEP_ROLES \
                and _is_name(_fold(blocks[i - 1].text)):
            start = i - 1  # "Jane Doe / Investor Relations / ...": a role, not a heading
        idx = _collect_region(blocks, start)
        guess = None if region else _domain_region(blocks, idx)
        contacts, marks = _read_region(blocks, idx, region or guess, ctx, guess is not None)
        if contacts:
            found.extend(contacts)
            for j, role in marks.items():
                blocks[j].role = role
        i = done = max(idx) + 1
    return _merge(found)
