"""A heading "For further information" (or "For more information") set over a contact's lines, as
museums and universities print them: the lines below are a contact, the name, phone and email
together. Words of our own, in two styles (a museum's HTML page with a name and role on one line,
a university's Markdown page with labelled lines)."""

from mediakit.core.analyse import parse_release

MUSEUM = """<html><body><h1>Harbour Museum opens a gallery of ship models</h1>
<p>PORT ELLEN, 6 May 2031 — The Harbour Museum will open a gallery of 140 ship models on 1 June, the
largest addition to its collection in twenty years.</p>
<h3>For further information</h3>
<p>Ilse Marr, head of communications<br>
Mobile: +47 912 34 567<br>
Email: <a href="mailto:ilse.marr@harbourmuseum.example.no">ilse.marr@harbourmuseum.example.no</a></p>
</body></html>
"""

UNIVERSITY = """# Quayside University opens a tidal energy lab

QUAYSIDE, May 6, 2031 – Quayside University today opened a laboratory for tidal energy research,
funded with $4.5 million from the state and two utilities.

## For more information

""" + "  \n".join(["Dana Whitcombe, media relations manager", "Phone: (207) 555-0143",
                   "Email: dana.whitcombe@quayside.example.edu"]) + "\n"


def test_a_further_information_heading_opens_a_named_contact():
    contacts = parse_release(MUSEUM, name="press.html").contacts
    assert [(c.name, c.phones, c.emails) for c in contacts] == [
        ("Ilse Marr", ["+4791234567"], ["ilse.marr@harbourmuseum.example.no"])]


def test_a_more_information_heading_in_markdown_opens_a_named_contact():
    contacts = parse_release(UNIVERSITY, name="release.md").contacts
    assert [(c.name, c.phones, c.emails) for c in contacts] == [
        ("Dana Whitcombe", ["+12075550143"], ["dana.whitcombe@quayside.example.edu"])]
