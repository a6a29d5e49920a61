"""A wire prints its source label in capitals over the contacts ("SOURCE Acme Corp.", Spanish
"FUENTE …"): the label is no word of the organisation the contacts' e-mail domain names. Words of
our own, in two styles (a plain-text PR Newswire trailer, a Markdown page of one)."""

from mediakit.core.analyse import parse_release

EN = """Kestrel Valves Opens Plant in Ohio

DAYTON, Ohio, May 1, 2031 /PRNewswire/ -- Kestrel Valves Corp. today opened a plant that will employ 300 people.

About Kestrel

Kestrel Valves makes industrial valves.

SOURCE Kestrel Valves Corp.

Media: Dana Whitlock, +1-937-555-0100, dwhitlock@kestrel.com
Investors: Omar Haddad, +1-937-555-0101, ohaddad@kestrel.com
"""

MARKDOWN = """# Brantwood Mills Adds Night Shift

**HALIFAX, Nova Scotia, June 2, 2031 /PRNewswire/** -- Brantwood Mills Ltd. will add a night shift at its flour mill and hire 45 workers.

SOURCE Brantwood Mills Ltd.

**Media contact:** Priya Nandakumar, +1-902-555-0143, pnandakumar@brantwood.ca
"""


def test_the_wire_source_label_is_no_part_of_the_contacts_organisation():
    contacts = parse_release(EN, name="r.txt").contacts
    assert [c.name for c in contacts] == ["Dana Whitlock", "Omar Haddad"]
    assert all(c.organization and not c.organization.upper().startswith("SOURCE") for c in contacts)
    assert all("Kestrel" in c.organization for c in contacts)


def test_the_wire_source_label_is_no_part_of_the_organisation_on_a_markdown_page():
    contacts = parse_release(MARKDOWN, name="r.md").contacts
    assert [c.name for c in contacts] == ["Priya Nandakumar"]
    assert contacts[0].organization and "Brantwood" in contacts[0].organization
    assert not contacts[0].organization.upper().startswith("SOURCE")
