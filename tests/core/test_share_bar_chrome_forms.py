"""A page's share bar (its buttons and nothing else: "Facebook Twitter Email", "Compartir: Facebook |
WhatsApp") is page chrome: a contact block ends at it, and the page's links and footer under it give
no contact. Under the headline, with the story below, it hides nothing.

Fixtures of our own: a US county's news page copied as text (a press line, then the share bar, the
previous and next stories and the courthouse's phone), a Spanish town's page as text, and an English
page with its share bar right under the headline.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release

COUNTY = """Library Board Extends Weekend Hours

PINE HOLLOW, Ore. - The Pine Hollow County Library will open on Sundays from noon to five starting in
September, the library board decided on Tuesday after a year-long trial at two branches.

Media inquiries: Dana Ruiz, Library Communications, 541-555-0148, dana.ruiz@pinehollowlibrary.org

Facebook Twitter Email
Previous Library Hosts Summer Reading Finale
Next County Fair Opens Thursday
Pine Hollow County Courthouse, 200 Main Street, Pine Hollow, OR 97000
Phone: 541-555-0100
"""

TOWN = """El Ayuntamiento amplía el horario de la biblioteca

Villaseca, 3 de junio de 2031. La biblioteca municipal abrirá también los sábados por la tarde a partir de
septiembre, ha anunciado el Ayuntamiento tras una encuesta entre los usuarios.

Contacto de prensa: Laura Gil, 925 55 01 48, prensa@villaseca.es

Compartir: Facebook | WhatsApp | Imprimir
Noticias relacionadas
Ayuntamiento de Villaseca · Plaza Mayor 1 · Tel. 925 55 01 00
"""

TOP = """Harbour Trust opens a new ferry pier

Share: Facebook | X | LinkedIn

SEAPORT, June 3, 2031 - The Harbour Trust opened a new ferry pier on Tuesday, with room for three boats
at a time, and said it would add twelve sailings a day from July.

Media contact: Sam Lee, press@harbourtrust.org
"""


def test_a_contact_block_ends_at_a_share_bar():
    release = parse_release(COUNTY, "hours.txt")
    assert [(c.name, c.phones) for c in release.contacts] == [("Dana Ruiz", ["+15415550148"])]


def test_a_spanish_share_bar_ends_the_contact_block_too():
    release = parse_release(TOWN, "biblioteca.txt")
    assert [c.emails for c in release.contacts] == [["prensa@villaseca.es"]]
    assert all("+34925550100" not in c.phones for c in release.contacts)


def test_a_share_bar_under_the_headline_hides_nothing():
    release = parse_release(TOP, "pier.txt")
    assert release.title == "Harbour Trust opens a new ferry pier"
    assert release.place == "SEAPORT"
    assert [c.name for c in release.contacts] == ["Sam Lee"]


def test_a_wire_s_contacts_after_its_source_line_are_still_contacts():
    text = ("Harbour Trust opens a new ferry pier\n\nSEAPORT, Maine, June 3, 2031 /PRNewswire/ -- The Harbour Trust "
            "opened a new ferry pier on Tuesday, with room for three boats at a time.\n\nThe pier cost $14 million and "
            "took two years to build.\n\nAbout Harbour Trust\n\nThe Harbour Trust runs the port's ferries.\n\n"
            "SOURCE Harbour Trust\n\n"
            "Media: Sam Lee, 207-874-0135, slee@harbourtrust.org\n")
    contacts = parse_release(text, "pier.txt").contacts
    assert [(c.name, c.phones) for c in contacts] == [("Sam Lee", ["+12078740135"])]
