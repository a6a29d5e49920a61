"""The organisation of a contact whose block names none: the one the boilerplate presents.

A contact's e-mail domain is matched against the "About …" parts' organisation names
("quillontx" fits "Quillon Therapeutics"); with one boilerplate, a domain that is no agency's
belongs to it.
"""

from __future__ import annotations

import re

from .. import lexicon, structure
from ..model import AboutPart, Block, Contact
from ..text import HAN, alternation
from .spans import _domain_fits, _domain_label

__all__ = ["fill_contact_orgs"]

# "The Acme Trust", "L'Atelier": an article before the name, never the first letters of one ("Larchmont").
_ARTICLE = re.compile(r"^(?i:(?:" + alternation(lexicon.words("DEFINITE_ARTICLES")) + r")\s+|l['’]\s*)")
_AGENCY_HINT = re.compile(r"^pr|pr$|comms|communication|media|agency|partners|consult|strateg|relations|publicity")


def _about_name(title: str, text: str, blocks: list[Block]) -> str | None:
    """The organisation an "About …" part presents, as the release spells it in running text."""
    name = structure.about_subject(title, text).split(":")[0].strip(" :：")
    name = _ARTICLE.sub("", name).strip()
    if len(name) < 2 or name.lower() in ("us", "uns", "nous", "nosotros", "noi", "this release"):
        return None
    if name.isupper() and not re.search(f"[{HAN}]", name):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)
        for block in blocks:
            found = pattern.search(block.text)
            if found and not found.group().isupper():
                return found.group()
    return name


def _org_from_about(contact: Contact, names: list[str]) -> str | None:
    """The boilerplate's organisation for ``contact``: the one its e-mail domain spells (or, with one
    boilerplate, the only one when the domain is no agency's); a one-word org grows into the
    boilerplate's longer name the domain spells ("Nordvik" -> "Nordvik Ocean Energy")."""
    labels = [_domain_label(e) for e in contact.emails]
    org = contact.organization
    if org:
        longer = [n for n in names if n.startswith(org + " ") and any(_domain_fits(label, n) for label in labels)]
        return longer[0] if longer and " " not in org else org
    fits = [n for n in names if any(_domain_fits(label, n) for label in labels)]
    if fits:
        return fits[0]
    if len(names) == 1 and not any(_AGENCY_HINT.search(label) for label in labels):
        return names[0]
    return None


_LEGAL_TAIL = r"(?:Inc|Co|Corp|Corporation|Company|Ltd|Limited|LLC|L\.L\.C|LLP|plc|PLC|AG|GmbH|SE|S\.A|N\.V|B\.V|K\.K)\b\.?"
_MAX_LEGAL_LOOKUPS = 20
# Legal forms written before or after the name ("株式会社 Acme", "Acme株式会社").
_LEGAL_FORM = "(?:" + alternation(lexicon.words("LEGAL_FORMS")) + ")"


def _legal_name(org: str, text: str) -> str:
    """The full legal name ``text`` (the contact blocks) gives a short one ("Brightwater" ->
    "Brightwater, Lyle and Co.", "Acme" -> "株式会社 Acme"), the most frequent (then longest) where it
    gives several; else ``org``."""
    if len(org) < 2 or len(org.split()) > 2 or re.search(_LEGAL_TAIL + "$", org) or re.search(_LEGAL_FORM, org):
        return org
    name = re.escape(org)
    pattern = re.compile(r"(?<![\w&])" + name + r"(?:,?\s(?:[A-Z][\w&'’\-]*|and|&|of)){0,4}?,?\s" + _LEGAL_TAIL
                         + "|" + _LEGAL_FORM + r"\s?" + name + r"|(?<![\w&])" + name + r"\s?" + _LEGAL_FORM)
    counts: dict[str, int] = {}
    for found in pattern.finditer(text):
        counts[found.group()] = counts.get(found.group(), 0) + 1
    return max(counts, key=lambda k: (counts[k], len(k))) if counts else org


def fill_contact_orgs(contacts: list[Contact], about: list[AboutPart], blocks: list[Block],
                      site: str | None = None) -> None:
    """A contact whose block names no organisation belongs to the one the boilerplate presents,
    when the contact's e-mail domain is that organisation's (or, with one boilerplate, is no agency's);
    a desk named for no one and no organisation belongs to the ``site`` whose page it is on;
    a short name is written as the full legal name the contact blocks use for it ("both of …")."""
    names = [n for n in (_about_name(a.title, a.text, blocks) for a in about) if n]
    text = "\n".join(b.text for b in blocks if b.role.startswith("contact"))
    legal: dict[str, str] = {}
    for contact in contacts:
        if names:
            contact.organization = _org_from_about(contact, names)
        if site and contact.organization is None and contact.name is None:
            contact.organization = site
        org = contact.organization
        if org and (org in legal or len(legal) < _MAX_LEGAL_LOOKUPS):
            legal[org] = legal.get(org) or _legal_name(org, text)
            contact.organization = legal[org]
