"""A contact's middle initial written without its period ("Ada B Lorne") is still a person's name,
in a card's own lines and in a run-together wire line. Words and numbers of our own, in two styles."""

from mediakit.core.analyse import parse_release

HTML = """<html><body><h1>Corven Library adds Sunday hours</h1>
<p>ASHFORD, Kent, 2 March 2026 &ndash; Corven Library will open on Sundays from April.</p>
<h2>Media contact</h2>
<p>Maud T Fenner<br/>Corven Library<br/>+44 1233 960 412<br/>press@corvenlibrary.example</p>
</body></html>"""

TEXT = """Brill Valley Water adds a reservoir

BRILL, OR - March 9, 2026 - Brill Valley Water has finished a reservoir holding 40 million gallons.

Media Contact: Otto K Vance, Brill Valley Water, 503-555-2817, ovance@brillvalley.example
"""


def _names(text: str, name: str) -> list[str | None]:
    return [c.name for c in parse_release(text, name=name).contacts]


def test_a_middle_initial_without_its_period_stays_in_the_name():
    assert _names(HTML, "r.html") == ["Maud T Fenner"]
    assert _names(TEXT, "r.txt") == ["Otto K Vance"]


def test_a_single_letter_opening_or_closing_a_line_makes_no_name():
    assert _names(HTML.replace("Maud T Fenner", "T Maud Fenner"), "r.html") != ["T Maud Fenner"]
