"""Contacts: one line holding two contacts, the second opened by its own label and colon after the
first's details ("… jane@… Investor contact: John Doe, …"), is two cards.

Every release here is made up (names, organisations, numbers).
"""

from mediakit.core.analyse import parse_release


def cards(release):
    return [(c.name, c.organization, c.emails) for c in release.contacts]


MD_RELEASE = """# Quillan Reports a Record Quarter

BOSTON, July 28, 2022 - Quillan Inc. today reported record revenue for its second quarter, with
orders up in every region it sells in.

Media contact: Hannah Voss, hannah.voss@quillan.com  Investor contact: Marcus Pell, marcus.pell@quillan.com
"""

TEXT_RELEASE = """Orvane and Tessik Join Their Test Labs

ROTTERDAM, May 17, 2023 - Orvane BV and Tessik GmbH today joined their two test labs in one
company, with a staff of sixty engineers.

Contact Orvane: Pieter Vlaar - Head of Press: pieter.vlaar@orvane.nl  Contact Tessik GmbH: Lena Kraus - Press Officer: lena.kraus@tessik.de
"""


def test_two_labelled_contacts_on_one_markdown_line():
    got = cards(parse_release(MD_RELEASE, "release.md"))
    assert [(name, emails) for name, _, emails in got] == [
        ("Hannah Voss", ["hannah.voss@quillan.com"]), ("Marcus Pell", ["marcus.pell@quillan.com"])]


def test_two_contacts_each_labelled_with_its_organisation_on_one_text_line():
    assert cards(parse_release(TEXT_RELEASE, "release.txt")) == [
        ("Pieter Vlaar", "Orvane", ["pieter.vlaar@orvane.nl"]),
        ("Lena Kraus", "Tessik GmbH", ["lena.kraus@tessik.de"])]
