"""Contact cards a flattening ran together, where the field before an address runs on into it: a
whole phone number with its separators ("(555) 014-2020info@…"), a link's host and a number
("https://acme.example212.555.0123Info@…", the name before the link glued to its scheme), an
organisation's legal form and its point ("Wexcombe Partners, Inc.mlane@…"), the last word of an
agency's name and a capitalised address ("… Public RelationsHarrowpress@…", a number glued after
the address's top-level domain); a North American agency number under a dateline of a country whose
national numbers open with 0; and an organisation named before a bare "Contact:". Words and
numbers of our own, in two styles: a wire's flattened Markdown and an HTML page."""

from mediakit.core.analyse import parse_release


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


MARKDOWN = """# Orrin Coatings to Present at the Lakeshore Investor Forum

Forum Connects Growth Companies With Institutional Investors

 ALBANY, N.Y. - March 9, 2026 (NEWMEDIAWIRE) - Orrin Coatings Corp. (Nasdaq: ORRC), a maker of \
thin-film coatings, today announced that it will present at the Lakeshore Investor Forum.

 About Orrin Coatings

 Orrin Coatings Corp. designs coating systems for medical devices and sensors.

 For more information:Orrin Coatings Corp. Dana K. FieldChief Financial OfficerPh: (518) 555-0142info@orrincoatings.com

 Investor RelationsLaura DentWexcombe Partners, Inc.ldent@wexcombe.com

 Lakeshore Capital Markets Contact:Jo Bracknellhttps://lakeshorecm.com212.555.0187Info@lakeshorecm.comhttps://www.example.com/lakeshorecm/

View the original release on www.newmediawire.com
"""

HTML = """<html><body><h1>Tovel Systems and the Port of Haifa test smarter cranes</h1>
<p>HAIFA, ISRAEL &ndash; March 10, 2026 &ndash; Tovel Systems and the port authority today began a
trial of crane scheduling across 14 berths.</p>
<h2>About Tovel Systems</h2>
<p>Tovel Systems writes scheduling software for ports.</p>
<p>Tovel Media ContactRina AvivSenior Account DirectorHarrow Public RelationsHarrowpress@harrow-pr.com212.555.0163</p>
</body></html>"""


def test_a_whole_number_with_its_separators_glued_to_the_address_stays_the_phone():
    cards = _cards(MARKDOWN, "r.md")
    assert ("Dana K. Field", "Orrin Coatings Corp.", ["+15185550142"], ["info@orrincoatings.com"]) in cards


def test_a_legal_forms_point_glued_to_the_address_stays_the_organisations():
    cards = _cards(MARKDOWN, "r.md")
    assert ("Laura Dent", "Wexcombe Partners, Inc.", [], ["ldent@wexcombe.com"]) in cards


def test_a_link_a_number_and_an_address_in_one_run_come_apart_under_the_named_organisation():
    cards = _cards(MARKDOWN, "r.md")
    assert ("Jo Bracknell", "Lakeshore Capital Markets", ["+12125550187"], ["info@lakeshorecm.com"]) in cards
    assert len(cards) == 3


def test_an_agency_name_glued_to_a_capitalised_address_and_a_number_after_its_domain():
    assert _cards(HTML, "r.html") == [
        ("Rina Aviv", "Harrow Public Relations", ["+12125550163"], ["harrowpress@harrow-pr.com"])]
