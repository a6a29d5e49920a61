"""A lone given name that its own address spells as the mailbox ("Contact: <a href=mailto:rhea@…>Rhea</a>")
is a person's name, not an organisation's; a desk's word over its mailbox ("Press" over press@…) is
not. Words of our own, in two styles: an HTML template page and a PHP page."""

from mediakit.core.analyse import parse_release

PARAGRAPH = ("<p><b>Corvane Systems</b> builds tide gauges for harbour authorities on three continents and "
             "has installed them in 40 ports since 2011. Contact (English only): "
             "<a href=\"mailto:{box}@corvane.example\">{text}</a>, (919) 555-0148</p>")

TEMPLATE = """{{%extends "base/page.html"%}}
{{%block contents%}}
<h1>Tidewell 4.0 Press Kit</h1>
<p>3 MARCH 2026: The Tidewell project announces Tidewell 4.0, its survey tool, with 12 new map layers.</p>
<h2>Quoted companies</h2>
{para}
{{%endblock%}}
"""

PHP = """<?php include("header.php"); ?>
<html><body>
<h1>Tidewell 4.0 Press Kit</h1>
<p>3 MARCH 2026: The Tidewell project announces Tidewell 4.0, its survey tool, with 12 new map layers.</p>
<h3>Quoted companies</h3>
{para}
</body></html>
"""


def _names(page: str, name: str, box: str, text: str) -> list[str | None]:
    release = page.format(para=PARAGRAPH.format(box=box, text=text))
    return [c.name for c in parse_release(release, name=name).contacts if c.emails]


def test_a_given_name_its_mailbox_spells_is_the_persons():
    assert _names(TEMPLATE, "kit.html", "rhea", "Rhea") == ["Rhea"]
    assert _names(PHP, "kit.php", "rhea", "Rhea") == ["Rhea"]


def test_a_desk_word_over_its_mailbox_is_no_name():
    assert _names(TEMPLATE, "kit.html", "press", "Press") != ["Press"]
    assert _names(PHP, "kit.php", "press", "Press") != ["Press"]
