"""A card that closes a company's paragraph, as a press kit lists the companies it quotes ("<b>Acme
Ltd</b> is … Contact: Jane Roe, 415-…"), is that company's: its bold name is the card's
organisation, whether the card is cut off into a line of its own (a phone follows the label) or read
at the paragraph's end (only a mailto link). Words of our own, in two styles: an HTML template page
and a PHP page."""

from mediakit.core.analyse import parse_release

WITH_PHONE = ("<p><b>Quarrystone</b> is a hosting company for research software, with engineers in "
              "four countries and customers in 31 more. It was founded by two geologists who needed a "
              "place to run their models. Contact: <a href=\"mailto:lena@wrenpr.example\">Lena Vogt</a>, "
              "415-555-0193</p>")
LINK_ONLY = ("<p><b><a href=\"https://fenwick.example\">Fenwick Labs, Inc.</a></b> builds survey drones "
             "for coastal councils and has flown them over 900 kilometres of shore since 2019. "
             "Contact (English only): <a href=\"mailto:omar@fenwick.example\">Omar Haddad</a></p>")

TEMPLATE = """{%extends "base/page.html"%}
{%block contents%}
<h1>Tidewell 4.0 Press Kit</h1>
<h2>Press release</h2>
<p>3 MARCH 2026: The Tidewell project announces Tidewell 4.0, its survey tool, with 12 new map layers.</p>
<h2>Quoted companies</h2>
""" + WITH_PHONE + "\n" + LINK_ONLY + """
{%endblock%}
"""

PHP = """<?php include("header.php"); ?>
<html><body>
<h1>Tidewell 4.0 Press Kit</h1>
<p>3 MARCH 2026: The Tidewell project announces Tidewell 4.0, its survey tool, with 12 new map layers.</p>
<h3>Quoted companies</h3>
""" + WITH_PHONE + "\n" + LINK_ONLY + """
</body></html>
"""


def _orgs(text: str, name: str) -> dict[str | None, str | None]:
    return {c.name: c.organization for c in parse_release(text, name=name).contacts}


def test_a_card_closing_a_company_paragraph_is_the_companys():
    for text, name in ((TEMPLATE, "kit.html"), (PHP, "kit.php")):
        orgs = _orgs(text, name)
        assert orgs["Lena Vogt"] == "Quarrystone"
        assert orgs["Omar Haddad"] == "Fenwick Labs, Inc."


def test_without_a_bold_name_the_card_keeps_the_usual_organisation():
    text = TEMPLATE.replace("<b>Quarrystone</b>", "Quarrystone")
    assert _orgs(text, "kit.html")["Lena Vogt"] != "Quarrystone"
