"""A desk's organisation spelled by its address's domain ("norrvik.com") is the name the release
writes that word in most, not a run of capitals that happens to end in it once ("Key Facts &
Figures Norrvik Group", a table's caption run into the name). Words and numbers of our own, in two
styles: Markdown and an HTML page."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Norrvik Group Doubles Its Ferry Fleet

OSLO, Norway - March 12, 2026 (NEWMEDIAWIRE) - The Norrvik Group has doubled its ferry fleet to 24 \
boats, the Norrvik Group said today.

 For enquiries, please contactMedia Relations:Phone +47 22 55 01 23E-mail  media@norrvik.com

## About the Norrvik Group

The Norrvik Group runs ferries on the west coast. Key Facts & Figures Norrvik Group 2025: 24 boats.
"""

HTML = """<html><body><h1>Norrvik Group doubles its ferry fleet</h1>
<p>OSLO, 12 March 2026 &ndash; The Norrvik Group has doubled its ferry fleet to 24 boats, the Norrvik
Group said today.</p>
<p>Media Relations: +47 22 55 01 23, media@norrvik.com</p>
<h2>About the Norrvik Group</h2>
<p>The Norrvik Group runs ferries on the west coast. Key Facts &amp; Figures Norrvik Group 2025: 24 boats.</p>
</body></html>"""


def _orgs(text: str, name: str) -> list[str | None]:
    return [c.organization for c in parse_release(text, name=name).contacts]


def test_a_run_ending_in_the_name_once_is_not_the_desks_organisation():
    assert _orgs(MARKDOWN, "r.md") == ["Norrvik Group"]
    assert _orgs(HTML, "r.html") == ["Norrvik Group"]
