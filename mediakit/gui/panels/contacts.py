"""Media contacts tab: a card per contact, every phone and email one click to copy or to dial/mail.

"Copy all" gives a clean text block; "Save vCard…" writes a vCard 3.0 file (one card or
all of them) with phones in international form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QWidget

from ...core.model import Contact
from .. import clipboard, dialogs
from ..texts import contact_text, contacts_text, international_phone
from .cards import MAX_CARDS, Card, CardList, label, push_button, tool_button

VCARD_FILTER = "vCard files (*.vcf);;All files (*)"


class ContactCard(Card):
    """One contact: name, role, organisation, each phone and email with its own copy button."""

    saveRequested = Signal(list)

    def __init__(self, contact: Contact, region: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact = contact
        self.region = region
        name = contact.name or contact.organization or "Media contact"
        self.setAccessibleName(f"Contact {name}")
        self.name_label = label(name, self, bold=True, size_delta=1.5, selectable=True)
        self.name_label.setObjectName("contactName")
        self.layout_.addWidget(self.name_label)
        for text, object_name in ((contact.role, "contactRole"), (contact.organization, "contactOrganization")):
            if text and text != name:
                line = label(text, self, muted=True, selectable=True)
                line.setObjectName(object_name)
                self.layout_.addWidget(line)
        self.phone_buttons = []
        self.email_buttons = []
        for phone in contact.phones:
            number = international_phone(phone, region)
            self._add_row(number, f"tel:{number.replace(' ', '')}", "fa6s.phone", "phone", self.phone_buttons)
        for email in contact.emails:
            self._add_row(email, f"mailto:{email}", "fa6s.envelope", "email", self.email_buttons)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.copy_all_button = tool_button(self, "Copy all", f"Copy all details of {name}", "fa6s.copy",
                                           self.copy_all, "copyContact")
        self.save_button = tool_button(self, "Save vCard…", f"Save {name} as a vCard", "fa6s.id-card",
                                       lambda: self.saveRequested.emit([self.contact]), "saveContactVcard")
        row.addWidget(self.copy_all_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def _add_row(self, text: str, url: str, icon: str, kind: str, buttons: list) -> None:
        row = QHBoxLayout()
        row.setSpacing(4)
        what = "Phone" if kind == "phone" else "Email"
        action = "Call" if kind == "phone" else "Email"
        link = push_button(self, text, f"{action} {text}", icon, lambda: QDesktopServices.openUrl(QUrl(url)),
                           f"{kind}Link")
        link.setFlat(True)
        link.setStyleSheet("text-align: left; padding: 2px 4px; color: palette(link); border: none;")
        copy = tool_button(self, "Copy", f"Copy {what.lower()} {text}", "fa6s.copy",
                           lambda: clipboard.copy_text(text, what), f"copy{what}")
        row.addWidget(link, 1)
        row.addWidget(copy)
        buttons.append((link, copy))
        self.layout_.addLayout(row)

    def copy_main(self) -> None:
        self.copy_all()

    def copy_all(self) -> None:
        clipboard.copy_text(contact_text(self.contact, self.region), "Contact")


class ContactsTab(CardList):
    """All media contacts, with "Copy all contacts" and "Save all as vCard…" on top."""

    message = Signal(str)

    def __init__(self, contacts: list[Contact], region: str | None, parent: QWidget | None = None):
        super().__init__("Media contacts", parent)
        self.setObjectName("contactsTab")
        self.contacts = contacts
        self.region = region
        self.folder = str(Path.home())
        self.cards: list[ContactCard] = []
        if contacts:
            header = QWidget(self.inner)
            row = QHBoxLayout(header)
            row.setContentsMargins(0, 0, 0, 0)
            self.copy_all_button = push_button(header, "Copy all", "Copy all contacts as text", "fa6s.copy",
                                               self.copy_all, "copyAllContacts")
            self.save_all_button = push_button(header, "Save all as vCard…", "Save all contacts as one vCard file",
                                               "fa6s.download", lambda: self.ask_save(self.contacts),
                                               "saveAllVcard")
            row.addWidget(self.copy_all_button)
            row.addWidget(self.save_all_button)
            row.addStretch(1)
            self.add(header)
        steps = [lambda c=contact: self._add_card(c) for contact in contacts[:MAX_CARDS]]
        steps.append(lambda: self.more_note(len(self.cards), len(contacts), "contacts"))
        if not contacts:
            steps.append(lambda: self.empty_note("No media contacts were found in this release."))
        self.add_in_turns(steps)

    def _add_card(self, contact: Contact) -> None:
        card = ContactCard(contact, self.region, self.inner)
        card.saveRequested.connect(self.ask_save)
        self.cards.append(card)
        self.add(card)

    def copy_all(self) -> None:
        clipboard.copy_text(contacts_text(self.contacts, self.region), "All contacts")

    def ask_save(self, contacts: list[Contact]) -> QFileDialog:
        from ..vcard import suggested_file_name

        suggested = str(Path(self.folder) / suggested_file_name(contacts))
        return dialogs.ask_save_path(self, "Save vCard", suggested, VCARD_FILTER,
                                     lambda path: self.save(path, contacts))

    def save(self, path: str, contacts: list[Contact]) -> bool:
        from ..vcard import write_vcard

        try:
            write_vcard(path, contacts, self.region)
        except OSError as exc:
            dialogs.show_error(self, "Could not save the vCard", f"{path}: {exc.strerror or exc}")
            return False
        self.message.emit(f"Saved {len(contacts)} contact(s) to {Path(path).name}")
        return True
