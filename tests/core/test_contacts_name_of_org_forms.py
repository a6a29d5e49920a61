"""A wire's contact line names the person and whose they are with "of" ("CONTACT: Jane Roe of Acme
Corp., +1-…"): the person is the contact, the organisation after "of" theirs. Words of our own,
in two styles (a plain-text PR Newswire trailer, an investor page in HTML)."""

from mediakit.core.analyse import parse_release

PLAIN = """Marlow Cable Wins Grid Contract

TACOMA, Wash., April 2, 2031 /PRNewswire/ -- Marlow Cable Co. has won a contract to lay 40 miles of transmission cable.

SOURCE Marlow Cable Co.

CONTACT: Renata Solberg of Marlow Cable Co., +1-253-555-0177, or rsolberg@marlowcable.com
"""

HTML = """<html><body><article><h1>Quenby Foods Raises Dividend</h1>
<p>OMAHA, Neb., April 2, 2031 /PRNewswire/ -- Quenby Foods Inc. raised its quarterly dividend by 6%.</p>
<p>Contact: Theo Abernathy of Quenby Foods Inc., 402-555-0119, investors@quenbyfoods.com</p>
</article></body></html>"""


def test_a_person_of_an_organisation_in_a_wire_trailer_is_the_contact():
    contacts = parse_release(PLAIN, name="r.txt").contacts
    assert [(c.name, c.organization, c.phones) for c in contacts] == [
        ("Renata Solberg", "Marlow Cable Co.", ["+12535550177"])]


def test_a_person_of_an_organisation_on_an_html_page_is_the_contact():
    contacts = parse_release(HTML, name="r.html").contacts
    assert [(c.name, c.organization, c.phones) for c in contacts] == [
        ("Theo Abernathy", "Quenby Foods Inc.", ["+14025550119"])]
