"""Contacts: surnames elided with an apostrophe before their capital ("O’Neil", "D’Amico") are names.

Every release here is made up (names, organisations, numbers).
"""

from mediakit.core.analyse import parse_release


def cards(release):
    return [(c.name, c.organization, c.phones, c.emails) for c in release.contacts]


MD_ELIDED = """# Corlane Ships Its First Battery Line

DUBLIN, March 2, 2022 - Corlane Energy today shipped the first cells from its new line, which
will make enough cells for ten thousand vans a year.

**Media Contact:**
Aoife O'Rourke
aoife.orourke@corlane.ie

**Investor Contact:**
Liam O'Dwyer
liam.odwyer@corlane.ie
"""

TEXT_ELIDED = """Sandmere Ports Names a New Harbour Master

GENOA, June 9, 2020 - Sandmere Ports today named a new harbour master for its terminal, the
largest container berth on the coast.

Press contacts:
Paola D’Amico, Sandmere Ports, paola.damico@sandmere.it
Rowan O’Hare, Tidewell Agency, rowan@tidewell.co.uk
"""


def test_names_with_an_elided_prefix_in_a_markdown_block():
    names = [c[0] for c in cards(parse_release(MD_ELIDED, "release.md"))]
    assert names == ["Aoife O'Rourke", "Liam O'Dwyer"]


def test_names_with_a_curly_elided_prefix_on_plain_text_lines():
    got = {c[0]: c[3] for c in cards(parse_release(TEXT_ELIDED, "release.txt"))}
    assert got == {"Paola D’Amico": ["paola.damico@sandmere.it"], "Rowan O’Hare": ["rowan@tidewell.co.uk"]}
