"""A line that is only an organisation's name and a colon ("Pellham Partners LLC:", "PPR:"), over a person's name and
their e-mail, labels that organisation's cards, even with the release's legal text after them.
Words of our own, in two styles: a wire's Markdown and a WML page."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Orlin Games Reports Record Monthly Revenue

LAS VEGAS, NV - (NewMediaWire) - March 03, 2026 - Orlin Games Inc. reported revenue of $9.1 million for February, up 22% on the year.

About Orlin Games

Orlin Games makes casual games for phones.

Pellham Partners LLC:

Tamsin Crole

Tamsin.Crole@pellhamir.example

Jory Abbot

Jory.Abbot@pellhamir.example

Forward-Looking Statements

This release holds forward-looking statements that may not come true.
"""

WML = """<define-tag pagetitle>Orlin Games reports record monthly revenue</define-tag>
<define-tag release_date>2026-03-03</define-tag>
#use wml::debian::news

<p>Orlin Games Inc. reported revenue of $9.1 million for February, up 22% on the year.</p>

<h2>About Orlin Games</h2>
<p>Orlin Games makes casual games for phones.</p>

<p>PPR:</p>
<p>Tamsin Crole</p>
<p><a href="mailto:Tamsin.Crole@pellhamir.example">Tamsin.Crole@pellhamir.example</a></p>
<p>Jory Abbot</p>
<p><a href="mailto:Jory.Abbot@pellhamir.example">Jory.Abbot@pellhamir.example</a></p>

<h2>Forward-Looking Statements</h2>
<p>This release holds forward-looking statements that may not come true.</p>
"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c.name, c.organization, c.emails) for c in parse_release(text, name=name).contacts]


def test_an_organisations_name_as_a_label_opens_its_cards():
    for text, name, org in ((MARKDOWN, "r.md", "Pellham Partners LLC"), (WML, "r.wml", "PPR")):
        assert _cards(text, name) == [
            ("Tamsin Crole", org, ["tamsin.crole@pellhamir.example"]),
            ("Jory Abbot", org, ["jory.abbot@pellhamir.example"]),
        ]


def test_a_persons_name_with_a_colon_is_no_such_label():
    text = MARKDOWN.replace("Pellham Partners LLC:", "Tamsin Crole:")
    assert all(c[1] != "Tamsin Crole" for c in _cards(text, "r.md"))
