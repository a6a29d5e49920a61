"""A word before a contact label that says which contact it is ("External Investor Relations",
"Company Media Contact") names no organisation: the card under it takes its own, or the
boilerplate's. Words of our own, in two styles: a wire's Markdown and a plain-text scrape."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Harlow Biofuels Opens Its Second Digester

MODESTO, Calif. - (NewMediaWire) - March 03, 2026 - Harlow Biofuels, Inc. (NASDAQ: HRLW) today opened its second dairy digester, which will turn the waste of 14 farms into gas.

About Harlow Biofuels

Harlow Biofuels makes renewable gas from dairy waste in the Central Valley.

External Investor Relations

Contact:

Nadia Brook

Tallis Advisory Partners

(646) 555-0182

nbrook@tallisadvisory.com

Company Investor Relations/

Media Contact:

Owen Pryce

(209) 555-0147

investors@harlowbio.com
"""

PLAIN = """Harlow Biofuels Opens Its Second Digester

MODESTO, Calif., March 3, 2026 -- Harlow Biofuels, Inc. today opened its second dairy digester, which will turn the waste of 14 farms into gas.

About Harlow Biofuels
Harlow Biofuels makes renewable gas from dairy waste in the Central Valley.

External Media Contact:
Nadia Brook
Tallis Advisory Partners
(646) 555-0182
nbrook@tallisadvisory.com

Company Media Contact:
Owen Pryce
(209) 555-0147
investors@harlowbio.com
"""


def _cards(text: str, name: str) -> dict[str | None, str | None]:
    return {c.name: c.organization for c in parse_release(text, name=name).contacts}


def test_a_qualifier_before_the_label_is_no_organisation():
    for text, name in ((MARKDOWN, "r.md"), (PLAIN, "r.txt")):
        cards = _cards(text, name)
        assert cards["Nadia Brook"] == "Tallis Advisory Partners"
        assert cards["Owen Pryce"] == "Harlow Biofuels"


def test_an_organisation_before_the_label_is_still_read():
    text = PLAIN.replace("Company Media Contact:", "Ostara Media Contact:")
    assert _cards(text, "r.txt")["Owen Pryce"] == "Ostara"
