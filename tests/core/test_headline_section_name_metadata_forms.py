"""A page whose only heading is the site's section name ("# Newsroom", "<h1>Latest news</h1>")
while its metadata names the release (front matter ``title``, ``og:title``): the metadata's title
is the headline, not the section name. Words of our own, in two styles (Markdown with front
matter, and an HTML page)."""

from mediakit.core.analyse import parse_release

MARKDOWN = """---
title: "Riverside Library Adds A Sunday Reading Room"
date: 2031-04-12
---

# Newsroom

The Riverside Library opened a reading room on Sundays this month, with 60 seats and a quiet
corner for students, after a survey of 900 members asked for weekend hours.
"""

HTML = """<html><head><meta property="og:title" content="Tideway Ferries Add A Night Crossing">
<title>Tideway Ferries Add A Night Crossing</title></head>
<body><h1>Latest news</h1>
<p>Tideway Ferries will add a night crossing between the two harbours from May, leaving at 23:30 and
carrying up to 400 passengers, the company said on Monday after a year of requests from shift workers.</p>
</body></html>
"""


def test_front_matter_title_over_a_section_name_heading_in_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert release.title == "Riverside Library Adds A Sunday Reading Room"


def test_meta_title_over_a_section_name_heading_in_html():
    release = parse_release(HTML, name="r.html")
    assert release.title == "Tideway Ferries Add A Night Crossing"


def test_a_section_name_with_no_metadata_title_is_kept():
    release = parse_release(MARKDOWN.split("---\n", 2)[2], name="r.md")
    assert release.title == "Newsroom"
