"""A dateline's place spelt with letters outside Latin-1's accents: "ß" ("Gießen"), Latin
Extended-A's ("Łódź", "Gdańsk", "Plzeň"), and a capital after a hyphen ("Groß-Umstadt",
"Baden-Baden"); in words of our own and two styles each (German plain text and Markdown after a
wire's tag, Polish and Czech HTML and plain text after a dash)."""

from mediakit.core.analyse import parse_release

OTS_PLAIN = """Stadtwerke erweitern das Fernwärmenetz

Weißenfels (ots) - Die Stadtwerke verlegen in diesem Jahr 14 Kilometer neue Fernwärmeleitungen und schließen damit rund 2.300 Haushalte an, teilte das Unternehmen am Montag mit.
"""

OTS_MARKDOWN = """# Neue Radwege im Landkreis

Bad Homburg-Kirdorf (ots) - Der Landkreis baut bis zum Herbst 22 Kilometer neue Radwege entlang der Bundesstraßen, wie die Verwaltung am Dienstag in einer Mitteilung bekannt gab.
"""


def test_a_wire_tagged_place_with_sharp_s_or_a_hyphened_capital_is_the_place():
    assert parse_release(OTS_PLAIN, name="r.txt").place == "Weißenfels"
    assert parse_release(OTS_MARKDOWN, name="r.md").place == "Bad Homburg-Kirdorf"


PL_HTML = """<html><body><h1>Port otwiera nowy terminal kontenerowy</h1>
<p>Gdańsk, Poland – The port authority opened a container terminal on Tuesday that will handle about 1.5 million containers a year, the authority said in a statement.</p></body></html>"""

CZ_PLAIN = """Brewery doubles its bottling capacity

Plzeň, Czech Republic – The brewery has installed a second bottling line that lifts its output to 40,000 bottles an hour, the company said on Wednesday in a statement.
"""


def test_a_place_with_extended_latin_letters_before_a_dash_is_the_place():
    assert parse_release(PL_HTML, name="r.html").place == "Gdańsk, Poland"
    assert parse_release(CZ_PLAIN, name="r.txt").place == "Plzeň, Czech Republic"
