"""A page whose layout prints its front matter's title where the headline stands (Jekyll's
``# {{ page.title }}``, Hugo's ``{{ .Title }}``, ``[%title]``): the headline is the front matter's
title, never the placeholder; a print of the site's name is not the page's title. Words of our own,
in two styles (Markdown and an HTML page with front matter)."""

from mediakit.core.analyse import parse_release

MARKDOWN = """---
title: Lakeview Ferries Adds a Night Crossing
date: 2031-05-06
author: Jo Marsh
---

# {{ page.title }}

[%author]

LAKEVIEW, May 6, 2031 -- Lakeview Ferries will run a night crossing between the two harbours from
June, carrying up to 200 passengers and 40 bicycles on each trip, the company said today.
"""

HTML = """---
title: Quayside Trust Opens the Rope Works Museum
date: 2031-05-06
---
<h1>{{ .Title }}</h1>
<p>{{ site.title }}</p>
<p>QUAYSIDE, May 6, 2031 – The Quayside Trust opened the old rope works on the harbour front as a
museum and a workshop for boat builders today, after two years of repairs to the long sheds.</p>
"""


def test_a_jekyll_title_print_in_markdown_is_the_front_matter_title():
    release = parse_release(MARKDOWN, name="r.md")
    assert release.title == "Lakeview Ferries Adds a Night Crossing"
    assert release.place == "LAKEVIEW"
    assert "[%author]" not in " ".join(b.text for b in release.blocks)


def test_a_hugo_title_print_in_html_is_the_front_matter_title():
    release = parse_release(HTML, name="r.html")
    assert release.title == "Quayside Trust Opens the Rope Works Museum"
    assert release.date == "2031-05-06"
    assert any("{{ site.title }}" in b.text for b in release.blocks)
