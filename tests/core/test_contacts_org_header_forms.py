"""A contact block that sets its people under the organisations they speak for, each on a line of its
own ending in a colon: a PR agency named before its trade ("… Financial Relations:") or a department
named with its organisation's possessive ("… Board’s Corporate Communications Department:"). Each
person takes the organisation of the line above; the agency line is no person and no role. Names and
numbers of our own, in two styles: wire Markdown with one detail a line, and an HTML page."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# Kestrel Trade Board Opens Its Harbour Forum

 HONG KONG - March 4, 2026 (NEWMEDIAWIRE) - The Kestrel Trade Board opened its Harbour Forum today.

 Media Enquiries

 Halden Ross Financial Relations:

 Mabel Chau

Tel: (852) 3555 0101

Email: mchau@haldenross.example

 Owen Lai

Tel: (852) 3555 0102

Email: olai@haldenross.example

 Kestrel Trade Board’s Corporate Communications Department:

 Ivy Tsang

Tel: (852) 2555 0103

Email: ivy.tsang@kestrel.example

 About Kestrel

 The Kestrel Trade Board promotes the city's trade.
"""

HTML = """<html><body><h1>Kestrel Trade Board Opens Its Harbour Forum</h1>
<p>HONG KONG, March 4, 2026 &ndash; The Kestrel Trade Board opened its Harbour Forum today.</p>
<h3>Media Enquiries</h3>
<p>Halden Ross Financial Relations:<br>Mabel Chau<br>Tel: (852) 3555 0101<br>Email: mchau@haldenross.example</p>
<p>Owen Lai<br>Tel: (852) 3555 0102<br>Email: olai@haldenross.example</p>
<p>Kestrel Trade Board’s Corporate Communications Department:<br>Ivy Tsang<br>Tel: (852) 2555 0103<br>
Email: ivy.tsang@kestrel.example</p>
</body></html>"""

WANT = [("Mabel Chau", "Halden Ross Financial Relations", ["+85235550101"]),
        ("Owen Lai", "Halden Ross Financial Relations", ["+85235550102"]),
        ("Ivy Tsang", "Kestrel Trade Board", ["+85225550103"])]


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(c.name, c.organization, c.phones) for c in parse_release(text, name=name).contacts]


def test_each_person_takes_the_organisation_of_the_line_above():
    assert _cards(MARKDOWN, "r.md") == WANT


def test_the_same_block_on_a_web_page():
    assert _cards(HTML, "r.html") == WANT


def test_the_agency_line_is_no_person_and_no_role():
    contacts = parse_release(MARKDOWN, name="r.md").contacts
    assert all(c.name != "Halden Ross" and c.role != "Financial Relations" for c in contacts)
