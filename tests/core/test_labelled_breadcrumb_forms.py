"""A page's trail of links under the site's "you are here" label (lexicon CRUMB_LABELS): page
chrome, never the headline nor a section, even with years in it and slashes between its steps."""

from mediakit.core.analyse import parse_release
from mediakit.core.structure.pagehead import labelled_breadcrumb

SCRAPE = """You are here: Home / News / 2031 / March
Night ferry timetable extended from May
Lowmere, 4 March 2031 – The harbour authority will run the night ferry every day from May, adding 12 sailings a week and some forty jobs at the terminal, it said on Tuesday.
The extension follows a trial over the winter months.
"""

SCRAPE_DE = """Sie sind hier: Startseite > Presse > Pressemitteilungen 2031
Neue Buslinie verbindet Nordstadt und Klinikum
Lindenau, 12. Mai 2031 – Ab Juni fährt die neue Linie 14 im Zehn-Minuten-Takt zwischen der Nordstadt und dem Klinikum, teilten die Verkehrsbetriebe am Montag mit.
Die Linie ersetzt zwei Umsteigeverbindungen.
"""

CN_PAGE = """<html><body>
<div class="crumb">您现在的位置：首页 >> 新闻中心 >> 区政动态</div>
<div class="article"><p><strong>青湾区新建十座口袋公园</strong></p>
<p>青湾，2031年5月6日——青湾区今年将新建十座口袋公园，总面积约3万平方米，预计投资1200万元。</p>
<p>公园将于年底前全部开放。</p></div></body></html>"""


def test_a_labelled_trail_in_a_scrape_is_neither_headline_nor_section():
    release = parse_release(SCRAPE, name="ferry.txt")
    assert release.title == "Night ferry timetable extended from May"
    assert all("You are here" not in s.title for s in release.sections)


def test_a_german_scrapes_sie_sind_hier_trail_is_not_the_headline():
    release = parse_release(SCRAPE_DE, name="buslinie.txt")
    assert release.title == "Neue Buslinie verbindet Nordstadt und Klinikum"


def test_a_chinese_pages_current_location_line_is_not_the_headline():
    release = parse_release(CN_PAGE, name="park.html")
    assert release.title == "青湾区新建十座口袋公园"
    assert all("位置" not in s.title for s in release.sections)


def test_what_a_trail_is_and_is_not():
    assert labelled_breadcrumb("Sie sind hier: Startseite > Presse > Mitteilungen 2031")
    assert not labelled_breadcrumb("You are here: Home")  # one step
    assert not labelled_breadcrumb("Location: City Hall / Room 5")  # an advisory's field, no site label
    assert not labelled_breadcrumb("You are here: the council said it would build a new bridge over the river / next")
