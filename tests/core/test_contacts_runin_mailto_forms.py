"""A contact card run in at the end of a company paragraph ("… Contact: <a href=mailto:…>Jane
Roe</a>, 510-…") keeps the address that stands only in its mailto link when the card is cut off
into a paragraph of its own. Words of our own, in two styles: an HTML template page and a PHP page."""

from mediakit.core.analyse import parse_release

BOILER = ("<p><b>Quarrystone</b> is a hosting company for research software, with engineers in "
          "four countries and customers in 31 more. It was founded by two geologists who needed a "
          "place to run their models. Contact: <a href=\"mailto:lena@wrenpr.example\">Lena Vogt</a>, "
          "415-555-0193</p>")

TEMPLATE = """{%extends "base/page.html"%}
{%block contents%}
<h1>Tidewell 4.0 Press Kit</h1>
<h2>Press release</h2>
<p>3 MARCH 2026: The Tidewell project announces Tidewell 4.0, its survey tool, with 12 new map layers.</p>
<h2>Quoted companies</h2>
""" + BOILER + """
{%endblock%}
"""

PHP = """<?php include("header.php"); ?>
<html><body>
<h1>Tidewell 4.0 Press Kit</h1>
<p>3 MARCH 2026: The Tidewell project announces Tidewell 4.0, its survey tool, with 12 new map layers.</p>
<h3>Quoted companies</h3>
""" + BOILER + """
</body></html>
"""


def _emails(text: str, name: str) -> dict[str | None, list[str]]:
    return {c.name: c.emails for c in parse_release(text, name=name).contacts}


def test_the_run_in_cards_mailto_address_stays_with_it():
    for text, name in ((TEMPLATE, "kit.html"), (PHP, "kit.php")):
        cards = _emails(text, name)
        assert cards["Lena Vogt"] == ["lena@wrenpr.example"]
