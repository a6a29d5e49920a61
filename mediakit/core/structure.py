"""Find a release's structure in its blocks: headline, labels, dateline, sections, boilerplate.

Hand-written because the cues are press-release conventions (a "For Immediate Release"
label, a ``PLACE, date –`` dateline, a bold line standing alone as a title), which no
date or document library knows. Dates inside the dateline are read with a small month
table rather than ``dateparser``: that library imports in ~0.5 s and guesses dates out of
any number, where a dateline has a handful of fixed forms.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass

from .model import AboutPart, Block, Section

# --- labels and status ----------------------------------------------------------------------

_LABEL = re.compile(
    r"^(?:press|news|media)\s+release:?$|^for\s+immediate\s+release:?$|^immediate\s+release:?$"
    r"|^skip\s+to\s+(?:main\s+)?content$|^(?:新闻稿|新聞稿|新闻发布|新聞發佈|即时发布|即時發佈|即時發放|新闻|新聞)$"
    r"|^for\s+release\b.*$|^(?:press|media)\s+(?:statement|advisory|alert)$|^announcement$"
    r"|^(?:embargo(?:ed)?\b.*)$|^under\s+embargo\b.*$|^not\s+for\s+(?:publication|release)\b.*$",
    re.I,
)
_IMMEDIATE = re.compile(r"for\s+immediate\s+release|immediate\s+release|即時發佈|即时发布|即時發放", re.I)
_EMBARGO = re.compile(
    r"(?:embargo(?:ed)?(?:\s+(?:until|till|to|:))?|under\s+embargo\s+until|not\s+for\s+(?:publication|release)\s+(?:until|before))"
    r"\s*:?\s*(?P<when>.{0,80})",
    re.I,
)

# --- dates -------------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Datelines of releases written in German, French, Spanish, Italian, Dutch and Portuguese:
# "Berlin, 3. März 2025", "Paris, le 3 mars 2025", "Madrid, 3 de marzo de 2025".
_FOREIGN_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
}
_MONTHS.update({k: v for k, v in _FOREIGN_MONTHS.items() if k not in _MONTHS})
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_FOREIGN_MONTH = "(?P<month>" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = r"(?:(?:Mon|Tues|Tue|Wed|Wednes|Thu|Thurs|Fri|Sat|Satur|Sun)(?:day)?,?\s+)?"
_DATE_PATTERNS = [
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<nmonth>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<nmonth>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    # "3. März 2025", "1er mars 2025", "3 de marzo de 2025", "3 maart 2025"
    re.compile(r"(?<![\w.])(?P<day>\d{1,2})(?:\.|er|º|°)?\s*(?:de\s+)?" + _FOREIGN_MONTH
               + r"\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d{2})\b", re.I),
    # German and Dutch numeric datelines: "Berlin, 03.03.2025"
    re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<year>(?:19|20)\d{2})\b"),
]
_TIME = re.compile(r"\b(?P<h>[0-2]?\d)(?::|\.|h)(?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?|\b(?P<h2>1[0-2]|0?\d)\s*(?P<ampm2>[ap]\.?m\.?)", re.I)


@dataclass
class DateMatch:
    iso: str
    start: int
    end: int


def find_date(text: str, limit: int | None = None) -> DateMatch | None:
    """The earliest date in ``text`` (searching only its first ``limit`` characters)."""
    sample = text if limit is None else text[:limit]
    best: DateMatch | None = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(sample)
        if not match:
            continue
        groups = match.groupdict()
        month = _MONTHS.get(groups["month"].lower().rstrip(".")) if groups.get("month") else int(groups["nmonth"])
        try:
            iso = dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
        except (TypeError, ValueError):
            continue
        if best is None or match.start() < best.start:
            best = DateMatch(iso, match.start(), match.end())
    return best


def embargo_text(line: str) -> str | None:
    """The date and time of an embargo label ("EMBARGOED UNTIL …"), or None for any other line."""
    match = _EMBARGO.match(line)
    return match.group("when") if match else None


def is_immediate(label: str) -> bool:
    return bool(_IMMEDIATE.search(label))


def parse_embargo(when: str) -> str:
    """An embargo's date and time as ISO (``2025-03-05T10:00``), or the text as written."""
    date = find_date(when)
    time = _TIME.search(when)
    if date is None:
        return when.strip(" .:-–—")
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
_ZONE = re.compile(r"[ \t,(]*((?:UTC|GMT)[+-]\d{1,2}(?::?\d\d)?|[A-Z]{0,4}T|UTC|Z)\b")


# --- dateline ----------------------------------------------------------------------------

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


# --- places to phone regions ----------------------------------------------------------------

_REGION_WORDS = {
    "hong kong": "HK", "香港": "HK", "macau": "MO", "macao": "MO", "澳門": "MO", "澳门": "MO",
    "singapore": "SG", "taipei": "TW", "taiwan": "TW", "台北": "TW", "臺北": "TW", "台灣": "TW",
    "beijing": "CN", "shanghai": "CN", "shenzhen": "CN", "guangzhou": "CN", "china": "CN",
    "北京": "CN", "上海": "CN", "深圳": "CN", "广州": "CN", "中国": "CN",
    "london": "GB", "uk": "GB", "united kingdom": "GB", "england": "GB", "scotland": "GB",
    "germany": "DE", "berlin": "DE", "munich": "DE", "frankfurt": "DE", "france": "FR", "paris": "FR",
    "tokyo": "JP", "japan": "JP", "sydney": "AU", "melbourne": "AU", "australia": "AU",
    "toronto": "CA", "canada": "CA", "vancouver": "CA", "india": "IN", "mumbai": "IN",
    "new delhi": "IN", "bangalore": "IN", "dubai": "AE", "ireland": "IE", "dublin": "IE",
    "netherlands": "NL", "amsterdam": "NL", "switzerland": "CH", "zurich": "CH", "geneva": "CH",
    "spain": "ES", "madrid": "ES", "italy": "IT", "milan": "IT", "rome": "IT", "korea": "KR",
    "seoul": "KR", "nairobi": "KE", "kenya": "KE", "lagos": "NG", "nigeria": "NG",
    "south africa": "ZA", "johannesburg": "ZA", "cape town": "ZA", "usa": "US", "u.s.": "US",
    "美国": "US", "美國": "US", "new york": "US", "chicago": "US", "san francisco": "US",
    "washington": "US", "boston": "US", "los angeles": "US", "seattle": "US", "austin": "US",
    "manchester": "GB", "birmingham": "GB", "leeds": "GB", "liverpool": "GB", "bristol": "GB",
    "edinburgh": "GB", "glasgow": "GB", "cardiff": "GB", "belfast": "GB", "wales": "GB", "oxford": "GB",
    "cambridge, uk": "GB", "newcastle": "GB", "sheffield": "GB", "nottingham": "GB",
    "hamburg": "DE", "köln": "DE", "cologne": "DE", "stuttgart": "DE", "düsseldorf": "DE", "münchen": "DE",
    "leipzig": "DE", "dresden": "DE", "hannover": "DE", "bremen": "DE", "deutschland": "DE",
    "vienna": "AT", "wien": "AT", "austria": "AT", "österreich": "AT", "lyon": "FR", "marseille": "FR",
    "barcelona": "ES", "lisbon": "PT", "lisboa": "PT", "portugal": "PT", "brussels": "BE", "bruxelles": "BE",
    "belgium": "BE", "copenhagen": "DK", "denmark": "DK", "stockholm": "SE", "sweden": "SE", "oslo": "NO",
    "norway": "NO", "helsinki": "FI", "finland": "FI", "warsaw": "PL", "poland": "PL", "prague": "CZ",
    "luxembourg": "LU", "basel": "CH", "bern": "CH", "auckland": "NZ", "wellington": "NZ",
    "new zealand": "NZ", "brisbane": "AU", "perth": "AU", "montreal": "CA", "ottawa": "CA", "calgary": "CA",
    "osaka": "JP", "kaohsiung": "TW", "高雄": "TW", "台中": "TW", "臺中": "TW", "新竹": "TW", "taichung": "TW",
    "hsinchu": "TW", "kuala lumpur": "MY", "malaysia": "MY", "jakarta": "ID", "indonesia": "ID",
    "bangkok": "TH", "thailand": "TH", "manila": "PH", "philippines": "PH", "hanoi": "VN", "vietnam": "VN",
    "abu dhabi": "AE", "riyadh": "SA", "tel aviv": "IL", "israel": "IL", "cairo": "EG", "mexico": "MX",
    "são paulo": "BR", "sao paulo": "BR", "brazil": "BR", "buenos aires": "AR", "santiago": "CL",
    "atlanta": "US", "dallas": "US", "houston": "US", "denver": "US", "miami": "US", "philadelphia": "US",
    "san diego": "US", "san jose": "US", "portland": "US", "minneapolis": "US", "detroit": "US",
    "pittsburgh": "US", "phoenix": "US", "nashville": "US", "silicon valley": "US",
}
_US_STATES = set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC Ala Ariz Ark Calif Colo Conn Del "
    "Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Wash "
    "Wis Wyo".split()
)


def region_for_place(place: str | None) -> str | None:
    """ISO region of a dateline place, used to read phone numbers written without a country code."""
    if not place:
        return None
    low = place.lower()
    if "," in place:  # "Birmingham, Ala.", "Manchester, N.H.": the state decides
        tail = place.split(",", 1)[1]
        if any(token in _US_STATES for token in re.findall(r"[A-Za-z]+", tail.replace(".", ""))) \
                and not re.search(r"(?i)\b(?:uk|england|germany|canada|australia)\b", tail):
            return "US"
    for word, region in _REGION_WORDS.items():
        if re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", low):
            return region
    for token in re.findall(r"[A-Za-z]+", place):
        if token in _US_STATES:
            return "US"
    return None


# --- sections ------------------------------------------------------------------------------

_ABOUT = re.compile(r"^(?:about|[àa] propos (?:de|du|des|d['’])|über|acerca de|sobre|informazioni su"
                    r"|关于|關於|有关|有關)\s*", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？]$")
_ABBREVIATION_END = re.compile(r"(?i)(?:^|\s)(?:inc|ltd|co|corp|plc|jr|sr|bros|s\.a|n\.v|b\.v|s\.p\.a|d\.c|u\.s)\.$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_CHROME = re.compile(r"^(?:view the original release|original/source press release|skip to main content"
                     r"|share this|print this page|back to top|tweet|share on)", re.I)


_LABEL_PART = re.compile(
    r"(?:press|news|media)\s+release|for\s+immediate\s+release|immediate\s+release|新闻稿|新聞稿", re.I)


def is_chrome(text: str) -> bool:
    """Page chrome or a wire archive's footer line ("Skip to main content", "View the original release")."""
    return bool(_CHROME.match(text))


def about_subject(title: str) -> str:
    """What an "About …" title presents: "About Hong Kong Cyberport" gives "Hong Kong Cyberport"."""
    return _ABOUT.sub("", title)


def is_label(text: str) -> bool:
    """A label above the headline, or several run onto one line ("Press Release For Immediate Release")."""
    text = text.strip()
    if _LABEL.match(text.strip(" *:")) or _LABEL.match(text):
        return True
    if len(text) > 120:
        return False  # labels run together are short
    rest = _LABEL_PART.sub("", text)
    return rest != text and not rest.strip(" *:|·•-–—")


def _upper_line(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.85 * len(letters)


def _words(text: str) -> int:
    return len(text.split())


def _is_prose(block: Block | None) -> bool:
    return block is not None and block.kind in ("paragraph", "item") and block.role in ("body", "about") \
        and len(block.text) >= 120 and not block.text.startswith(("“", '"', "「", "‘"))


def heading_candidate(blocks: list[Block], i: int) -> bool:
    """Does block ``i`` title a part of the body?"""
    block = blocks[i]
    text = block.text.strip()
    if not text or block.role in ("title", "chrome", "front", "contact") or is_label(text):
        return False
    if is_chrome(text):
        return False
    if block.kind == "heading":
        return True
    if block.kind != "paragraph":
        return False
    if block.role == "contact_heading":
        return _words(text) >= 2 and not re.search(r"\bplease\b|\bcontact\s*:?$", text, re.I) or block.strong
    too_long = len(text) > 150 or (_words(text) > 20 and not _CJK.search(text))
    sentence = _SENTENCE_END.search(text) and not _ABBREVIATION_END.search(text)  # "About Acme Inc."
    if too_long or sentence or text.startswith(("“", '"', "「", "—", "-", "*")):
        return False
    if block.strong:
        return True
    if (_ABOUT.match(text) or _STOCK_HEADING.match(text)) and _words(text) <= 10:
        return True
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if _upper_line(text) and _words(text) >= 3:
        return True
    # A short bare line standing alone before prose or a list: a title in plain or flattened text.
    return (_words(text) <= 10 and "," not in text and text[0].isupper() and not _CJK.search(text)
            and not _NOT_TITLE_LINE.search(text)
            and (_is_prose(nxt) or (not text.endswith((":", "：")) and _list_follows(blocks, i + 1))))


# Titles releases use for their closing parts, whatever follows them.
_STOCK_HEADING = re.compile(
    r"^(?:notes?\s+(?:to|for)\s+editors?|editors?['’]?s?\s+notes?|background(?:\s+information)?"
    r"|forward[- ]looking\s+statements?|safe\s+harbou?r\s+statement|cautionary\s+statement"
    r"|disclaimer|hinweis\s+für\s+redaktionen|note\s+aux\s+rédactions|編輯垂注|编辑注)\s*[:：]?$", re.I)

# Long numbers (phones, postcodes, amounts; a year is fine), addresses and links are no title.
_NOT_TITLE_LINE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}|@|https?:|www\.")
_BULLET = re.compile(r"^[•▪◦●*·–-]\s")


def _list_follows(blocks: list[Block], i: int) -> bool:
    """Two list items (or bulleted lines) follow: "Fourth Quarter Highlights" over its bullets."""
    items = blocks[i:i + 2]
    return len(items) == 2 and all(
        b.role == "body" and (b.kind == "item" or (b.kind == "paragraph" and _BULLET.match(b.text)))
        for b in items)


def slugify(title: str, taken: set[str]) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60].strip("-") or "section"
    anchor, n = slug, 2
    while anchor in taken:
        anchor, n = f"{slug}-{n}", n + 1
    taken.add(anchor)
    return anchor


_STRONG_LEAD = re.compile(r"^<strong>(?P<title>[^<]{2,120})</strong>")
# "About Nordvik Ocean Energy Nordvik Ocean Energy ASA designs …": a title line joined to its text.
_ABOUT_REPEATED = re.compile(
    r"^(?P<title>(?:About|ABOUT)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,6}?))\s+(?P=name)\b")


def run_in_about(block: Block) -> str | None:
    """An "About …" title run into the first paragraph of its boilerplate: "**About Acme** Acme is …"
    (a bold lead), or a plain title line joined to a text that begins by naming the organisation again."""
    if block.kind != "paragraph" or block.role not in ("body", "about") or len(block.text) < 20:
        return None
    lead = _STRONG_LEAD.match(block.html) if block.html.startswith("<strong>") else None
    if lead:
        title = html.unescape(lead.group("title")).strip(" :：")
        if _ABOUT.match(title) and _words(title) <= 10 and len(block.text) > len(title) + 20:
            return title
    repeated = _ABOUT_REPEATED.match(block.text) if block.text[:5] in ("About", "ABOUT") else None
    return repeated.group("title") if repeated else None


def build_sections(blocks: list[Block], start: int) -> list[Section]:
    """A tree of the body's headings after ``start``, in reading order, with their bodies."""
    flat: list[tuple[Section, int]] = []
    taken: set[str] = set()
    heading_levels = [b.level for b in blocks[start:] if b.kind == "heading" and b.role not in ("title", "chrome")]
    default_level = min(heading_levels) if heading_levels else 2
    current: str | None = None
    run_in: dict[int, str] = {}  # block index -> the text after a heading run into its paragraph
    for i in range(start, len(blocks)):
        block = blocks[i]
        if block.role == "chrome":
            continue
        heading = heading_candidate(blocks, i)
        about = None if heading else run_in_about(block)
        if about:
            section = Section(title=about, level=default_level, anchor=slugify(about, taken), block=i)
            flat.append((section, i))
            current = about
            block.section = current
            run_in[i] = block.text[block.text.find(about) + len(about):].strip(" :–—-")
            continue
        if heading:
            title = block.text.strip()
            level = block.level if block.kind == "heading" else default_level
            section = Section(title=title, level=level, anchor=slugify(title, taken), block=i)
            flat.append((section, i))
            current = title
            if block.role == "body":
                block.role = "heading"
            continue
        block.section = current
    # bodies
    indices = [i for _, i in flat] + [len(blocks)]
    for n, (section, i) in enumerate(flat):
        body = [b.text for b in blocks[i + 1:indices[n + 1]]
                if b.text and b.role not in ("chrome", "title") and b.kind != "image"]
        section.body = "\n\n".join(([run_in[i]] if run_in.get(i) else []) + body)
    # tree by heading level: uneven levels nest under the nearest shallower heading
    roots: list[Section] = []
    stack: list[Section] = []
    for section, _ in flat:
        while stack and stack[-1].level >= section.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(section)
        stack.append(section)
    _renumber(roots, 1)
    return roots


def _renumber(sections: list[Section], depth: int) -> None:
    for section in sections:
        section.level = depth
        _renumber(section.children, depth + 1)


def about_parts(blocks: list[Block], sections: list[Section], after: int) -> list[AboutPart]:
    """Boilerplate: "About …" sections, and a company tagline heading after the release's end."""
    parts: list[AboutPart] = []
    for section in (s for top in sections for s in top.walk()):
        is_about = bool(_ABOUT.match(section.title))
        if not is_about and section.block > after:
            # A tagline heading after the story whose text presents the organisation it names:
            # "Acme Group: Making things" followed by "Acme Group is a …".
            name = re.escape(section.title.split(":")[0].strip())
            opening = section.body.split("\n\n")[:3]
            is_about = len(name) > 2 and any(re.match(name + r"\s+(?:is|are|was)\b", p) for p in opening)
        if is_about:
            parts.append(AboutPart(title=section.title, text=section.body))
            for block in blocks[section.block:]:
                if block.section == section.title or block.index == section.block:
                    if block.role == "body":
                        block.role = "about"
    return parts
