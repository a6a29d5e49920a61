"""A link whose quoted address was left open runs on over a blank line ('<a href="http://…' and
then the next paragraphs): the address ends at the blank line, so the headings after it are still
shown. In words of our own and in two styles (an HTML page, and a PHP page)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = ("<h2>Bramblecote Choir Opens Its Spring Season</h2>\n"
        "<p>March 3, 2031 - The Bramblecote Community Choir today opened bookings for its spring season "
        "of six concerts in village halls across the valley.</p>\n"
        "<h2>Tickets</h2>\n<p>Tickets are on sale at the choir's stall every Saturday, and you can also "
        "ask us on our <a href=\"http://forum.bramblecote.example/choir\n\n</p>\n\n"
        "<h2>About Bramblecote Choir</h2>\n<p align=\"justify\">The Bramblecote Community Choir has sung "
        "in the valley since 1987 and welcomes new voices of every age.</p>\n")


def _html() -> object:
    return parse_release(f"<html><body>{BODY}</body></html>", suffix=".html")


def _php() -> object:
    page = f"<?php\n  $page_title = 'Spring season';\n  include(\"header.inc\");\n?>\n{BODY}<?php include(\"footer.inc\"); ?>\n"
    return parse_release(page, suffix=".php")


@pytest.mark.parametrize("style", [_html, _php])
def test_headings_after_a_runaway_address_are_shown(style) -> None:
    release = style()
    titles = [s.title for top in release.sections for s in top.walk()]
    assert titles == ["Tickets", "About Bramblecote Choir"]
    assert [a.title for a in release.about] == ["About Bramblecote Choir"]
