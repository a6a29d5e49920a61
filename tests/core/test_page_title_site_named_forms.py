"""A page with no heading whose ``<title>`` is "Site | Headline" (or "Headline – Site") and no
``og:site_name``: the part the page names elsewhere (the logo's link, the footer's address, the
press office) is the site's name, and the headline is the other part, printed nowhere on its own.
Words of our own, in two styles (a German town hall's page, an English agency's page)."""

from mediakit.core.analyse import parse_release

TOWN = """<html><head><meta charset="utf-8">
<title>Gemeinde Wiesental | Freibad öffnet nach Sanierung wieder im Juni</title></head>
<body>
<div id="menue"><a href="/">Startseite</a> | <a href="/rathaus">Rathaus</a> | <a href="/presse">Presse</a></div>
<div id="inhalt">
<p><b>Wiesental, 6. Mai 2031.</b> Das Freibad am Mühlbach öffnet nach zwei Jahren Sanierung am 1. Juni
wieder. Die Arbeiten haben 4,2 Millionen Euro gekostet, die Becken sind nun aus Edelstahl.</p>
<p>Der Eintritt bleibt für Kinder bis sechs Jahre frei.</p>
</div>
<div id="fuss">Gemeinde Wiesental · Rathausplatz 2 · 79999 Wiesental</div>
</body></html>
"""

AGENCY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Coastal path reopens after cliff repairs – Harbour Coast Authority</title></head>
<body>
<div class="header"><a href="/">Harbour Coast Authority</a><ul><li><a href="/news">News</a></li></ul></div>
<div id="main">
<p class="type">Press release</p>
<p>Published 6 May 2031</p>
<p>The coastal path between the two coves has reopened after six months of repairs to the cliff,
which cost £2.4 million and included 300 metres of new fencing.</p>
<p>Walkers are asked to keep to the marked route while the grass grows back.</p>
</div>
</body></html>
"""


def test_a_town_site_name_before_the_bar_is_left_out_of_the_headline():
    release = parse_release(TOWN, name="pm.html")
    assert release.title == "Freibad öffnet nach Sanierung wieder im Juni"


def test_an_agency_name_after_the_dash_is_left_out_of_the_headline():
    release = parse_release(AGENCY, name="news.html")
    assert release.title == "Coastal path reopens after cliff repairs"
