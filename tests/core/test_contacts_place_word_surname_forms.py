"""A person whose surname is also a place's word ("Park", "Hall", "Lane") is still a person where
the address on the same card is made of both names (spark@, ruth.hall@): the card keeps the name.
Words and numbers of our own, in two styles: a wire release's one-line contacts in Markdown and an
HTML card with one field a line."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Tessel Robotics Ships Its Warehouse Arm

SAN JOSE, Calif., May 5, 2026 /PRNewswire/ -- Tessel Robotics shipped its first warehouse arm.

Media Contact: Sora Park, Tessel Robotics, spark@tesselrobotics.com, (408) 555-0164

SOURCE Tessel Robotics
"""

HTML = """<html><body><h1>Brackwater Trust buys a second nature reserve</h1>
<p>LEEDS, 6 May 2026 &ndash; The Brackwater Trust has bought a second reserve of 40 hectares.</p>
<h2>Media contact</h2>
<p>Ruth Hall<br>Brackwater Trust<br>0113 496 0571<br>ruth.hall@brackwatertrust.org.uk</p>
</body></html>"""

UNMADE = MARKDOWN.replace("spark@", "press@")


def _names(text: str, name: str) -> list[str | None]:
    return [c.name for c in parse_release(text, name=name).contacts]


def test_a_surname_that_is_a_places_word_is_a_name_where_the_address_is_made_of_it():
    assert _names(MARKDOWN, "r.md") == ["Sora Park"]
    assert _names(HTML, "r.html") == ["Ruth Hall"]


def test_an_address_made_of_neither_name_keeps_the_reading_as_before():
    assert "Sora Park" not in _names(UNMADE, "r.md")
