"""An organisation whose name opens with an article the release capitalises inside a sentence
("CFO of The Lindenhof Group AG") is named with it; a lower-case or sentence-opening article ("the
Norrbacka Trust said"), or one before a longer name ("a mark of The Norrbacka Trust Society"), is
no part of the name. Words and numbers of our own, in two styles: a
flattened wire text and an HTML page with an "About" part."""

from mediakit.core.analyse import parse_release

TEXT = """# The Lindenhof Group Raises Its Outlook

 HAMBURG - March 3, 2026 (NEWMEDIAWIRE) - The Lindenhof Group AG (ISIN DE000LH01234), a maker of garden tools, raised its \
outlook today. "We had a strong winter," said Jo Brandt, CFO of The Lindenhof Group AG.

 Contact:

 Investor RelationsMaren HollHead of Investor Relations ir@the-lindenhof-group.de
"""

HTML = """<html><body><h1>Norrbacka Trust opens a reading room</h1>
<p>UPPSALA, 3 March 2026 &ndash; The Norrbacka Trust opened a reading room today, the Norrbacka Trust said.</p>
<h2>About the Norrbacka Trust</h2>
<p>The Norrbacka Trust runs libraries in the county. Its name is a mark of The Norrbacka Trust Society of Sweden.</p>
<p>Press contact: Elin Sand, elin.sand@norrbacka.se</p>
</body></html>"""


def _orgs(text: str, name: str) -> list[str | None]:
    return [c.organization for c in parse_release(text, name=name).contacts]


def test_a_capitalised_article_inside_a_sentence_is_a_word_of_the_name():
    assert _orgs(TEXT, "r.md") == ["The Lindenhof Group AG"]


def test_a_lower_case_article_is_no_word_of_the_name():
    assert _orgs(HTML, "r.html") == ["Norrbacka Trust"]
