"""A card line naming the organisation, then its department ("Kreissparkasse X,
Unternehmenskommunikation"), gives the organisation, not the department, as the contact's.

Fixtures of our own: a savings bank's plain-text card and a municipal utility's Markdown card,
each with the spokesperson's name and role on the line under it.
"""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

CARDS = {
    "plain": ("Stadtsparkasse Haldorf öffnet neue Filiale\n\nHaldorf, 2. März 2026 – Die Stadtsparkasse Haldorf "
              "eröffnet im Frühjahr eine neue Filiale im Ortsteil Nordheim.\n\nKontakt für Medien:\n"
              "Stadtsparkasse Haldorf, Unternehmenskommunikation\nLena Vogt, Pressesprecherin\n"
              "Telefon 05121 40 22 10\npresse@sparkasse-haldorf.example.de\n", "release.txt",
              "Lena Vogt", "Stadtsparkasse Haldorf"),
    "markdown": ("# Stadtwerke Auenfeld bauen Wärmenetz aus\n\nAuenfeld, 9. März 2026 – Die Stadtwerke Auenfeld "
                 "schließen bis 2028 weitere 800 Haushalte an ihr Wärmenetz an.\n\n## Pressekontakt\n\n"
                 "Stadtwerke Auenfeld, Konzernkommunikation  \nTobias Rahn, Pressesprecher  \n"
                 "Telefon 0731 55 01 20  \nrahn@stadtwerke-auenfeld.example.de\n", "release.md",
                 "Tobias Rahn", "Stadtwerke Auenfeld"),
}


@pytest.mark.parametrize("style", sorted(CARDS))
def test_the_organisation_before_its_department_is_the_contacts(style):
    text, name, person, org = CARDS[style]
    contacts = parse_release(text, name).contacts
    assert [(c.name, c.organization) for c in contacts] == [(person, org)]
