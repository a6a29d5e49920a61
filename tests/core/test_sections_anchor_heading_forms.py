"""A heading an old page wraps in a named anchor (``<a name="images"><h2>Images</h2></a>``) is
still a heading: the anchor only marks a place to jump to. A live link around blocks stays a link.
Our own words, in an HTML page and in a PHP page that prints its HTML."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("<p>GREYSTONE, 9 July 2033 - The Greystone Cycling Club today opened its repair shed to the "
        "public, with tools and a volunteer mechanic on hand every Saturday morning.</p>")
HOURS = ("<p>The shed opens from nine until noon, and anyone may bring a bicycle in for a check or a "
         "repair, paying only for the parts they need.</p>")
IMAGES = "<img src='shed.jpg' alt='The repair shed'><p>Photos of the shed may be used freely with credit to the club.</p>"


def _html(images_heading: str) -> list[str]:
    page = (f"<html><body><h1>Cycling club opens repair shed</h1>{LEAD}<a name='hours'></a><h2>Opening hours</h2>"
            f"{HOURS}{images_heading}{IMAGES}</body></html>")
    return [s.title for s in parse_release(page, suffix=".html").all_sections()]


def _php(images_heading: str) -> list[str]:
    page = ("<?php $title = 'Cycling club opens repair shed'; include('header.php'); ?>\n"
            f"<h1>Cycling club opens repair shed</h1>\n{LEAD}\n<h2>Opening hours</h2>\n{HOURS}\n{images_heading}\n"
            f"{IMAGES}\n<?php include('footer.php'); ?>\n")
    return [s.title for s in parse_release(page, suffix=".php").all_sections()]


@pytest.mark.parametrize("style", [_html, _php])
def test_a_heading_inside_a_named_anchor_is_a_section(style) -> None:
    assert style("<a name='images'><h2>Images and Logos</h2></a>") == ["Opening hours", "Images and Logos"]
