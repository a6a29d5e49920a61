"""A wire's dateline naming two places joined by an ampersand ("LAKEVIEW & PORT ELLIS, Ore.--(Valley
Wire)--"). Words of our own, in two styles (plain text and an HTML page)."""

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("LAKEVIEW & PORT ELLIS, Ore.--(Valley Wire)--Acme Grain and the Port Ellis Harbour Board "
        "today agreed to share a new loading pier, the first of its kind on the coast.")
REST = "The pier will take 12 ships a month from the spring of 2032."
PLAIN = f"Acme Grain and Harbour Board to Share a Pier\n\nMarch 4, 2031\n\n{LEAD}\n\n{REST}\n"
HTML = (f"<html><head><title>Acme Grain and Harbour Board to Share a Pier</title></head><body>"
        f"<h1>Acme Grain and Harbour Board to Share a Pier</h1><p>March 4, 2031</p><p>{LEAD}</p>"
        f"<p>{REST}</p></body></html>")


@pytest.mark.parametrize("text, name", [(PLAIN, "r.txt"), (HTML, "r.html")])
def test_two_places_joined_by_an_ampersand(text, name):
    release = parse_release(text, name=name)
    assert (release.place, release.date) == ("LAKEVIEW & PORT ELLIS, Ore.", "2031-03-04")


@pytest.mark.parametrize("text, name", [(PLAIN, "r.txt"), (HTML, "r.html")])
def test_one_place_still_reads_alone(text, name):
    release = parse_release(text.replace("LAKEVIEW & PORT ELLIS", "LAKEVIEW"), name=name)
    assert release.place == "LAKEVIEW, Ore."
