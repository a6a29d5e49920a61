"""A contact card that flattening ran into one line with no spaces between its lines
("Media ContactJane Roejroe@acme.exampleAcme – Public Relations312-555-0142") is read apart:
the name glued to its label, the address glued to the surname it is made of, and the phone glued
to the word before it.

Fixtures of our own: a wire archive's Markdown card and a plain-text one with an international
number, and a case where the letters before the address are no surname's.
"""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = "CHICAGO, May 3, 2031 -- Tarnwell opens a lab with 40 staff."

CARDS = {
    "markdown": ("# Tarnwell Opens a Lab\n\n" + LEAD + "\n\nMedia ContactNora Vestelnvestel@tarnwell.example"
                 "Tarnwell – Public Relations312-555-0142\n", "release.md",
                 ("Nora Vestel", ["+13125550142"], ["nvestel@tarnwell.example"])),
    "plain": ("Tarnwell Opens a Lab\n\n" + LEAD + "\n\nPress ContactOwen Briarowen.briar@tarnwell.example"
              "+44 20 7946 0321\n", "release.txt",
              ("Owen Briar", ["+442079460321"], ["owen.briar@tarnwell.example"])),
}


@pytest.mark.parametrize("style", sorted(CARDS))
def test_a_glued_card_gives_its_name_phone_and_address(style):
    text, name, expected = CARDS[style]
    contacts = parse_release(text, name).contacts
    assert [(c.name, list(c.phones), list(c.emails)) for c in contacts] == [expected]


def test_letters_before_an_address_that_spell_no_name_stay_its_own():
    text = ("# Tarnwell Opens a Lab\n\n" + LEAD + "\n\nMedia Contact: Nora Vestel Newsdesk@tarnwell.example\n")
    contacts = parse_release(text, "release.md").contacts
    assert [list(c.emails) for c in contacts] == [["newsdesk@tarnwell.example"]]
