"""A desk whose name ends in a unit word ("Media Relations Division") is one desk, not a desk and an
organisation called "Division"; and a lead opening with an article ("A 44-year-old man was charged
…") names no publisher "A". Words and numbers of our own, in two styles: a scraped page's text and
an HTML page."""

from mediakit.core.analyse import parse_release

TEXT = """Harlan County District Attorney's Office
For Immediate Release
Media Relations Division
(606) 555-0143
press@harlanda.example.gov
Man charged in river bank burglaries
HARLAN, Ky. – A 31-year-old man was charged today with four burglaries along the river bank.
“These were homes of retired people,” said Harlan County District Attorney Ruth Oakes.
"""

HTML = """<html><head><title>Man charged in river bank burglaries</title></head><body>
<p>Media Relations Division<br/>(606) 555-0143<br/>press@harlanda.example.gov</p>
<h1>Man charged in river bank burglaries</h1>
<p>HARLAN, Ky. &ndash; A 31-year-old man was charged today with four burglaries along the river bank.</p>
</body></html>"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


def test_a_desk_named_with_its_unit_is_one_desk():
    for text, name in ((TEXT, "r.txt"), (HTML, "r.html")):
        ((person, org, phones, emails),) = _cards(text, name)
        assert (person, phones, emails) == (None, ["+16065550143"], ["press@harlanda.example.gov"])
        assert org is None  # neither "Division" nor "A"
