"""A press inbox whose domain spells one boilerplate's organisation whole ("kestrel" for "About
Kestrel") belongs to it, not to another boilerplate's longer name that only opens with it ("About
Kestrel Atlas Edition"). Words of our own, in two styles: a WML-like page and Markdown."""

from mediakit.core.analyse import parse_release

WML = """<define-tag pagetitle>Kestrel Atlas Edition 3 released</define-tag>
<define-tag release_date>2026-03-02</define-tag>
#use wml::debian::news

<p>The Kestrel project released Kestrel Atlas Edition 3 today, with 140 new map sheets.</p>

<h2>About Kestrel Atlas Edition</h2>
<p>Kestrel Atlas Edition is the schools' flavour of Kestrel, with lesson plans.</p>

<h2>About Kestrel</h2>
<p>Kestrel is a free map editor made by volunteers.</p>

<h2>Contact Information</h2>
<p>For further information, please visit the Kestrel web pages or send mail to
&lt;press@kestrel.org&gt;.</p>
"""

MARKDOWN = """# Kestrel Atlas Edition 3 released

The Kestrel project released Kestrel Atlas Edition 3 today, with 140 new map sheets.

## About Kestrel Atlas Edition

Kestrel Atlas Edition is the schools' flavour of Kestrel, with lesson plans.

## About Kestrel

Kestrel is a free map editor made by volunteers.

## Contact

press@kestrel.org
"""


def _orgs(text: str, name: str) -> list[str | None]:
    return [c.organization for c in parse_release(text, name=name).contacts]


def test_the_boilerplate_the_domain_spells_whole_is_the_inboxs():
    assert _orgs(WML, "r.wml") == ["Kestrel"]
    assert _orgs(MARKDOWN, "r.md") == ["Kestrel"]


def test_with_only_the_longer_boilerplate_the_inbox_takes_it():
    text = MARKDOWN.replace("## About Kestrel\n\nKestrel is a free map editor made by volunteers.\n\n", "")
    assert _orgs(text, "r.md") == ["Kestrel Atlas Edition"]
