"""A release's bare phone numbers (no country code, no dateline place, no address) read in the one
country its currency names, where every such number opens with a trunk 0; a North American number
never opens with 0 and keeps its own reading. Words of our own, in two styles."""

from mediakit.core.analyse import parse_release

PLAIN_GB = """MEDIA RELEASE

Harbour trust wins grant to restore its lighthouse

The Selby Harbour Trust has won a £2.4 million grant to restore the lighthouse on its north pier.

For interviews please call the trust's press office on 01904 612 345 or email press@selbyharbour.example
"""

MARKDOWN_AU = """# Rail museum buys a steam crane

The Orbost Rail Museum has bought a 1912 steam crane for A$180,000 with help from 600 donors.

## Media contact

Jo Marsh, Orbost Rail Museum
0412 345 678
jo.marsh@orbostrail.example
"""


def _phones(text: str, name: str) -> list[str]:
    return [p for c in parse_release(text, name=name).contacts for p in c.phones]


def test_a_pound_sign_reads_a_bare_trunk_number_as_british():
    assert _phones(PLAIN_GB, "r.txt") == ["+441904612345"]


def test_an_australian_dollar_reads_a_bare_mobile_as_australian():
    assert _phones(MARKDOWN_AU, "r.md") == ["+61412345678"]


def test_without_such_a_currency_there_is_no_guess():
    assert _phones(PLAIN_GB.replace("£2.4 million", "large"), "r.txt") == []


def test_a_north_american_number_is_never_read_in_the_currencys_country():
    text = PLAIN_GB.replace("01904 612 345", "(303) 555-0142")
    assert _phones(text, "r.txt") == ["+13035550142"]
