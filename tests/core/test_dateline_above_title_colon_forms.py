"""A dateline on a line of its own above the headline that closes with a colon or a dash
("PERTH, 26 March 2031:", "Kiel, 3. Mai 2031 –"): its place is the release's place, as without
the mark. Words of our own, in two styles (a harvested plain text with front matter, and Markdown)."""

from mediakit.core.analyse import parse_release

PLAIN = """---
title: "More ferries for the river towns"
date: "2031-03-26"
---

 MEDIA RELEASE

 PERTH, 26 March 2031:

 More ferries for the river towns

 The State will add four ferries to the river service from July, carrying up to 1,600 more
 passengers a day between the river towns and the city, the Minister for Transport said today.
"""

MARKDOWN = """Pressemitteilung

Kiel, 3. Mai 2031 –

## Neue Fähre für die Förde

Die Fördeschiffahrt nimmt im Sommer eine neue Fähre in Betrieb, die 250 Fahrgäste und 40 Fahrräder
befördern kann und den Anleger am Ostufer im Halbstundentakt bedient.
"""


def test_a_dateline_with_a_colon_above_the_headline_in_plain_text():
    release = parse_release(PLAIN, name="r.txt")
    assert release.place == "PERTH"
    assert release.date == "2031-03-26"


def test_a_dateline_with_a_dash_above_the_headline_in_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert release.place == "Kiel"
    assert release.date == "2031-05-03"
