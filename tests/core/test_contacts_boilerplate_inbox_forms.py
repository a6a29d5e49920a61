"""A company paragraph that ends with its own inbox ("Contact Corvid Genetics at press@corvidgenetics.com
(English)"): the company is the contact's organisation, not a person, since its address spells
its name whole; the bracketed language it answers in is a note, no organisation. Words of our own,
in two styles: an HTML press-kit page and Markdown."""

from mediakit.core.analyse import parse_release

HTML = """<html><body><h1>Tessel 4.0 press kit</h1>
<p>12 MARCH 2026: The Tessel project released Tessel 4.0, a faster map tile server. Its manual is in English; the English manual has 80 pages.</p>
<p>"Tessel 4.0 cut our render times in half," said Ines Varga, lead engineer at Corvid Genetics.</p>
<h2>Quoted companies</h2>
<p><a href="https://corvidgenetics.com/">Corvid Genetics</a> builds sensors for bridges and tunnels in
nine countries. Corvid Genetics has used Tessel since 2019. Contact Corvid Genetics at
<a href="mailto:press@corvidgenetics.com">press@corvidgenetics.com</a> (English)</p>
</body></html>"""

MARKDOWN = """# Tessel 4.0 released

12 MARCH 2026: The Tessel project released Tessel 4.0, a faster map tile server. Its manual is in English; the English manual has 80 pages.

"Tessel 4.0 cut our render times in half," said Ines Varga, lead engineer at Corvid Genetics.

## Quoted companies

Corvid Genetics builds sensors for bridges and tunnels in nine countries. Corvid Genetics has used Tessel \
since 2019. Contact Corvid Genetics at press@corvidgenetics.com (English)
"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c.name, c.organization, c.emails) for c in parse_release(text, name=name).contacts]


def test_a_company_closing_its_paragraph_with_its_inbox_is_the_contacts_organisation():
    want = [(None, "Corvid Genetics", ["press@corvidgenetics.com"])]
    assert _cards(HTML, "r.html") == want
    assert _cards(MARKDOWN, "r.md") == want
