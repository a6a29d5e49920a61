"""Lines of a contact card that name an organisation by its kind: an Austrian city's "Magistrat"
(lexicon de ORG_WORDS) and a sports club's "Club" are the organisation, never the person, even where
the release elsewhere names the organisation without its kind word."""

from mediakit.core.analyse import parse_release

OTS = """Stadt eröffnet neue Stadtteilbibliothek

Graz (OTS) - Die Stadt Graz eröffnet am Montag eine neue Stadtteilbibliothek mit 12.000 Medien.

Rückfragehinweis:
Magistrat Graz, Kommunikation
Mag. Lena Hofbauer
Telefon: +43 316 872 2041
E-Mail: lena.hofbauer@stadt.graz.example
"""

CLUB = """# Harbour City Rowers open a youth boathouse

**HALIFAX, May 3, 2031 --** The Harbour City Rowers opened a boathouse for 200 young members.

"Every child in the city should get on the water," said Maya Tran, president of the Harbour City Rowers.

**Media Contact:**
Ellis Ward
Communications Lead
Harbour City Rowers Club
ellis@harbourcityrowers.example
"""


def contacts(text: str, name: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.organization) for c in parse_release(text, name=name).contacts]


def test_an_austrian_magistrat_line_is_the_organisation_and_the_titled_line_the_person():
    assert contacts(OTS, "bibliothek.txt") == [("Lena Hofbauer", "Magistrat Graz")]


def test_a_club_named_in_full_on_the_card_stays_whole_and_is_no_person():
    assert contacts(CLUB, "boathouse.md") == [("Ellis Ward", "Harbour City Rowers Club")]
