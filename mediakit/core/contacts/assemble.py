"""Putting the items of one contact block's lines together into ``Contact`` cards."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import detect, lexicon
from ..model import Contact
from ..text import alternation
from .classify import _Item
from .context import _Context
from .spans import _domain_fits, _domain_label, _email_region
from .words import _CJK, CJK_OFFICE


@dataclass
class _Card:
    """One contact being put together from the lines of a contact block."""

    name: str | None
    header_org: str | None
    org: str | None = None
    role: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    raw_phones: dict[str, str] = field(default_factory=dict)
    block: int = -1  # the block its name stands in
    desk: str | None = None  # opened by a press desk's line ("Press Office"), no person named yet
    more_orgs: list[str] = field(default_factory=list)  # org lines after the first

    @property
    def has_detail(self) -> bool:
        return bool(self.phones or self.emails)


def _written_as_name(text: str) -> bool:
    """Two words or more, each longer one opening with a capital ("Riverside Museum of Transport",
    "Nordvind A/S"); one word alone ("Curator") is as likely a role."""
    words = [w for w in text.split() if len(w) > 3]
    return len(text.split()) > 1 and bool(words) and all(w[:1].isupper() for w in words)


def _next_kinds(items: list[_Item]) -> list[str | None]:
    """For each item, the kind of the next item after it that is not "other" (one pass from the end)."""
    out: list[str | None] = [None] * len(items)
    nxt: str | None = None
    for k in range(len(items) - 1, -1, -1):
        out[k] = nxt
        if items[k].kind != "other":
            nxt = items[k].kind
    return out


def _name_after_role(items: list[_Item], k: int) -> bool:
    """Whether the next items after the ``k``-th that are of use are a role on its line, then a name."""
    rest = [it for it in items[k + 1:k + 8] if it.kind != "other"]
    return len(rest) >= 2 and rest[0].kind == "role" and rest[0].block == items[k].block and rest[1].kind == "name"


class _Assembler:
    """Items in reading order -> cards: each name, phone or e-mail opens or fills the current card."""

    _handlers: dict[str, Callable[[_Assembler, _Item, str | None], None]]

    def __init__(self, ctx: _Context):
        self.ctx = ctx
        self.cards: list[_Card] = []
        self.card: _Card | None = None
        self.header: str | None = None
        self.header_block = -1  # the block the header's organisation stands in
        self.intro_org: str | None = None
        self.pending_role: str | None = None
        self.last_kind = ""
        self.name_blocks: set[int] = set()  # blocks a card's name stands in
        self.details_ahead = True  # a phone or an e-mail still follows the item at hand
        self.name_after_role = False  # the item at hand is followed by a role on its line, then a name
        self.desk_line: _Card | None = None  # the card a nameless phone line above its name opened

    def run(self, items: list[_Item]) -> list[Contact]:
        following = _next_kinds(items)
        last_detail = max((k for k, it in enumerate(items) if it.kind in ("phone", "email")), default=-1)
        for k, (it, nxt) in enumerate(zip(items, following)):
            self.details_ahead = k < last_detail
            self.name_after_role = _name_after_role(items, k)
            kind = it.kind
            if kind in ("maybe_org", "name") and _office_after(items, k):
                kind = "org"  # "嵐山茶業 企業傳訊部": what the office is of, though it reads as a name
            elif kind == "maybe_org" and k and items[k - 1].kind == "org" and items[k - 1].block == it.block:
                kind = "other"  # "Kreissparkasse X, Unternehmenskommunikation": the organisation's department
            elif kind == "maybe_org":
                kind = self._maybe_org(it, nxt)
            handler = self._handlers.get(kind)
            if handler is not None:
                handler(self, it, nxt)
            if kind != "other":
                self.last_kind = kind
        self._share_desk_line()
        return [c for c in (self._contact(card) for card in _inbox_over_names(self.cards)) if c is not None]

    def _share_desk_line(self) -> None:
        """"Media line: 555-0142 / Jo Pell, jo@… / Al Roe, al@…": the number is each named card's after it with no phone."""
        if self.desk_line is None or self.desk_line not in self.cards:
            return
        for card in self.cards[self.cards.index(self.desk_line) + 1:]:
            if not (card.name and card.emails) or card.phones:
                break
            card.phones = list(self.desk_line.phones)
            card.raw_phones = dict(self.desk_line.raw_phones)

    def _maybe_org(self, it: _Item, nxt: str | None) -> str:
        """A line of no known kind: an organisation over the next name, or on the line of the card's
        name, written as a name is ("Jens Holm | Nordvind A/S", "Fiona Roe, Press Officer, Riverside
        Museum of Transport"); else nothing of use."""
        card = self.card
        if card is None or card.has_detail:
            return "org" if nxt == "name" else "other"
        beside = card.name is not None and card.org is None and card.block == it.block
        return "org" if beside and _written_as_name(it.value or "") else "other"

    def _new(self, name: str | None, role: str | None = None, block: int = -1) -> _Card:
        if name:
            self.name_blocks.add(block)
        self.card = _Card(name, self.header, role=role, block=block)
        self.cards.append(self.card)
        return self.card

    def _heading(self, it: _Item, nxt: str | None) -> None:
        if it.value:
            self.intro_org = it.value
        self.card, self.header = None, None

    def _desk(self, it: _Item, nxt: str | None) -> None:
        """A press desk's line: after a name with no details yet, that name's role (or, where the
        name is the publisher's, "Acme Ferries, Press Office", the desk's organisation); else a
        nameless card opens."""
        card = self.card
        if card is not None and card.name and not card.has_detail:
            if self.ctx.names_publisher(card.name) and card.org is None:
                card.org, card.name, card.desk = card.name, None, it.value
            elif card.role is None:
                card.role, card.org = it.value, card.org or it.raw
            return
        card = self._new(None)
        card.desk, card.org = it.value, it.raw

    def _desk_name(self, card: _Card, it: _Item) -> None:
        """A name under a desk's line: the publisher ("Press Office / Acme Ferries") or the desk's person."""
        if card.org is None and self.ctx.names_publisher(it.value or ""):
            card.org = it.value
            return
        card.name, card.desk = it.value, None
        self.name_blocks.add(it.block)

    def _name(self, it: _Item, nxt: str | None) -> None:
        card = self.card
        if card is not None and card.desk and card.name is None and not card.has_detail:
            self._desk_name(card, it)
            return
        if card is not None and card.name is None and card.has_detail and not self.details_ahead \
                and len(self.cards) == 1:
            # "Acme Corp · Tel … · Email … · Jane Roe · CFO": the card signed at its end
            card.name = it.value
            self.name_blocks.add(it.block)
            return
        if card is not None and self._desk_line_above(card, it, nxt):
            # "Media line: 555-0142 / Jo Pell: jo@…": the person takes the desk's number
            card.name = it.value
            self.desk_line = card
            self.name_blocks.add(it.block)
            return
        if card is not None and card.name and not card.has_detail and card.org is None:
            # Two name-like lines in a row: one of them is an organisation.
            if it.strong is False and (self.ctx.mentions(card.name) > self.ctx.mentions(it.value or "")):
                self.header = card.name
                self.cards.remove(card)
                self._new(it.value, block=it.block)
            else:
                card.org = it.value
        else:
            self._new(it.value, self.pending_role, it.block)
        self.pending_role = None

    def _desk_line_above(self, card: _Card, it: _Item, nxt: str | None) -> bool:
        """The only card so far is a nameless line of one phone, and the name has its e-mail after it."""
        return card.name is None and len(card.phones) == 1 and not card.emails \
            and len(self.cards) == 1 and self.last_kind == "phone" and nxt == "email" and it.block != card.block

    def _org(self, it: _Item, nxt: str | None) -> None:
        parent = self._office_parent(it)
        if parent:  # "株式会社Acme 広報部": the office is a desk of the organisation before it
            self._desk(_Item("desk", it.value, block=it.block, raw=parent), nxt)
            return
        card = self.card
        if nxt == "name" and (card is None or card.has_detail or card.org) or self._opens_next_card(nxt):
            self.card = None if nxt == "role" else card
            self.header = self._with_parent_org(it)
        elif nxt == "desk" and card is not None and card.has_detail:
            self.card, self.header = None, it.value  # "Acme University / Press Office / …": the next card's
        elif card is not None and card.has_detail and nxt in ("phone", "email"):
            self.card, self.header = None, _desk_org(it.value or "")  # "Acme Press Office 0412 …": a desk
        elif card is not None and card.org is None:
            card.org = it.value
        elif card is None:
            self.header = it.value
            self.header_block = it.block
        elif not card.has_detail and it.value:
            card.more_orgs.append(it.value)  # "College of X / University of Y": the domain chooses

    def _opens_next_card(self, nxt: str | None) -> bool:
        """An organisation line with its role beside it and a name after it, below a card that has its
        details ("Nichols PR (Global Press Contact) / Jay Nichols / …"): the next card's."""
        return nxt == "role" and self.card is not None and self.card.has_detail and self.name_after_role

    def _office_parent(self, it: _Item) -> str | None:
        """The organisation an office line is of ("株式会社Acme 広報部", "港灣協會 傳訊部"): the one named
        right before it in Chinese or Japanese; the office (広報部, 傳訊部) names where the person works,
        the organisation whom they speak for."""
        if self.last_kind not in ("org", "desk") or not it.value or not CJK_OFFICE.search(it.value):
            return None
        card = self.card
        parent = card.org if card is not None and card.org and not card.has_detail else self.header
        if not parent or not _CJK.search(parent) or CJK_OFFICE.search(parent):
            return None
        return parent

    def _with_parent_org(self, it: _Item) -> str | None:
        """An office named after its organisation on the line of a name, as Japanese and Chinese
        write it ("市役所 広報課 NAME"): the two are the card's organisation, as written."""
        parent, same_line = self.header, self.header_block == it.block
        self.header_block = it.block
        if self.last_kind == "org" and same_line and parent and it.value and parent != it.value \
                and _CJK.search(parent) and _CJK.search(it.value):
            return f"{parent} {it.value}"
        return it.value

    def _shared_org(self, it: _Item, nxt: str | None) -> None:
        for card in self.cards:
            card.org = it.value

    def _paren_org(self, it: _Item, nxt: str | None) -> None:
        card = self.card
        if card is not None and card.org is None:
            card.org = it.value
        else:
            self._org(it, nxt)

    def _role(self, it: _Item, nxt: str | None) -> None:
        card = self.card
        if card is not None and card.has_detail and self.last_kind == "name" and not self.details_ahead \
                and card.role is None and card.name:
            card.role = it.value  # the signer's title after the name that closes the card
            return
        if card is None or card.has_detail:
            self.pending_role = it.value
        elif card.role is None:
            card.role = it.value
        elif self.last_kind == "role":
            card.role = f"{card.role}, {it.value}"

    def _phone(self, it: _Item, nxt: str | None) -> None:
        card = self.card or self._new(None)
        if it.value not in card.phones:
            card.phones.append(it.value or "")
            if it.raw:
                card.raw_phones[it.value or ""] = it.raw

    def _email(self, it: _Item, nxt: str | None) -> None:
        sharing = self._sharing(it, nxt)
        if len(sharing) >= 2:
            for other in sharing:  # "Email: desk@…" under two people with a phone each: theirs both
                other.emails.append(it.value or "")
            return
        card = self.card
        if card is None or (card.name is None and card.emails and it.value not in card.emails):
            card = self._new(None)
        if it.value not in card.emails:
            card.emails.append(it.value or "")

    def _sharing(self, it: _Item, nxt: str | None) -> list[_Card]:
        """The cards a lone e-mail line after them serves: the run of named cards with phones and no
        e-mail of their own just before it, when no one else follows."""
        if nxt in ("name", "phone"):
            return []
        run: list[_Card] = []
        for card in reversed(self.cards):
            if not (card.name and card.phones and not card.emails):
                break
            run.append(card)
        if it.block in self.name_blocks and not _inbox_under_names(run, it):
            return []
        return run[::-1]

    def _contact(self, card: _Card) -> Contact | None:
        if not card.has_detail:
            return None
        org = _domain_choice(card) or card.org or card.header_org or self.intro_org
        if org and card.name is None:
            org = _desk_org(org)  # a desk's org: "Acme PR" is Acme's
        for email in card.emails if org is None else ():
            org = self.ctx.org_for_domain(email.partition("@")[2])
            if org:
                break
        phones = _own_country(card)
        if not (phones or card.emails):
            return None
        return Contact(name=card.name, organization=org, role=card.role, phones=phones, emails=list(card.emails))


_Assembler._handlers = {
    "heading": _Assembler._heading, "name": _Assembler._name, "org": _Assembler._org,
    "paren_org": _Assembler._paren_org, "shared_org": _Assembler._shared_org,
    "role": _Assembler._role, "desk": _Assembler._desk, "phone": _Assembler._phone, "email": _Assembler._email,
}


def _office_after(items: list[_Item], k: int) -> bool:
    """An office of an organisation follows item ``k`` on its line ("嵐山茶業 企業傳訊部"): ``k`` names it."""
    nxt = items[k + 1] if k + 1 < len(items) else None
    return nxt is not None and nxt.kind == "org" and nxt.block == items[k].block and bool(
        nxt.value and CJK_OFFICE.search(nxt.value) and _CJK.search(items[k].value or ""))


def _inbox_under_names(run: list[_Card], it: _Item) -> bool:
    """An e-mail after two or more people's lines, each with a phone, in the last one's block ("Jane
    Roe, CFO, 555-0142 / Max Mohr, IR, 555-0188 / investors@…"): the people's shared inbox, not the
    last one's own address, which would spell that person's name."""
    local = (it.value or "").partition("@")[0].lower()
    last = [w for w in re.split(r"[\W_]+", (run[0].name or "").lower()) if len(w) > 1] if run else []
    return len(run) >= 2 and not any(w in local for w in last)


def _inbox_over_names(cards: list[_Card]) -> list[_Card]:
    """An e-mail alone at the head of a block, over two or more people's lines each with a phone and
    no address ("E-mail / press@… / Phone / Jane Roe (Acme) 555-0142 / Max Mohr (Acme) 555-0188"):
    the people's shared inbox, theirs each, no contact of its own."""
    head, people = (cards[0], cards[1:]) if cards else (None, [])
    if head is None or head.name or head.desk or head.phones or not head.emails or len(people) < 2 \
            or not all(c.name and c.phones and not c.emails for c in people):
        return cards
    for card in people:
        card.emails = list(head.emails)
    return people


def _assemble(items: list[_Item], ctx: _Context) -> list[Contact]:
    return _inbox_above_names(_Assembler(ctx).run(items))


def _inbox_above_names(contacts: list[Contact]) -> list[Contact]:
    """An address alone before two or more people's lines that carry only phones ("E-mail /
    media@… / Phone / Jane Roe 555-0142 / Max Mohr 555-0188"): their shared inbox, not a desk's."""
    if len(contacts) < 3:
        return contacts
    head, people = contacts[0], contacts[1:]
    if head.name or head.phones or len(head.emails) != 1 or not all(p.name and p.phones and not p.emails for p in people):
        return contacts
    for person in people:
        person.emails = list(head.emails)
        person.organization = person.organization or head.organization
    return people


_DESK_TAIL = re.compile(
    r"(?i)\s+(?:media(?:\s+(?:desk|office|team|line))?|press(?:\s+(?:desk|office|team))?|pr(?:\s+team)?|newsroom)$")


def _domain_choice(card: _Card) -> str | None:
    """Of a card's several org lines, the one its e-mail domain spells ("uni-x.edu": "University of X")."""
    if not card.more_orgs or card.org is None:
        return None
    labels = [_domain_label(e) for e in card.emails]
    return next((o for o in [card.org, *card.more_orgs] if any(_domain_fits(lb, o) for lb in labels)), None)


_LEAD_ARTICLE = re.compile(r"^(?i:" + alternation(lexicon.words("DEFINITE_ARTICLES")) + r")\s+(?=[A-ZÀ-Þ])")


def _desk_org(org: str) -> str:
    """The organisation of a desk line: "Acme Media" -> "Acme", "the Acme press office" -> "Acme"."""
    cut = _DESK_TAIL.sub("", org)
    return (_LEAD_ARTICLE.sub("", cut) if cut != org else cut) or org


_UNREAD = "?"  # marks a phone that did not read in the guessed country


def _own_country(card: _Card) -> list[str]:
    """Phones read in a guessed country, read again in the country of the card's own e-mail."""
    own = _email_region(card.emails) if card.raw_phones else None
    phones: list[str] = []
    for value in card.phones:
        raw = card.raw_phones.get(value)
        again = detect.normalise_phone(raw, own) if raw and own else None
        if again is None and value.startswith(_UNREAD):
            continue
        if (again or value) not in phones:
            phones.append(again or value)
    return phones
