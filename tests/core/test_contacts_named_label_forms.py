"""Contacts: "Contact Acme: Jane Roe …", the organisation written between a bare "Contact" label and
its colon, is the contact's organisation; "Contact Information:" names none.

Every release here is made up (names, organisations, numbers).
"""

from mediakit.core.analyse import parse_release


def cards(release):
    return [(c.name, c.organization, c.emails) for c in release.contacts]


MD_RELEASE = """# Norrwick Buys a Sensor Maker

OSLO, April 8, 2022 - Norrwick AS today bought Feldane, a maker of pressure sensors for
pipelines, and will keep its plant and its staff of forty.

Contact Norrwick: Ingrid Haavik, Head of Communications, ingrid.haavik@norrwick.no
"""

TEXT_RELEASE = """Talvern Opens a Depot in Lyon

LYON, September 14, 2023 - Talvern Logistics today opened its first depot in France, with room
for three hundred pallets and a fleet of electric vans.

Contact Talvern Logistics: Claire Bonnard - Press Officer: claire.bonnard@talvern.fr
"""

MD_INFORMATION = """# Norrwick Buys a Sensor Maker

OSLO, April 8, 2022 - Norrwick AS today bought Feldane, a maker of pressure sensors for
pipelines, and will keep its plant and its staff of forty.

Contact Information: Ingrid Haavik, ingrid.haavik@norrwick.no
"""


def test_the_organisation_between_a_markdown_contact_label_and_its_colon():
    assert cards(parse_release(MD_RELEASE, "release.md")) == [
        ("Ingrid Haavik", "Norrwick", ["ingrid.haavik@norrwick.no"])]


def test_the_organisation_between_a_plain_text_contact_label_and_its_colon():
    assert cards(parse_release(TEXT_RELEASE, "release.txt")) == [
        ("Claire Bonnard", "Talvern Logistics", ["claire.bonnard@talvern.fr"])]


def test_contact_information_is_a_label_not_an_organisation():
    got = cards(parse_release(MD_INFORMATION, "release.md"))
    assert [name for name, _, _ in got] == ["Ingrid Haavik"]
    assert got[0][1] != "Information"
