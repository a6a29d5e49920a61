"""A card of bare lines under a release's label and date, with no contact label of its own ("For
Immediate Release / April 2, 2026 / Jane Roe / Spokesperson / Office: … / Cell: …"), is the release's
contact: each person with the phones under their name, the organisation the lead sentence names.
Without a phone or an e-mail the lines are no card. Names and numbers of our own, in two styles:
a page scraped to plain text one element a line, and an HTML page."""

from mediakit.core.analyse import parse_release

TEXT = """Harlow County Prosecutor Opens Youth Court - Harlow County Prosecutor
Press
Harlow County Prosecutor Opens Youth Court
For Immediate Release
March 3, 2026
Dana Whitcomb
Chief of Staff
Office: 303-555-0142
Cell: 303-555-0143
Ruth Okafor
Spokesperson
Office: 303-555-0144
YOUTH COURT OPENS IN APRIL
LAKEWOOD – The Harlow County Prosecutor’s Office will open a youth court in April for first-time offenders.
The court will hear 120 cases in its first year, the office said.
Share
"""

HTML = """<html><body><h1>Harlow County Prosecutor Opens Youth Court</h1>
<p>For Immediate Release</p>
<p>March 3, 2026</p>
<p>Dana Whitcomb</p>
<p>Chief of Staff</p>
<p>Office: 303-555-0142</p>
<p>Cell: 303-555-0143</p>
<p>LAKEWOOD &ndash; The Harlow County Prosecutor&rsquo;s Office will open a youth court in April for first-time
offenders. The court will hear 120 cases in its first year, the office said.</p>
</body></html>"""

OFFICE = "Harlow County Prosecutor’s Office"


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c.name, c.organization, c.phones) for c in parse_release(text, name=name).contacts]


def test_the_card_under_the_label_is_the_contact():
    assert _cards(TEXT, "r.txt") == [("Dana Whitcomb", OFFICE, ["+13035550142", "+13035550143"]),
                                     ("Ruth Okafor", OFFICE, ["+13035550144"])]


def test_the_same_card_on_a_web_page():
    assert _cards(HTML, "r.html") == [("Dana Whitcomb", OFFICE, ["+13035550142", "+13035550143"])]


def test_lines_without_a_phone_are_no_card():
    text = "\n".join(line for line in TEXT.splitlines() if not line.startswith(("Office:", "Cell:")))
    assert _cards(text, "r.txt") == []
