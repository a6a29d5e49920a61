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

from ..detect import normalise_phone
from ..model import Block, Contact
from .blocks import _collect_region, _Intro, _intro, is_contact_line, org_over_card
from .classify import _is_name
from .context import _Context
from .inbox import closing_card, company_of, inbox_contacts, labelled_card, opening_card, tail_contacts
from .lines import _read_region
from .orgs import fill_contact_orgs
from .spans import _domain_region, _fold, _name_key
from .words import _HIDDEN_EMAIL, _KEEP_ROLES

__all__ = ["HIDDEN_EMAIL_WARNING", "extract_contacts", "fill_contact_orgs", "is_contact_line", "normalise_phone"]


def _same(a: Contact, b: Contact) -> bool:
    if a.name and b.name:
        return _name_key(a.name) == _name_key(b.name)
    return bool(set(a.emails) & set(b.emails))


def _fold_into(same: Contact, c: Contact) -> None:
    """``c`` read again elsewhere: its details join ``same``; the fuller card's organisation wins."""
    if same.name is None and c.name:
        same.name = c.name
    fuller = len(c.phones) + len(c.emails) > len(same.phones) + len(same.emails)
    same.organization = (c.organization or same.organization) if fuller else (same.organization or c.organization)
    same.role = same.role or c.role
    same.phones.extend(p for p in c.phones if p not in same.phones)
    same.emails.extend(e for e in c.emails if e not in same.emails)


def _merge(contacts: list[Contact]) -> list[Contact]:
    out: list[Contact] = []
    for c in contacts:
        same = next((o for o in out if _same(c, o)), None)
        if same is None:
            out.append(c)
        else:
            _fold_into(same, c)
    return out


_WIRE_SOURCE = re.compile(r"SOURCE\s+\S")
HIDDEN_EMAIL_WARNING = ("A contact's e-mail address is hidden in this copy ('[email protected]', a web page's "
                        "spam guard): the name and phone are shown without it.")


def extract_contacts(blocks: list[Block], region: str | None = None,
                     warnings: list[str] | None = None) -> list[Contact]:
    """The media, press and investor contacts of a release, in reading order, each once.

    ``region`` (ISO 3166 alpha-2, e.g. "HK") reads numbers written without a country code.
    The blocks used get ``role = "contact_heading"`` (a bare intro or label line) or ``"contact"``.
    A contact whose address the copy hides adds a line to ``warnings``.
    """
    contacts = _extract(blocks, region)
    if warnings is not None and any(b.role.startswith("contact") and _HIDDEN_EMAIL.search(b.text) for b in blocks):
        warnings.append(HIDDEN_EMAIL_WARNING)
    return contacts


def _intro_at(blocks: list[Block], i: int) -> _Intro | None:
    """The intro the ``i``-th block makes: a label or lead-in, or an organisation's name over a card."""
    if blocks[i].role in _KEEP_ROLES:
        return None
    return _intro(blocks[i]) or org_over_card(blocks, i)


def _closing_company(blocks: list[Block], start: int, idx: list[int], contacts: list[Contact]) -> list[Contact]:
    """A one-line card right after a paragraph, cut off the company paragraph it closed (``company_of``)."""
    before = blocks[start - 1] if start else None
    if len(idx) == 1 and before is not None and before.role == "body" and before.kind == "paragraph":
        return company_of(contacts, before)
    return contacts


def _extract(blocks: list[Block], region: str | None) -> list[Contact]:
    ctx = _Context(blocks)
    found: list[Contact] = []
    i = 0
    done = 0  # blocks before this one belong to a contact block already read
    while i < len(blocks):
        if found and _WIRE_SOURCE.match(blocks[max(i - 1, 0)].text):
            break  # after "SOURCE Acme Corp" the wire's own page follows: its phones are no release's contact
        intro = _intro_at(blocks, i)
        if intro is None:
            i += 1
            continue
        start = i
        if intro.roleish and i - 1 >= done and blocks[i - 1].role not in _KEEP_ROLES \
                and _is_name(_fold(blocks[i - 1].text)):
            start = i - 1  # "Jane Doe / Investor Relations / ...": a role, not a heading
        idx = _collect_region(blocks, start)
        guess = None if region else _domain_region(blocks, idx) or ctx.release_region() or ctx.clue_region()
        contacts, marks = _read_region(blocks, idx, region or guess, ctx, guess is not None)
        contacts = _closing_company(blocks, start, idx, contacts)
        if contacts:
            found.extend(contacts)
            for j, role in marks.items():
                blocks[j].role = role
        i = done = max(idx) + 1
    found.extend(tail_contacts(blocks, ctx, region))
    return _merge(found) or labelled_card(blocks, ctx, region) or opening_card(blocks, ctx, region) \
        or closing_card(blocks, ctx, region) or inbox_contacts(blocks, ctx, region)
