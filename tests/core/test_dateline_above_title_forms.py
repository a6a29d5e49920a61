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
