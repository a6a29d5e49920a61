"""A paragraph that opens with a link and ends with one is text, not a line of links: the heading
over it ("About Lumen", "Lumenについて") titles a part of the release and its boilerplate. A
heading over nothing but links is still a box's call to action. Names and words are invented."""

import pytest

from mediakit.core.analyse import parse_release

_TEXT = ("<a href=\"https://lumen.example\">Lumen</a> is the open mapping engine built by a community of "
         "thousands of users and firms over twenty years. Join us at <a href=\"https://lumen.example\">lumen.example</a>")


@pytest.mark.parametrize("text, name", [
    ("<h1>Lumen 5 released</h1><p>The Lumen project today released Lumen 5, its fastest version so far.</p>"
     "<h2>Faster queries</h2><p>Queries now run in parallel on every core of the machine they use.</p>"
     f"<h2>About Lumen</h2><p>{_TEXT}</p>", "news.html"),
    ("# Lumen 5 released\n\nThe Lumen project today released Lumen 5, its fastest version so far.\n\n"
     "## Faster queries\n\nQueries now run in parallel on every core of the machine they use.\n\n"
     "## About Lumen\n\n[Lumen](https://lumen.example) is the open mapping engine built by a community of "
     "thousands of users and firms over twenty years. Join us at [lumen.example](https://lumen.example)\n", "news.md"),
])
def test_the_heading_over_a_link_framed_paragraph_is_a_part(text, name):
    out = parse_release(text, name).to_json()
    assert [s["title"] for s in out["sections"]] == ["Faster queries", "About Lumen"]
    assert [a["title"] for a in out["about"]] == ["About Lumen"]


def test_a_heading_over_links_only_is_still_no_part():
    out = parse_release("<h1>Lumen 5 released</h1><p>The Lumen project today released Lumen 5, its fastest "
                        "version so far.</p><h2>Faster queries</h2><p>Queries now run in parallel on every core.</p>"
                        "<h3>Want to try it?</h3><p><a href=\"/get\">Download</a> <a href=\"/docs\">Read the docs</a></p>",
                        "news.html").to_json()
    assert [s["title"] for s in out["sections"]] == ["Faster queries"]
