"""Media contacts as vCard 3.0, written with vobject (imported only when a card is saved).

Phones are written in international form (``+852 3166 3841``) using the release's
region for numbers printed without a country code.
"""

from __future__ import annotations

from pathlib import Path

from ..core.model import Contact
from .texts import international_phone


def contact_vcard(contact: Contact, region: str | None = None) -> str:
    """One contact as a vCard 3.0 text."""
    import vobject

    card = vobject.vCard()
    name = (contact.name or contact.organization or "Media contact").strip()
    card.add("fn").value = name
    words = name.split()
    if contact.name and len(words) > 1:
        card.add("n").value = vobject.vcard.Name(family=words[-1], given=" ".join(words[:-1]))
    else:
        card.add("n").value = vobject.vcard.Name(family=name)
    if contact.organization:
        card.add("org").value = [contact.organization.strip()]
    if contact.role:
        card.add("title").value = contact.role.strip()
    for phone in contact.phones:
        tel = card.add("tel")
        tel.value = international_phone(phone, region)
        tel.type_param = "WORK"
    for email in contact.emails:
        mail = card.add("email")
        mail.value = email.strip()
        mail.type_param = "INTERNET"
    return card.serialize()


def contacts_vcard(contacts: list[Contact], region: str | None = None) -> str:
    """Several contacts in one .vcf text, one card after another."""
    return "".join(contact_vcard(c, region) for c in contacts)


def write_vcard(path: str | Path, contacts: list[Contact], region: str | None = None) -> None:
    """Save the contacts as one vCard file, atomically like every export."""
    from ..core.atomic import write_atomically

    write_atomically(path, contacts_vcard(contacts, region).encode("utf-8"))


def suggested_file_name(contacts: list[Contact]) -> str:
    if len(contacts) == 1 and contacts[0].name:
        stem = "".join(ch if ch.isalnum() or ch in " -_" else "" for ch in contacts[0].name).strip()
        return f"{stem or 'contact'}.vcf"
    return "media-contacts.vcf"
