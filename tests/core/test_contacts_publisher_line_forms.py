"""The publisher's name set on a line of its own above the headline and printed again over its
press office's details names the organisation, not a person; in words of our own and two styles
(a German plain-text scrape and a Markdown page)."""

from mediakit.core.analyse import parse_release

DE_SCRAPE = """04.06.2031 – 09:40

Feuerwehr Lindenfels

Neue Drehleiter für die Wache Nord

Lindenfels (ots) - Die Feuerwehr hat am Dienstag eine neue Drehleiter mit einer Rettungshöhe von 32 Metern in Dienst gestellt. Das Fahrzeug kostete rund 850.000 Euro und ersetzt eine Leiter aus dem Jahr 2004.

Rückfragen bitte an:
Feuerwehr Lindenfels
Pressestelle
Telefon: 06255 30 4471
"""

MARKDOWN = """Polizeidirektion Auental

Neue Wache am Bahnhof eröffnet

Auental (ots) - Die neue Wache am Bahnhof ist ab Montag rund um die Uhr besetzt; 24 Beamtinnen und Beamte arbeiten dort im Schichtdienst, teilte die Polizeidirektion am Freitag mit.

**Pressekontakt:**

Polizeidirektion Auental

Pressestelle

Telefon: 07121 58 3302

E-Mail: presse@polizei-auental.example.de
"""


def test_the_publishers_line_names_the_contacts_organisation():
    de = parse_release(DE_SCRAPE, name="r.txt")
    assert [(c.name, c.organization) for c in de.contacts] == [(None, "Feuerwehr Lindenfels")]
    md = parse_release(MARKDOWN, name="r.md")
    assert md.title == "Neue Wache am Bahnhof eröffnet"
    assert [(c.name, c.organization) for c in md.contacts] == [(None, "Polizeidirektion Auental")]
