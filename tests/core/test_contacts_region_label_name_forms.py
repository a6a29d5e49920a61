"""A contact line opening with a short label of the region or desk it serves, then a colon, then
the person and the address ("Greater Lakeshore: Oskar Brennan, oskar.brennan@…"): the name after
the colon is the person, however like a name the label reads, and the label is no organisation.
Words and numbers of our own, in two styles: a plain-text scrape and an HTML page."""

from mediakit.core.analyse import parse_release

TEXT = """Fernwood Trust Opens Lakeshore Trail

MADISON, Wis. - June 9, 2026 - The Fernwood Trust opened a new lakeshore trail today.

About the Fernwood Trust

The Fernwood Trust looks after trails in the state.

For Media Inquiries: 608-555-0147

Greater Lakeshore: Oskar Brennan, oskar.brennan@fernwoodtrust.org

National: Priya Talwar, priya.talwar@fernwoodtrust.org
"""

HTML = """<html><body><h1>Fernwood Trust opens Lakeshore Trail</h1>
<p>MADISON, Wis., June 9, 2026 &ndash; The Fernwood Trust opened a new lakeshore trail today.</p>
<h2>About the Fernwood Trust</h2>
<p>The Fernwood Trust looks after trails in the state.</p>
<p>For Media Inquiries: 608-555-0147</p>
<p>Greater Lakeshore: Oskar Brennan, oskar.brennan@fernwoodtrust.org</p>
<p>National: Priya Talwar, priya.talwar@fernwoodtrust.org</p>
</body></html>"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c.name, c.organization, c.emails) for c in parse_release(text, name=name).contacts]


def test_the_name_after_a_region_label_is_the_person():
    for text, name in ((TEXT, "r.txt"), (HTML, "r.html")):
        cards = _cards(text, name)
        assert ("Oskar Brennan", "Fernwood Trust", ["oskar.brennan@fernwoodtrust.org"]) in cards
        assert ("Priya Talwar", "Fernwood Trust", ["priya.talwar@fernwoodtrust.org"]) in cards
