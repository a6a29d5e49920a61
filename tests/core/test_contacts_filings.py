"""The desk contact at the head of a filing's exhibit or a wire copy ("Contact: Company / phone,
Fax phone"): the company as the organisation, the phone as the phone, never the fax.

Every release here is made up (names, organisations, numbers); the numbers are ones that
``phonenumbers`` accepts as valid.
"""

import pytest

from mediakit.core.analyse import parse_release

EXHIBIT = """<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>ex99-1.txt
<DESCRIPTION>PRESS RELEASE
<TEXT>
                                                                  EXHIBIT 99.1

{head}

              KESTREL VALVE COMPANY REPORTS HIGHER THIRD QUARTER SALES

     MILWAUKEE, Wis., Oct. 14, 2005 -- Kestrel Valve Company (NYSE: KVC) today
reported net sales of $84.2 million for the third quarter, up 6 percent from
the same quarter a year earlier, as orders from water utilities grew.

     Kestrel Valve Company makes flow control products for water and gas
utilities.

                                     # # #
</TEXT>
</DOCUMENT>
"""

WIRE = """Bramblewood Foods Names New Chief Financial Officer

MINNEAPOLIS, March 2, 2006 -- Bramblewood Foods Inc. said today that its board had
named Omar Castellane chief financial officer, effective April 1.

Castellane joins from a regional dairy cooperative, where he led the finance team
for nine years.

{tail}
"""


def cards(text):
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, "release.txt").contacts]


@pytest.mark.parametrize("head", [
    "                                   CONTACT: Kestrel Valve Co.\n"
    "                                            (414) 555-0172, Fax (414) 555-0173",
    "CONTACT:   Kestrel Valve Co.                              FOR IMMEDIATE RELEASE\n"
    "           (414) 555-0172, Fax (414) 555-0173",
    "Contact:   Kestrel Valve Co.\n"
    "           Telephone (414) 555-0172      Facsimile (414) 555-0173",
])
def test_the_head_of_a_filings_exhibit(head):
    assert cards(EXHIBIT.format(head=head)) == [(None, "Kestrel Valve Co.", ["+14145550172"], [])]


@pytest.mark.parametrize("tail", [
    "Contact: Bramblewood Foods Inc. / 612-555-0134, Fax 612-555-0135",
    "Contact: Bramblewood Foods Inc., 612-555-0134 (voice), 612-555-0135 (fax)",
    "CONTACT: Bramblewood Foods Inc. / 612-555-0134 / 612-555-0135 fax",
])
def test_the_desk_line_of_a_wire_copy(tail):
    assert cards(WIRE.format(tail=tail)) == [(None, "Bramblewood Foods Inc.", ["+16125550134"], [])]
