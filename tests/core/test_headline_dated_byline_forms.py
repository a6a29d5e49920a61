"""A blog's name as the page's first heading (and its HTML title), the release's heading under it
and a dated byline under that ("By Jo Roe | June 4, 2031"), in words of our own and two styles
(HTML, Markdown): the heading the byline dates is the headline, not the blog's name."""

from mediakit.core.analyse import parse_release

HTML = """<html><head><title>Quayside Labs Blog</title></head><body><h1>Quayside Labs Blog</h1>
<h2>Quayside Labs Opens a Studio in Lisbon</h2><p>By Jo Roe | June 4, 2031</p>
<p>LISBON — Quayside Labs today opened a design studio in Lisbon, where 40 designers will work on its apps.</p>
</body></html>"""

MARKDOWN = """# Fernhill Notes

## Fernhill Cooperative Buys Its First Wind Turbine

*Posted June 4, 2031 by the board*

The Fernhill Cooperative has bought a 2 MW wind turbine that will power 1,200 of its members' homes from next spring.
"""


def test_the_dated_heading_is_the_headline():
    assert parse_release(HTML, name="r.html").title == "Quayside Labs Opens a Studio in Lisbon"
    assert parse_release(MARKDOWN, name="r.md").title == "Fernhill Cooperative Buys Its First Wind Turbine"
