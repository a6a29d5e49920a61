"""Contacts outside a contact block: a paragraph's closing contact sentence, and where a release
has no block, a card told by its field labels alone, a card of bare lines under the release's label
or closing the release, or a press inbox in a closing sentence.

"For more news, send mail to <press@example.org>", "o envíe un correo a …", "或发送邮件至 …": the
address is a desk (no person), its organisation the one the domain spells in the release.
"""

from __future__ import annotations

import math
import re

from .. import detect, lexicon
from ..model import Block, Contact
from ..text import alternation
from .blocks import _label_intro
from .classify import _is_name, _is_prose, _org_like
from .context import _Context
from .lines import _read_region
from .spans import _email_region, _fold, _has_detail, _mailto, _Span, _spans
from .words import _END_MARK, _FAX_AFTER, _FAX_ALT, _KEEP_ROLES

_INBOX_WORDS = re.compile(r"(?i)(?<![A-Za-z])(?:" + alternation(lexicon.words("INBOX_WORDS"), loose_spaces=True) + ")")
# Japanese hands the address over after it: "<press@…> 宛にメールを送ってください".
_INBOX_AFTER = re.compile(r"[\s>）)」』】]*(?:" + alternation(lexicon.words("INBOX_AFTER_WORDS"), loose_spaces=True) + ")")
# "If you are interested in sponsoring, please contact …": an address for another errand is no press desk.
# Latin words from a word's start ("sponsor" in "sponsoring", not in "cosponsor"), CJK ones anywhere.
_OTHER_ERRAND = re.compile(r"(?i)(?<![A-Za-zÀ-ÿ])(?:" + alternation(lexicon.words("OTHER_ERRAND_WORDS")) + ")")
_SENTENCE_BREAK = re.compile(r"[.!?。！？]\s")
_SENTENCE_START = re.compile(r"(?:[。．！？]|[.!?]\s)\s*")
_FAX_BEFORE = re.compile(r"(?<![A-Za-z])" + _FAX_ALT + r"\W{0,3}$")  # "…, fax 0113 …": searched up to the number
_CLOSING = 0.6  # the share of the release before its closing part, where a body sentence is no desk
_LOOK_BACK = 80  # characters before the address where the handing-over words must stand


def inbox_contacts(blocks: list[Block], ctx: _Context, region: str | None = None) -> list[Contact]:
    """The desk address of the last sentence that hands one over, in the release's closing part,
    with the phones that sentence gives beside it ("… write to press@… or call 0113 …")."""
    closing = math.ceil(len(blocks) * _CLOSING)
    for block in reversed(blocks[closing:] if len(blocks) >= 3 else []):
        if block.role in _KEEP_ROLES or block.role.startswith("contact") or block.kind in ("rule", "image"):
            continue
        text = _fold(block.text)
        for found in detect.emails(text):
            before = text[max(0, found.start - _LOOK_BACK):found.start]
            before = _SENTENCE_BREAK.split(before)[-1]
            if _OTHER_ERRAND.search(before):
                continue
            if _INBOX_WORDS.search(before) or _INBOX_AFTER.match(text, found.end):
                org = ctx.org_for_domain(found.value.partition("@")[2])
                phones = _sentence_phones(text, found, region or ctx.release_region() or _email_region([found.value])
                                         or ctx.clue_region())
                return [Contact(name=None, organization=org, phones=phones, emails=[found.value])]
    return []


def _sentence_phones(text: str, found: detect.Found, region: str | None) -> list[str]:
    """The phone numbers of the sentence ``found`` stands in, a fax's left out."""
    start = max((m.end() for m in _SENTENCE_START.finditer(text, 0, found.start)), default=0)
    end = next((m.start() + 1 for m in _SENTENCE_START.finditer(text, found.end)), len(text))
    sentence = text[start:end]
    out: list[str] = []
    for phone in detect.phones(sentence, region):
        fax = _FAX_BEFORE.search(sentence, 0, phone.start) or _FAX_AFTER.match(sentence, phone.end)
        if phone.value and phone.value not in out and not fax:
            out.append(phone.value)
    return out


_CARD_BARS = 2  # the bars between a card's fields on one line ("Acme AG | Mill Road 4 | Phone: …")


def _text_bars(text: str) -> int:
    return text.count(" | ")


_FIELD_BAR = re.compile(r"\s[|·•]\s")  # the bar or dot a one-line card sets between its fields
_DESK_NAME = 80  # the longest a one-line card's name field may be


def _bare_detail(field: str) -> _Span | None:
    """The field's one phone or e-mail address where it holds that and nothing else, else None."""
    spans = _spans(field, True)
    whole = len(spans) == 1 and spans[0].kind in ("phone", "email") and spans[0].end - spans[0].start == len(field)
    return spans[0] if whole else None


def _one_line_card(text: str) -> bool:
    """A desk's card set on one line with no labels, its name first and every field after the bars a
    bare phone or e-mail ("Press Office of Acme · press@acme.org · +34 …")."""
    fields = [f.strip() for f in _FIELD_BAR.split(text)]
    return (len(fields) >= 3 and 0 < len(fields[0]) <= _DESK_NAME and not _has_detail(fields[0])
            and all(_bare_detail(f) is not None for f in fields[1:]))


def labelled_card(blocks: list[Block], ctx: _Context, region: str | None) -> list[Contact]:
    """Where no intro line names one, the first line that is a card by its field labels alone
    ("Acme Markazi, 12 Bog‘ ko‘chasi Telefon: +998 … elektron pochta: info@…"): two labelled details,
    or a phone and an address with one label among the fields a card sets apart with bars ("Acme AG |
    Mill Road 4 | 80331 Munich | Phone: +49 … | info@…"), or a desk's name with no label before its bare
    phone and address (``_one_line_card``)."""
    for i, block in enumerate(blocks):
        if block.role in _KEEP_ROLES or block.kind in ("rule", "image") or len(block.text) > 400:
            continue
        spans = _spans(_fold(block.text), True)
        kind = _card_kind(block, spans)
        desk = _stacked_desk(blocks, i, ctx, region) if kind is None else []
        if desk:
            return desk
        if kind is not None:
            contacts, marks = _read_region(blocks, [i], region or _email_region(
                [s.value for s in spans if s.kind == "email"]) or ctx.clue_region(), ctx)
            for j, role in marks.items():
                blocks[j].role = role
            return _desk_card(_fold(block.text), contacts) if kind == "desk" else contacts
    return []


_STACKED_DETAILS = 3  # the bare phones and addresses a desk's card stacks under its name, at most
_SENTENCE_WORDS = 4  # a line above ending a sentence of at least these words is the text's, no card's line


def _stacked_card(blocks: list[Block], i: int) -> list[_Span]:
    """The details of a desk's card that stacks its fields as lines with no labels from line ``i``
    ("Prensa Club X" / "prensa@…" / "+54 …"): its name, then only bare phones and e-mail addresses,
    one of each at least, a line each; none where no such card starts at ``i``."""
    name = _fold(blocks[i].text)
    if not 0 < len(name) <= _DESK_NAME or _has_detail(name) or _FIELD_BAR.search(name) or not _card_starts(blocks, i):
        return []
    details: list[_Span] = []
    while i + 1 + len(details) < len(blocks) and len(details) < _STACKED_DETAILS:
        detail = _bare_detail(_fold(blocks[i + 1 + len(details)].text))
        if detail is None:
            break
        details.append(detail)
    return details if {d.kind for d in details} == {"phone", "email"} else []


def _card_starts(blocks: list[Block], i: int) -> bool:
    """Line ``i`` opens a card: what stands above it is no line of one (a person's name, a role), but
    a sentence, a heading, a rule, or nothing."""
    above = blocks[i - 1] if i else None
    text = above.text.rstrip() if above is not None else ""
    return above is None or above.kind != "paragraph" or _is_prose(text) or (
        text.endswith((".", "!", "?", "。", "！", "？")) and len(text.split()) >= _SENTENCE_WORDS)


def _stacked_desk(blocks: list[Block], i: int, ctx: _Context, region: str | None) -> list[Contact]:
    """The desk whose card stacks its fields under its name from line ``i`` (``_stacked_card``), where
    the name ends in an organisation's (``_desk_card``); else nothing."""
    details = _stacked_card(blocks, i)
    if not details:
        return []
    emails = [d.value for d in details if d.kind == "email"]
    lines = list(range(i, i + 1 + len(details)))
    contacts, _ = _read_region(blocks, lines, region or _email_region(emails) or ctx.clue_region(), ctx)
    desk = _desk_card(_fold(blocks[i].text), contacts)
    return desk if desk is not contacts and desk[0].organization else []


def _card_kind(block: Block, spans: tuple[_Span, ...]) -> str | None:
    """"labelled" where the line is a card by its labels, "desk" where it is a desk's one-line card
    with none, else None; either holds a phone and an e-mail address."""
    if {s.kind for s in spans if s.kind in ("phone", "email")} != {"phone", "email"}:
        return None
    labels = sum(1 for s in spans if s.kind == "label" and s.value in ("tel", "mail"))
    if labels >= 2 or (labels == 1 and _text_bars(block.text) >= _CARD_BARS):
        return "labelled"
    return "desk" if not labels and _one_line_card(_fold(block.text)) else None


def _desk_card(line: str, contacts: list[Contact]) -> list[Contact]:
    """A one-line card whose name field ends in an organisation's name, after a desk's words or
    none ("Prensa Ayuntamiento de X", "Newsdesk Acme Trust"), is that organisation's desk, no person:
    one contact with the card's phones and addresses."""
    words = _FIELD_BAR.split(line)[0].split()
    org = next((" ".join(words[k:]) for k in range(len(words) - 1)
                if words[k][:1].isupper() and _org_like(" ".join(words[k:]))), None)
    if org is None or not contacts:
        return contacts
    phones = [p for c in contacts for p in c.phones]
    emails = [e for c in contacts for e in c.emails]
    return [Contact(name=None, organization=org, phones=list(dict.fromkeys(phones)), emails=list(dict.fromkeys(emails)))]


_TAIL = 160  # how far from a paragraph's end its closing contact sentence may start


def tail_contacts(blocks: list[Block], ctx: _Context, region: str | None) -> list[Contact]:
    """Contacts a long paragraph ends with, after a label ("… is based in Oslo. Press contact: Jane
    Roe, jane@…", "…の子会社です。連絡先(英語): <a mailto>…</a>"): the boilerplate's own desk."""
    out: list[Contact] = []
    for block in blocks:
        text = _fold(block.text)
        if block.role != "body" or len(text) > 5000:
            continue
        for start in (m.end() for m in _SENTENCE_START.finditer(text, max(0, len(text) - _TAIL))):
            tail = text[start:]
            intro = _label_intro(tail)
            if intro is None or not intro.rest:
                continue
            label = tail[:len(tail) - len(intro.rest)].strip(" :：")
            html = block.html[block.html.rfind(label):] if label and label in block.html else ""
            piece = Block("paragraph", tail, html=html)
            if _has_detail(tail) or _mailto(piece, set()):
                out.extend(company_of(_read_region([piece], [0], region, ctx)[0], block))
            break
    return out


_COMPANY_LEAD = re.compile(r"^<strong>(?P<lead>.{2,200}?)</strong>")
_TAG = re.compile(r"<[^>]{0,400}>")


def company_of(contacts: list[Contact], paragraph: Block) -> list[Contact]:
    """Cards that close a company's paragraph ("<b>Acme Ltd</b> is … Contact: Jane Roe, …") are that
    company's, as a press kit lists its quoted companies: its bold name is their organisation where
    their lines name none, or only the first word of it ("Acme" for "Acme Ltd")."""
    lead = _COMPANY_LEAD.match(paragraph.html.lstrip())
    name = _TAG.sub("", lead.group("lead")).strip(" :：,") if lead else ""
    if not name or len(name.split()) > 6 or paragraph.text.lstrip()[:len(name)] != name:
        return contacts
    for c in contacts:
        if c.organization is None or name.startswith(c.organization + ","):
            c.organization = name
    return contacts


_CARD_LINES = 10  # the most lines of a closing card
_CARD_LINE = 100  # the longest of them


def _card_line(block: Block) -> bool:
    text = _fold(block.text)
    return (block.kind not in ("rule", "image") and block.role not in _KEEP_ROLES and not block.role.startswith("contact")
            and 0 < len(text) <= _CARD_LINE and "\n" not in text.strip() and not _is_prose(text))


def closing_card(blocks: list[Block], ctx: _Context, region: str | None) -> list[Contact]:
    """The card of bare lines a release closes with, no label above it ("Jane Roe / Communications
    Manager / Acme Trust / 12 Canal Wharf / 0113 … / jane@…"): a person's name, then a phone or an
    e-mail in the lines after it; an end mark, a rule or the page's chrome after it is passed over
    (an archive's footer under a rule: "Jane Roe / 555 … / jane@… / --- / Original release …")."""
    end = len(blocks)
    while end and (blocks[end - 1].role == "chrome" or blocks[end - 1].kind == "rule"
                   or _END_MARK.fullmatch(_fold(blocks[end - 1].text))):
        end -= 1
    start = end
    while start and end - start < _CARD_LINES and _card_line(blocks[start - 1]):
        start -= 1
    first = next((k for k in range(start, end) if _is_name(_fold(blocks[k].text))), None)
    if first is None or not any(_has_detail(blocks[k].text) for k in range(first, end)):
        return []
    idx = list(range(first, end))
    contacts, marks = _read_region(blocks, idx, region or ctx.release_region() or ctx.clue_region(), ctx)
    contacts = [c for c in contacts if c.name]
    if contacts:
        for j, role in marks.items():
            blocks[j].role = role
    return contacts


_OPENING_REACH = 20  # the blocks a release's label may stand in


def _after_date(blocks: list[Block], k: int) -> int:
    """``k``, or the block after it where block ``k`` is a date line alone (the label's date)."""
    from ..structure.dates import find_date  # here: structure's headline rule imports contacts

    text = blocks[k].text.strip() if k < len(blocks) else ""
    found = find_date(text) if text else None
    return k + 1 if found is not None and len(text) - (found.end - found.start) < 5 else k


def _card_run(blocks: list[Block], start: int) -> int | None:
    """The last block with a phone or an e-mail of the card of bare lines opening at ``start`` with a
    person's name, or None."""
    end = start
    while end < len(blocks) and end - start < _CARD_LINES and _card_line(blocks[end]):
        end += 1
    if end == start or not _is_name(_fold(blocks[start].text)):
        return None
    return max((k for k in range(start, end) if _has_detail(blocks[k].text)), default=None)


def opening_card(blocks: list[Block], ctx: _Context, region: str | None) -> list[Contact]:
    """The card of bare lines under a release's label, no label of its own ("For Immediate Release /
    April 2, 2026 / Jane Roe / Spokesperson / Office: … / Cell: …"): a person's name first, the card's
    lines up to its last phone or e-mail before a line that is none of a card's; the label's date
    line is passed over."""
    front = next((k for k, b in enumerate(blocks[:_OPENING_REACH]) if b.role == "front"), None)
    last = None if front is None else _card_run(blocks, start := _after_date(blocks, front + 1))
    if front is None or last is None:
        return []
    contacts, marks = _read_region(blocks, list(range(start, last + 1)), region or ctx.release_region()
                                   or ctx.clue_region(), ctx)
    contacts = [c for c in contacts if c.name and (c.phones or c.emails)]
    if contacts:
        for j, role in marks.items():
            blocks[j].role = role
    return contacts
