"""A contact's organisation with its department run on after it ("Lakeview University Communications")
is the organisation alone; a company named by its trade ("Brightline Communications") stays whole.

Fixtures of our own: an English university's one-line media contact, a college's press line
barred into fields, its Marketing and Communications after its name, and a telecom company's card.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release

ONE_LINE = """# Lakeview study maps the city's oldest trees

CHICAGO, May 4, 2031 - Researchers counted 1,400 trees older than a century.

Media contact: Dana Whitfield, Lakeview University Communications, +1 312-555-0147, dwhitfield@lakeview.example
"""

CARD = """# Hartwell College opens a new science library

BOSTON, Sept. 9, 2031 - Hartwell College opened a library of 60,000 volumes.

Press contact: Marcus Oyelowo | Hartwell College Marketing and Communications | 617-555-0199 | moyelowo@hartwell.example
"""

COMPANY = """# Brightline Communications lays fibre to 12 villages

LEEDS, 2 March 2031 - Brightline Communications connected 3,000 homes.

## Media Contact

Ruth Ashdown
Brightline Communications
press@brightline.example
"""


def test_a_university_s_communications_office_run_on_in_one_line_leaves_the_university():
    [contact] = parse_release(ONE_LINE, "release.md").contacts
    assert contact.name == "Dana Whitfield"
    assert contact.organization == "Lakeview University"


def test_a_college_s_marketing_and_communications_in_a_barred_line_leaves_the_college():
    [contact] = parse_release(CARD, "release.md").contacts
    assert contact.name == "Marcus Oyelowo"
    assert contact.organization == "Hartwell College"


def test_a_company_named_by_its_trade_keeps_its_name():
    [contact] = parse_release(COMPANY, "release.md").contacts
    assert contact.organization == "Brightline Communications"
