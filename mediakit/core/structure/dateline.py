"""The dateline: ``PLACE, date –`` opening the story, and its variants in other languages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..contacts.words import names_cjk_organisation
from ..model import Block
from ..scripts import display_width
from ..text import HIRAGANA
from .agency import agency_place
from .dates import MONTH_PATTERN, YEARLESS_PATTERN, DateMatch, date_order, find_date
from .labels import embargo_text
from .places import MIXED_PLACE, PLACE_WORDS, UPPER_PLACE, is_area, names_a_place, region_for_place
from .vocab import alternation

DAY_WORDS = (r"(?:(?i:" + alternation("DATE_PARTICLES") + r")\s+)?(?:(?i:" + alternation("WEEKDAYS")
              + r")\.?,?\s+)?")
# "AUSTIN, Texas - The city…", a wire's "NEW YORK--(BUSINESS WIRE)--Acme…" under a date line, a
# dateline whose date has no year ("AUSTIN, Texas, March 3 /PRNewswire/ -- Acme…", "Paris, le 9 mars –",
# an agency's "LAKEVIEW, May 3 (Newsline) -- Acme…", "Lakeview, 3 may (Newsline).- …"),
# a mixed-case place before a long dash ("Lakeview, Oregon – The co-op…") or a typed one
# ("Lakeview, Oregon-- The co-op…"), and an upper-case one before a typed dash ("LAKEVIEW, Ore. -- The…").
_PLACE_ONLY = re.compile(
    r"^(?P<place>" + UPPER_PLACE + r")"
    r"\s*(?:(?:\(\s*[A-Za-z][\w .&-]{1,30}\)\s*)?(?:--|[–—-])\s+\S|-{1,2}\s*\(\s*[A-Za-z][\w .&-]{2,30}\)\s*-{1,2}\s*\S)"
    r"|^(?P<yplace>" + UPPER_PLACE + "|" + MIXED_PLACE + r"),\s*" + DAY_WORDS + YEARLESS_PATTERN
    + r"\s*(?:/[\w .&-]{2,40}/|\(\s*[A-Za-z][\w .&-]{1,30}\)\.?)?\s*(?:--|[–—-])\s*\S"
    r"|^(?P<mplace>" + MIXED_PLACE + r")(?:\s+[–—]|\s*--)\s+\S"
    # a place with the wire's tag and no date: "Hamburg (ots) - Die Stadt…", "Zürich (awp/sda) - …"
    r"|^(?P<tplace>" + MIXED_PLACE + r")\s*\(\s*[A-Za-z][\w.&-]{1,20}(?:/[A-Za-z][\w.&-]{1,20})?\)\s*(?:--|[–—-])\s+\S"
    # an event and its year named before the place, no date: "EXPO 2031, DENVER, Colo. – The …"
    r"|^[A-Z][A-Z0-9.&'’ -]{1,40}?\s(?:19|20)\d{2},\s*(?P<eplace>" + UPPER_PLACE + r")\s*(?:--|[–—-])\s+\S"
    # a city and its state, a comma and the story, the date between them lost from a scrape
    # ("Lakeview, Oregon" / ", The co-op…" read as one line)
    r"|^(?P<cplace>" + PLACE_WORDS + r")"
    r",\s+(?=[A-Z][a-z])(?!" + MONTH_PATTERN + r"(?![a-z])|(?i:"
    + alternation("WEEKDAYS") + r")(?![a-z]))")
_WIRE = re.compile(r"^\s*[(/（]\s*[\w .&-]{2,30}\s*[)/）]")
# A wire's tag right before the date: "(Valley Newsline) - March 4, 2023 - LAKEVIEW —",
# "LAKEVIEW - (Valley Newsline) - March 4, 2023 -", "LAKEVIEW (Newsline) March 4, 2023 --",
# "LAKEVIEW, OR / Newsline / March 4, 2023 /", "LAKEVIEW - Valley Newsline - March 4, 2023 -"; where it
# opens the line the place follows the date.
_WIRE_BEFORE = re.compile(r"(?:\(\s*[A-Za-z][\w .&-]{1,30}\)|/\s*[A-Za-z][\w .&-]{1,30}?\s*/)\s*[–—-]*\s*$"
                          # framed by spaced dashes: "SINGAPORE - Media OutReach Newswire - 4 March 2023 -"
                          r"|(?<=\S)\s+[–—-]\s+[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,4}\s+[–—-]\s*$")
# A wire's tag opened before the date and closed after it: "LAKEVIEW--(Newsline - March 4, 2023) -".
_WIRE_OPEN = re.compile(r"\s*[–—-]*\s*\(\s*[A-Za-z][\w .&-]{1,30}?\s+[–—-]\s*$")
_PLACE_AFTER = re.compile(r"^\s*[–—-]{1,2}\s*(?P<place>" + UPPER_PLACE + "|" + MIXED_PLACE + r")\s*[–—-]{1,2}\s+(?=\S)")
# The place after a date opening the line: "May 3, 2031 — LAKEVIEW, Ore. —", "3 May 2031, Lakeview – ".
_PLACE_AFTER_DATE = re.compile(
    r"^\s*(?:[–—-]{1,2}|,)\s*(?P<place>" + UPPER_PLACE + "|" + MIXED_PLACE + r")\s*[–—-]{1,2}\s+(?=\S)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ZH_PLACE_AFTER = re.compile(r"^[，,\s]*(?P<place>[\u4e00-\u9fff]{2,20})(?:[（(]|[，,]|[】〕］)）]|\s*(?:——|—|--|–))")
_ZH_PLACE_BEFORE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12})\s*[，,、]?\s*")
_AGENCY = re.compile("^" + alternation("NEWS_AGENCIES") + r"\s*")
_DISPATCH = re.compile(r"(?<=[\u4e00-\u9fff])" + alternation("DISPATCH_SUFFIXES") + "$")
# A release's label written after the place, inside a Chinese dateline: "(紐倫堡訊、請即發稿，…)".
_LABEL_AFTER = re.compile(r"[、，,]\s*" + alternation("RELEASE_LABELS") + r"$", re.I)
_END_MARK = re.compile(r"^\s*" + alternation("END_MARKS") + r"(?![^\W\d_])\s*[/|:.]*\s*", re.I)
_TIME_OF_DAY = re.compile(alternation("TIME_OF_DAY_WORDS"))
_BYLINE = re.compile(r"^(?:" + alternation("BYLINE_WORDS") + r")\b", re.I)


_PROSE = 120  # columns of a paragraph of the story, not a label, byline or caption


@dataclass
class Dateline:
    """The dateline found: its date, place and text, and the block it stands in (-1: none)."""

    date: str | None
    place: str | None
    text: str | None
    block: int
    # the date is only one standing in a short line below the headline, not a dateline's
    loose: bool = False


def find_dateline(blocks: list[Block], start: int) -> Dateline:
    """The dateline after the headline (``_search``); where it names a place and no date was read, the
    search again with the order that place writes a numeric date in ("DES MOINES, Iowa –" under
    "Published: 03/05/2026" is March 5; "LONDON" would make it 3 May)."""
    found = _search(blocks, start, None)
    order = date_order(region_for_place(found.place)) if found.date is None else None
    if order is None:
        return found
    again = _search(blocks, start, order)
    return again if again.date is not None else found


def _line_order(text: str) -> str | None:
    """The order of a numeric date the place opening the line tells ("LONDON, 12/03/2026 –")."""
    return date_order(region_for_place(re.split(r"\d", text, maxsplit=1)[0][:80]))


def _search(blocks: list[Block], start: int, order: str | None) -> Dateline:
    """Search the first blocks after the headline for ``PLACE, date –`` and its variants.

    A dateline opens the story: the search ends at a heading met once two paragraphs of prose have
    run (a date in a later part, "On 3 May, the board…" under "Timeline", is no dateline; one long
    paragraph may still be a sub-headline over the page's chrome). Once two paragraphs of prose have
    run, a date inside a sentence ("the fair runs on 3 May 2031 in the hall…") is the story's, not a
    dateline; a date line there ("Ends / 3 May 2031") still is."""
    fallback_date: str | None = None
    place_only: tuple[str, int] | None = None
    for pos, block in enumerate(_story_opening(blocks, start), start):
        if block.kind not in ("paragraph", "heading", "item") or embargo_text(block.text.strip(" *")) is not None:
            continue  # an embargo's time is not the release date
        if place_only is None and (alone := _place_alone(block, blocks[pos + 1] if pos + 1 < len(blocks) else None)):
            place_only = (alone, block.index)
            continue
        date = find_date(block.text, 160, order or _line_order(block.text))
        match = _PLACE_ONLY.match(block.text)
        if match and _place_before_date(block.text, match, date):
            if place_only is None:
                place_only = _place_opening_story(block, match)
            continue
        if _story_opened_by_place(blocks, place_only):
            break  # the story opened with "PLACE – …": a date in a later paragraph ("On May 3, 2010, …") is its narrative
        if date is not None and not _inside_later_prose(blocks[start:pos], block, date):
            found = _dateline_at(block, date)
            if found is not None:
                return found
            before = block.text[:date.start]
            if not _body_follows(block.text[date.end:]) and fallback_date is None and len(before) < 40:
                fallback_date = date.iso
    if place_only is not None:
        return Dateline(fallback_date, place_only[0], place_only[0], place_only[1], loose=fallback_date is not None)
    return Dateline(fallback_date, None, None, -1, loose=fallback_date is not None)


def place_above_title(blocks: list[Block], title_index: int) -> str | None:
    """The place of a dateline set on a line of its own above the headline ("Pressemeddelelse" /
    "København, den 3. marts 2025" / the headline), as Nordic and German releases print it."""
    for block in blocks[:max(title_index, 0)]:
        text = block.text.strip(" *")
        if block.kind != "paragraph" or len(text) > 80 or embargo_text(text) is not None:
            continue  # an embargo's time is no dateline ("Embargo 00:01 26 March")
        date = find_date(text, 80)
        found = _dateline_at(block, date) if date is not None and not text[date.end:].strip(" .:–—-") else None
        if found is not None and found.place and not re.search(r"\d", found.place):
            return found.place
    return None


def _place_before_date(text: str, match: re.Match[str], date: DateMatch | None) -> bool:
    """``PLACE –`` opens the line and no date of a dateline comes in it before the story (a city
    and state before a comma only where they are one)."""
    if match.group("cplace") and _place_of(match) is None:
        return False
    return date is None or date.start >= match.end() and not _tagged_date(text, date)


def _place_opening_story(block: Block, match: re.Match[str]) -> tuple[str, int] | None:
    """The place of ``PLACE – The story…`` in a paragraph of the story (not a short line)."""
    place = _place_of(match) if len(block.text) > 60 else None
    return (place, block.index) if place else None


def _story_opened_by_place(blocks: list[Block], place_only: tuple[str, int] | None) -> bool:
    """The place found opened a paragraph of the story itself, not a line of its own."""
    if place_only is None:
        return False
    opened = blocks[place_only[1]]
    return opened.kind == "paragraph" and len(opened.text) > 60


def _inside_later_prose(before: list[Block], block: Block, date: DateMatch) -> bool:
    """The date stands inside a sentence of a paragraph met after two paragraphs of prose, or in a
    list entry or after a label's colon there ("- Opening ceremony: 11 July 2031"): an event's date."""
    prose = sum(b.kind == "paragraph" and display_width(b.text) >= _PROSE for b in before)  # CJK: two columns
    if prose < 2:
        return False
    return _body_follows(block.text[date.end:]) or block.kind == "item" \
        or block.text[:date.start].rstrip().endswith((":", "："))


def _story_opening(blocks: list[Block], start: int) -> list[Block]:
    """The first blocks after the headline, up to a heading met after two paragraphs of prose."""
    opening: list[Block] = []
    prose = 0
    for block in blocks[start:start + 20]:
        if block.kind == "heading" and prose >= 2:
            break
        prose += block.kind == "paragraph" and len(block.text) >= _PROSE
        opening.append(block)
    return opening


def _place_alone(block: Block, after: Block | None) -> str | None:
    """The place of a dateline with no date to read: a place on a line of its own (``_place_line``),
    or a news agency's dispatch whose date has no year ("【新华社北京3月3日电】") or no month ("MADRID, 3
    (EUROPA PRESS)"), or a wire's CJK place with no date after its tag ("東京--(BUSINESS WIRE)-- …")."""
    if _place_line(block, after):
        return block.text.strip(" ,–—-")
    return agency_place(block.text)


_PLACE_LINE = re.compile(r"(?:" + UPPER_PLACE + "|" + MIXED_PLACE + r")\s*[,–—-]?")
_DASH_LINE = re.compile(r"\s*[–—-]{1,2}\s*")


def _place_line(block: Block, after: Block | None) -> bool:
    """A dateline's place alone on its line ("Springfield, Ohio,", "CHICAGO –", or "CHICAGO" over a
    line holding only a dash), the story right below it: a place only where it names a known
    region or state."""
    text = block.text.strip()
    if not _PLACE_LINE.fullmatch(text) or region_for_place(text.strip(" ,–—-")) is None or after is None:
        return False
    if _DASH_LINE.fullmatch(after.text):
        return True  # "CHICAGO" / "—" / the story
    if "," not in text and not text.endswith(("–", "—", "-")):
        return False
    return after.kind == "paragraph" and len(after.text) > 80


def _place_of(match: re.Match[str]) -> str | None:
    """The place of a dateline with no date or no year; a mixed-case one only where it names a
    known region with its state ("Lakeview, Oregon –") or is a known city alone ("Stuttgart – Die
    Stadt …"): "Jane Roe, Chief Executive –" is no place."""
    place = _PLACE_TAIL.sub("", match.group("place") or match.group("yplace") or match.group("mplace")
                            or match.group("tplace") or match.group("eplace") or match.group("cplace"))
    place = place.strip(" -–—,")
    if match.group("mplace") and not (region_for_place(place) and ("," in place or is_area(place))):
        return None
    if match.group("cplace") and not ("," in place and _state_of(place)):
        return None
    return place


def _state_of(place: str) -> bool:
    """The part after the place's comma names a state or a country ("Lakeview, Oregon", "Lyon, France"),
    not a person's title ("Jo Marren, Chief Executive")."""
    tail = place.split(",", 1)[1].strip()
    return is_area(tail) or region_for_place(tail) is not None


def _tagged_date(text: str, date: DateMatch) -> bool:
    """The date comes right after a place and a wire's tag ("LAKEVIEW - (Valley Newsline) - March 4, 2023 -")."""
    tag = _WIRE_BEFORE.search(text[:date.start])
    return tag is not None and len(text[:tag.start()].strip(" –—-")) <= 60


def _body_follows(after: str) -> bool:
    """A story goes on after the date: more than 30 columns (a CJK character is two)."""
    return display_width(after.strip(" –—-:|,")) > 30


def _unbracketed(before: str, after: str) -> tuple[str, str]:
    """The text either side of a date without the brackets around it: "Washington, D.C. (March 3,
    2025) —", or a wire's tag opened before it and closed after it ("LAKEVIEW--(Newsline - March 3, 2025) -")."""
    if not after.lstrip().startswith(")"):
        return before, after
    if before.rstrip().endswith("("):
        return before.rstrip()[:-1], after.lstrip()[1:]
    opened = _WIRE_OPEN.search(before)
    if opened is None:
        return before, after
    inner = opened.group().strip(" –—-(")
    if not before[:opened.start()].strip() and names_a_place(inner):
        return inner + " – ", after.lstrip()[1:]  # "(Miami – July 30, 2024) – The office…": the place's bracket
    return before[:opened.start()], after.lstrip()[1:]



def _dateline_at(block: Block, date: DateMatch) -> Dateline | None:
    """The dateline in ``block`` around the date found in it, or None when the date is not one."""
    text = block.text
    before, after = _unbracketed(text[:date.start], text[date.end:])
    place_after = None
    tag = _WIRE_BEFORE.search(before)
    if tag is not None:
        before = before[:tag.start()]
        place_after = _PLACE_AFTER.match(after) if not before.strip() else None
    elif not before.strip():
        place_after = _date_first_place(after)
    body_follows = _body_follows(after)
    # "Date: 5 March", "Issued: …", "Datum: …", "發布日期：…": a field's label, no place
    labelled = before.rstrip(" |\t\u3000").endswith((":", "："))
    place = _clean_place(before) if (body_follows or stands_alone_possible(after)) and not labelled else None
    if place_after is not None:
        place = real_place(place_after.group("place").strip(" ,–—-"))
    if place is None and body_follows and _CJK.search(text[:date.end]):
        place = _zh_place(before, after)
    plain = _without_day_word(_LABEL_OPENING.sub("", before))  # "DATELINE March 3 – The …": a date, no place
    stands_alone = not after.strip(" –—-:|,.") and place is not None and not body_follows
    if not (body_follows or stands_alone) or (place is None and len(plain.strip()) >= 3):
        return None
    closing = re.match(r"\s*[)）】]?", text[date.end:])  # "(May 4, 2023)", "(台北訊，2025年3月3日)"
    dateline_end = date.end + (closing.end() if closing else 0)
    wire = _WIRE.match(after)
    if place_after is not None:
        dateline_end += place_after.end()
    elif wire:
        dateline_end += wire.end()
    return Dateline(date.iso, place, text[:dateline_end].strip(" –—-:"), block.index)


def _date_first_place(after: str) -> re.Match[str] | None:
    """The place of a dateline that opens with its date ("May 3, 2031 — LAKEVIEW —"): written in
    capitals or naming a known region (a mixed-case name after a date may be the story's subject)."""
    match = _PLACE_AFTER_DATE.match(after)
    if match is None:
        return None
    place = match.group("place").strip(" ,")
    return match if place.split(",")[0].isupper() or region_for_place(place) else None


def _zh_place(before: str, after: str) -> str | None:
    """A Chinese dateline's place, after the date ("2025年3月3日，台北（…）") or before it."""
    zh = _ZH_PLACE_AFTER.match(after)
    if zh is None and before:  # the place is all that stands before the date ("北京，", "（台北訊，")
        zh = _ZH_PLACE_BEFORE.fullmatch(before.strip().lstrip("（(【〔［"))
    if zh is None or names_cjk_organisation(zh.group("place")):
        return None  # "2031年5月6日，某某基金會（ABC）宣布": the subject opens the sentence, not a place
    return real_place(zh.group("place"))


def stands_alone_possible(after: str) -> bool:
    """A dateline on a line of its own ends in a dash, a colon or a full stop, with the story below it."""
    return not after.strip() or bool(re.fullmatch(r"\s*(?:[(/][\w .&-]{2,30}[)/])?\s*[–—:.-]+\s*", after))


# Words between a dateline's place and its date: "Paris, le 3 mars", "Berlin, den 3. März",
# "München, Montag, 3. März", "Madrid, lunes 3 de marzo"; particles in lower case ("Toronto, ON" keeps ON).
_PLACE_TAIL = re.compile(
    r"(?:[\s,]+(?:(?-i:" + alternation("DATE_PARTICLES") + ")|" + alternation("WEEKDAYS") + r")\.?)+$", re.I)
_EDGE_PUNCT = "[\\s,:;|/–—\\-，、：；【】〔〕（）(]"  # and the CJK brackets round a place ("【東京】2031年…")
_EDGE_AFTER = re.compile(_EDGE_PUNCT + "+$")
_EDGE_BEFORE = re.compile("^" + _EDGE_PUNCT + "+")
# a sentence's end, or hiragana (a particle ends a phrase, never a place), or a preposition at its end
_NO_PLACE = re.compile(r"[。！？]|[" + HIRAGANA + r"]|\b(?:on|at|in|since|from|until|by|On|At|In|Since|From|Until|By)$")
# A release's label before the date ("Pressemitteilung vom 3. März", "Press release of 3 March",
# "Comunicato stampa, Roma, 3 maggio"), or the word naming the dateline ("DATELINE March 3"): a label,
# never a place's words; nor is the label's number field, filled in or left blank ("NEWS RELEASE
# NO. 6 January 1972", "Media release No. 12/74, 3 May").
_LABEL_OPENING = re.compile(r"^[\s*]*(?:" + alternation("RELEASE_LABELS") + "|" + alternation("DATELINE_LABELS")
                            + r")(?![^\W\d_])(?:\s*(?:no|nr)(?:\.|(?![^\W\d_]))\s*(?:\d+(?:/\d+)?(?!\s*[^\W\d_]))?)?",
                            re.I)


# A word for today after the place: "Milano, oggi 4 maggio", "Lisboa, hoje, 4 de maio".
_TODAY_TAIL = re.compile(r"[\s,]+" + alternation("TODAY_WORDS") + r"$", re.I)


def _without_day_word(before: str) -> str:
    """The text before a date without an end mark, a word for today or a time zone ("Ends/", "今天，",
    "CET"), with the particles and weekday written before the date ("Heute, den 3. Mai", "Am heutigen
    Montag, 3. Mai"): a time zone is never a place."""
    text = _END_MARK.sub("", _EDGE_AFTER.sub("", before)).strip()
    text = _PLACE_TAIL.sub("", text).strip(" ,") or text
    fold = text.casefold()
    return "" if fold in lexicon.words("TODAY_WORDS") or fold in lexicon.words("TIME_ZONE_WORDS") else text


def _clean_place(before: str) -> str | None:
    place = _EDGE_AFTER.sub("", _LABEL_OPENING.sub("", before)).strip()
    if place.startswith(("(", "（")) and place.endswith((")", "）")):
        place = place[1:-1].strip()  # "(Toronto, ON) March 3, 2025 –"
    place = _PLACE_TAIL.sub("", place).rstrip(" ,")
    if _without_day_word(place):  # "Milano, oggi" is Milano; "Am heutigen Montag" is no place
        place = _PLACE_TAIL.sub("", _TODAY_TAIL.sub("", place)).rstrip(" ,") or place
    place = _EDGE_BEFORE.sub("", place)
    parts = place.split(", ")
    while len(parts) > 1 and re.search(r"\d", parts[0]):
        parts.pop(0)  # an event named before the place: "SUMMIT 2031, DENVER, Colo." is DENVER, Colo.
    place = ", ".join(parts)
    if not place or len(place) > 100 or len(place.split()) > 12:
        return None
    if _SENTENCE_END.search(place) or _NO_PLACE.search(place) or ":" in place or "：" in place:
        return None  # a colon inside: a field's label and its value ("Time & Place: 12 PM, May 3, 2031")
    if not place[0].isupper() and not _CJK.match(place) or _reads_as_clause(place):
        return None
    return real_place(place)


# A sentence's end inside the words before a date: not the period of a short abbreviation in a
# place's name ("ST. LOUIS", "Mt. Vernon", "Ft. Worth", "U.S. Virgin Islands").
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z])(?<!\b[A-Z][A-Za-z])\.\s|[!?]\s")


def _reads_as_clause(place: str) -> bool:
    """Words before a date that make a clause, not a place: a place's words are capitalised but for
    a connector or two ("Rio de Janeiro", "Frankfurt am Main"), a sentence's run on in lower case
    ("They are ordered to return to court on May 19")."""
    return sum(1 for word in re.findall(r"[^\W\d_][\w'’-]*", place) if word[0].islower()) >= 3


def real_place(place: str) -> str | None:
    """A place, not what stands where one would: an end mark ("Ends/"), a word for today ("今天"),
    a page's author ("Admin | …"), a time of day ("上午十点"); a Chinese news desk's 訊 is dropped
    ("台北訊" is 台北)."""
    if not _without_day_word(place) or _BYLINE.match(place) or "|" in place or _TIME_OF_DAY.match(place):
        return None
    place = _DISPATCH.sub("", _LABEL_AFTER.sub("", place))
    return _AGENCY.sub("", place) or place or None
