"""Flattening glues the word before an address onto its local part: a surname onto a desk's
mailbox ("Jo Lindqvistpress@…": "press@…" is the desk's, "Jo Lindqvist" the person), and the last
word of an organisation printed in words onto a person's address ("COO, Harbor Kiteworksmira@
harborkiteworks.com": "Harbor Kiteworks" spells the domain). Words and numbers of our own, in
two styles: a flattened Markdown card and an HTML page with the lines run together."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Harbor Kiteworks Opens a Second Workshop

PORTLAND, Maine - May 4, 2026 (NEWMEDIAWIRE) - Harbor Kiteworks opened a second workshop today.

 About Harbor Kiteworks

 Harbor Kiteworks builds kites for coastal festivals.

 Press contact  Jo Lindqvistpress@harborkiteworks.comInvestor Relations contactTeodor Halvorsenir@harborkiteworks.com

 Media ContactMira OkaforCOO, Harbor Kiteworksmira@harborkiteworks.com(207) 555-0186
"""

HTML = """<html><body><h1>Harbor Kiteworks opens a second workshop</h1>
<p>PORTLAND, Maine, May 4, 2026 &ndash; Harbor Kiteworks opened a second workshop today.</p>
<h2>About Harbor Kiteworks</h2>
<p>Harbor Kiteworks builds kites for coastal festivals.</p>
<p>Press contact  Jo Lindqvistpress@harborkiteworks.comInvestor Relations contactTeodor Halvorsenir@harborkiteworks.com</p>
<p>Media ContactMira OkaforCOO, Harbor Kiteworksmira@harborkiteworks.com(207) 555-0186</p>
</body></html>"""


def _cards(text: str, name: str) -> list[tuple[str | None, list[str]]]:
    return [(c.name, c.emails) for c in parse_release(text, name=name).contacts]


def test_a_surname_glued_onto_a_desk_mailbox_is_the_persons_and_the_desk_keeps_its_address():
    for text, name in ((MARKDOWN, "r.md"), (HTML, "r.html")):
        cards = _cards(text, name)
        assert ("Jo Lindqvist", ["press@harborkiteworks.com"]) in cards
        assert ("Teodor Halvorsen", ["ir@harborkiteworks.com"]) in cards


def test_an_organisations_last_word_glued_onto_an_address_is_the_organisations():
    for text, name in ((MARKDOWN, "r.md"), (HTML, "r.html")):
        assert ("Mira Okafor", ["mira@harborkiteworks.com"]) in _cards(text, name)
