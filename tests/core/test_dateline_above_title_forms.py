"""A dateline set on a line of its own above the headline ("København, den 4. juni 2031" / the
headline / the story), in words of our own and two styles (Danish plain text, German Markdown):
the release shows that place, not only the date."""

from mediakit.core.analyse import parse_release

DA_PLAIN = """Pressemeddelelse

Aarhus, den 4. juni 2031

Aarhus Havn åbner ny terminal for elfærger

Aarhus Havn har i dag åbnet en ny terminal, hvor elfærger kan lade op på 20 minutter. Terminalen har kostet 90 millioner kroner.
"""

DE_MARKDOWN = """Hamburg, 4. Juni 2031

# Hafenbahn bestellt zwanzig neue Lokomotiven

Die Hafenbahn hat heute zwanzig Rangierlokomotiven mit Batterieantrieb bestellt. Die ersten fahren im Herbst.
"""


def test_the_dateline_above_the_headline_gives_the_place():
    da = parse_release(DA_PLAIN, name="r.txt")
    assert (da.title, da.date, da.place) == ("Aarhus Havn åbner ny terminal for elfærger", "2031-06-04", "Aarhus")
    de = parse_release(DE_MARKDOWN, name="r.md")
    assert (de.title, de.date, de.place) == ("Hafenbahn bestellt zwanzig neue Lokomotiven", "2031-06-04", "Hamburg")


def test_an_embargo_line_above_the_headline_names_no_place():
    text = "Embargoed 00:01 4 June 2031\n\nDock workers agree new pay deal\n\nThe dock workers' union agreed a new pay deal with the port on Monday after six weeks of talks.\n"
    assert parse_release(text, name="r.txt").place is None


DE_HTML = """<html><body><h1>Stadtwerke bauen neues Wasserwerk</h1><p>04.06.2031</p>
<p>Leipzig – Die Stadtwerke bauen für 80 Millionen Euro ein neues Wasserwerk im Süden der Stadt, das 2034 ans Netz geht.</p></body></html>"""

NL_PLAIN = """Haven opent nieuwe containerterminal

4 juni 2031

Rotterdam – De haven heeft vandaag een nieuwe containerterminal geopend die jaarlijks 2 miljoen containers kan verwerken.
"""


def test_a_known_city_alone_before_a_dash_is_the_place():
    assert parse_release(DE_HTML, name="r.html").place == "Leipzig"
    assert parse_release(NL_PLAIN, name="r.txt").place == "Rotterdam"


def test_a_name_before_a_dash_is_no_place():
    text = "# Trust names a chair\n\nJane Roe – The trust named its new chair on Monday after a year of searching.\n"
    assert parse_release(text, name="r.md").place is None
