"""An inbox with no organisation of its own belongs to the one the "About …" part presents: an
article before that name goes ("About The Quarry Guild"), the first letters of a name that only
look like one stay ("Lamberton", "Thessaly Works"). Words of our own, in two styles."""

from mediakit.core.analyse import parse_release


def _desk_org(text: str, name: str) -> str | None:
    (contact,) = parse_release(text, name=name).contacts
    return contact.organization


HTML = """<html><body><h1>Lamberton 2.0 is out</h1>
<p>The Lamberton project today released version 2.0 of its map editor, with 300 new symbols.</p>
<h2>About Lamberton</h2><p>Lamberton is a free map editor written by volunteers.</p>
<h2>Contact</h2><p>Write to &lt;press@lamberton.example&gt; for interviews.</p></body></html>"""

MARKDOWN = """# Thessaly Works opens a second foundry

The Thessaly Works opened a second foundry in the valley this week, adding 80 jobs to its 400.

## About Thessaly Works

Thessaly Works casts bells and fittings for churches and ships.

## Media contact

newsdesk@thessalyworks.example
"""


def test_a_name_that_opens_like_an_article_keeps_its_letters():
    assert _desk_org(HTML, "r.html") == "Lamberton"
    assert _desk_org(MARKDOWN, "r.md") == "Thessaly Works"


def test_an_article_before_the_boilerplates_name_goes():
    text = MARKDOWN.replace("## About Thessaly Works", "## About The Thessaly Works")
    assert _desk_org(text, "r.md") == "Thessaly Works"
