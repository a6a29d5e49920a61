"""Damaged Markdown whose contact card lost the blank line above it, so its short lines (a label,
a name, a phone, an address) run on under the last paragraph's closing sentence: the card is read
apart from the paragraph, line by line, and its label titles a part of its own. Words of our own,
in two styles (a German engineering firm's news, an English museum's release)."""

from mediakit.core.analyse import parse_release

FIRM = """# Kessler Antriebe liefert Getriebe für Fähren

Kiel, 3. Juni 2031 – Die Kessler Antriebe GmbH liefert Getriebe für vier neue Fähren der Reederei Nordsund.
Die Kessler Antriebe GmbH fertigt Getriebe für Schiffe und beschäftigt 820 Menschen an zwei Standorten.
Medienkontakt
Jonas Petersen
Tel.: +49 431 5567 201
E-Mail: presse@kessler-antriebe.de
"""

MUSEUM = """# Harbour Museum opens a gallery of ship models

DUNMORE, 3 June 2031 - The Harbour Museum will open a new gallery of 60 ship models on Saturday.
The museum is free to visit and welcomed more than 90,000 visitors last year, its busiest on record.
Press enquiries
Maria Costa
+44 1632 960 771
maria.costa@harbourmuseum.org.uk
"""


def test_a_card_glued_under_a_german_paragraph_is_read_apart():
    release = parse_release(FIRM, name="kessler.md")
    assert [(c.name, c.phones, c.emails) for c in release.contacts] == [
        ("Jonas Petersen", ["+494315567201"], ["presse@kessler-antriebe.de"])]
    assert "Medienkontakt" in [s.title for s in release.sections]


def test_a_card_glued_under_an_english_paragraph_is_read_apart():
    release = parse_release(MUSEUM, name="museum.md")
    assert [(c.name, c.phones) for c in release.contacts] == [("Maria Costa", ["+441632960771"])]
    assert "Press enquiries" in [s.title for s in release.sections]
