"""The organisation of a contact whose block names none: the one the boilerplate presents.

A contact's e-mail domain is matched against the "About …" parts' organisation names
("quillontx" fits "Quillon Therapeutics"); with one boilerplate, a domain that is no agency's
belongs to it.
"""

from __future__ import annotations

import re
import unicodedata

from .. import structure
from ..model import AboutPart, Block, Contact

__all__ = ["fill_contact_orgs"]

_ARTICLE = re.compile(r"(?i)^(?:the|die|der|das|la|le|les|el|los|l['’])\s*")
_AGENCY_HINT = re.compile(r"^pr|pr$|comms|communication|media|agency|partners|consult|strateg|relations|publicity")
_PUBLIC_SUFFIXES = {"com", "org", "net", "edu", "gov", "co", "ac", "or", "ne", "go", "info", "biz", "io"}


def _about_name(title: str, blocks: list[Block]) -> str | None:
    """The organisation an "About …" part presents, as the release spells it in running text."""
    name = structure.about_subject(title).split(":")[0].strip(" :：")
    name = _ARTICLE.sub("", name).strip()
    if len(name) < 2 or name.lower() in ("us", "uns", "nous", "nosotros", "noi", "this release"):
        return None
    if name.isupper() and not re.search(r"[\u3400-\u9fff]", name):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)
        for block in blocks:
            found = pattern.search(block.text)
            if found and not found.group().isupper():
                return found.group()
    return name


def _domain_label(email: str) -> str:
    labels = email.rpartition("@")[2].lower().split(".")
    while len(labels) > 1 and (labels[-1] in _PUBLIC_SUFFIXES or len(labels[-1]) == 2):
        labels.pop()
    return re.sub(r"[^a-z0-9]", "", labels[-1]) if labels else ""


def _domain_fits(label: str, name: str) -> bool:
    """Does an e-mail domain plausibly belong to the organisation ("quillontx" to "Quillon Therapeutics")?"""
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[a-z0-9]+", plain) if w]
    if not words or len(label) < 2:
        return False
    squashed = "".join(words)
    initials = "".join(w[0] for w in words)
    return (label in (squashed, initials) or (len(label) >= 4 and squashed.startswith(label))
            or (len(words[0]) >= 4 and label.startswith(words[0])))


def fill_contact_orgs(contacts: list[Contact], about: list[AboutPart], blocks: list[Block]) -> None:
    """A contact whose block names no organisation belongs to the one the boilerplate presents,
    when the contact's e-mail domain is that organisation's (or, with one boilerplate, is no agency's)."""
    names = [n for n in (_about_name(a.title, blocks) for a in about) if n]
    if not names:
        return
    for contact in contacts:
        labels = [_domain_label(e) for e in contact.emails]
        if contact.organization:
            # "Nordvik" (spelled by the domain) is "Nordvik Ocean Energy" the boilerplate presents
            longer = [n for n in names if n.startswith(contact.organization + " ")
                      and any(_domain_fits(label, n) for label in labels)]
            if longer and " " not in contact.organization:
                contact.organization = longer[0]
            continue
        fits = [n for n in names if any(_domain_fits(label, n) for label in labels)]
        if fits:
            contact.organization = fits[0]
        elif len(names) == 1 and not any(_AGENCY_HINT.search(label) for label in labels):
            contact.organization = names[0]
