"""A contact card's organisation line ending in another country's legal form is the organisation.

Fixtures of our own: a German swimming-pool club's plain-text card ("… e. V.", spaced as many
write it, the club's kind ending a compound: "Förderverein"), and a Spanish winery's and an
Italian co-operative's Markdown cards ("S. L.", "… del Monferrato S.p.A.": a name's particle
in lower case does not start another line run on).
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def _contact(text, name):
    release = parse_release(text, name)
    assert release.contacts, "the card is read as a contact"
    return release.contacts[0]


def test_a_german_clubs_card_names_the_club_by_its_spaced_legal_form():
    contact = _contact(
        "Förderverein rettet das Stadtbad\n\nLindau, 4. Mai 2026 – Der Förderverein hat genug Spenden gesammelt, "
        "um das alte Stadtbad im Sommer wieder zu öffnen.\n\nKontakt\nFörderverein Stadtbad Lindau e. V.\n"
        "Telefon 08382 94 12 30\nvorstand@stadtbad-lindau.de\n", "verein.txt")
    assert contact.organization == "Förderverein Stadtbad Lindau e. V."
    assert contact.emails == ["vorstand@stadtbad-lindau.de"]


def test_spanish_and_italian_cards_name_their_companies_by_their_legal_forms():
    spanish = _contact(
        "# Bodegas Valdemoro amplía su bodega\n\nLogroño, 2 de junio de 2026. La bodega invertirá en una nueva nave "
        "de crianza para sus vinos.\n\n## Contacto de prensa\n\nBodegas Valdemoro S. L.  \nTel. 941 22 45 10  \n"
        "prensa@bodegasvaldemoro.es\n", "nota.md")
    assert spanish.organization == "Bodegas Valdemoro S. L."
    italian = _contact(
        "# La Cantina Colli Alti apre un nuovo punto vendita\n\nAsti, 9 giugno 2026 – La cantina apre un punto "
        "vendita nel centro storico.\n\n## Ufficio stampa\n\nCantine Riunite del Monferrato S.p.A.  \nTel. 0141 55 21 90  \n"
        "stampa@collialti.it\n", "comunicato.md")
    assert italian.organization == "Cantine Riunite del Monferrato S.p.A."
