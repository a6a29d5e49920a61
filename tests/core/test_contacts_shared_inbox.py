"""One block of two people's lines, each with a phone, closed by an e-mail line (an investor
relations block: "Jane Roe, CFO, (612) 555-0142 / Max Mohr, IR, (612) 555-0188 /
investors@…"): the inbox is on both cards, not only on the last person's; an address that spells
the last person's name stays theirs alone.

Every release here is made up; the numbers are ones ``phonenumbers`` accepts as valid.
"""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

_LEAD = ("DULUTH, Minn., Feb. 3, 2031 -- Lakehead Grain Co. today reported net sales of $212 million for "
         "its fourth quarter, up 4% from a year earlier.")
_PEOPLE = ("Dana Whitcombe, Chief Financial Officer, (218) 555-0142",
           "Omar Castellano, Vice President, Investor Relations, (218) 555-0188")


def _release(style: str, mail: str):
    lines = [*_PEOPLE, mail]
    if style == "md":
        text = ("# Lakehead Grain Reports Fourth Quarter Results\n\n" + _LEAD + "\n\n**Investor Contacts**\n\n"
                + "  \n".join(lines) + "\n")
        return parse_release(text, name="r.md")
    text = "Lakehead Grain Reports Fourth Quarter Results\n\n" + _LEAD + "\n\nInvestor Contacts:\n" + "\n".join(lines) + "\n"
    return parse_release(text, name="r.txt")


@pytest.mark.parametrize("style", ["txt", "md"])
def test_an_inbox_under_two_people_in_one_block_is_on_both_cards(style):
    cards = [(c.name, c.phones, c.emails) for c in _release(style, "investors@lakeheadgrain.example").contacts]
    assert cards == [("Dana Whitcombe", ["+12185550142"], ["investors@lakeheadgrain.example"]),
                     ("Omar Castellano", ["+12185550188"], ["investors@lakeheadgrain.example"])]


@pytest.mark.parametrize("style", ["txt", "md"])
def test_an_address_spelling_the_last_persons_name_stays_theirs(style):
    cards = [(c.name, c.emails) for c in _release(style, "ocastellano@lakeheadgrain.example").contacts]
    assert cards == [("Dana Whitcombe", []), ("Omar Castellano", ["ocastellano@lakeheadgrain.example"])]
