"""A release copied out of a letterhead document keeps only its text: the page labels it printed
("Seite 1 von 2", "Page 2 of 3") are gone, the release's number ("Nr. 14/2031") is no contact line,
and the company's name over the headline, printed again at the head of the footer's fields
("Acme AG · Industriestraße 12 · …"), is the publisher's, not the headline.

Fixtures of our own: a German engineering firm's release as plain text, and an English toolmaker's
with its page label and footer.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release

GERMAN = """Pressemitteilung
Nr. 9/2031

Holtmann Antriebstechnik AG
Seite 1 von 2

Holtmann übernimmt Getriebebauer Ferrox

Minden, 12. Mai 2031 – Die Holtmann Antriebstechnik AG übernimmt alle Anteile der Ferrox GmbH. Der Kaufpreis
liegt bei 28 Millionen Euro. Ferrox beschäftigt 140 Mitarbeitende an zwei Standorten.

Holtmann Antriebstechnik AG · Ringstraße 4 · 32423 Minden
Seite 2 von 2

Pressekontakt: Jana Albers, presse@holtmann-antrieb.de
"""

ENGLISH = """Harbour Tools Ltd
Page 1 of 2

Harbour Tools opens a second forge in Sheffield

SHEFFIELD, 4 June 2031 - Harbour Tools has opened a second forge in the city, adding 60 jobs and doubling the
number of chisels and planes it can make each year.

Harbour Tools Ltd | 4 Quay Street | Sheffield S1 2AB
Page 2 of 2

Media contact: Owen Price, press@harbourtools.co.uk
"""


def test_a_german_letterhead_text_gives_its_headline_and_no_page_label():
    release = parse_release(GERMAN, "ferrox.txt")
    assert release.title == "Holtmann übernimmt Getriebebauer Ferrox"
    assert not any("Seite" in block.text for block in release.blocks)


def test_an_english_letterhead_text_gives_its_headline_and_no_page_label():
    release = parse_release(ENGLISH, "forge.txt")
    assert release.title == "Harbour Tools opens a second forge in Sheffield"
    assert not any(block.text.startswith("Page ") for block in release.blocks)
