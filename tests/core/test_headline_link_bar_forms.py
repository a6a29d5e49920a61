"""A bar of a page's links or tags between bars or dots above the headline ("Share: Facebook |
X | LinkedIn", "Verkehr | Umwelt") is not the headline; a headline with a bar in it still is;
in words of our own and two styles (an English plain-text scrape, a German plain text)."""

from mediakit.core.analyse import parse_release

SHARE_BAR = """Share: Facebook | X | LinkedIn | Email

Hospital opens a second cancer care wing

HALIFAX, N.S., June 3, 2031 – The regional hospital opened a second cancer care wing on Tuesday with 36 treatment chairs, which it said would cut waiting times for infusions by about a third.
"""

TAG_BAR = """Pressemitteilung

Verkehr · Umwelt

Landkreis bestellt 40 Elektrobusse

Lüneburg, 3. Juni 2031 – Der Landkreis hat 40 Elektrobusse bestellt, die ab dem kommenden Jahr auf den Überlandlinien fahren sollen, wie die Verwaltung am Dienstag mitteilte.
"""


def test_a_bar_of_links_or_tags_is_not_the_headline():
    assert parse_release(SHARE_BAR, name="r.txt").title == "Hospital opens a second cancer care wing"
    assert parse_release(TAG_BAR, name="r.txt").title == "Landkreis bestellt 40 Elektrobusse"


ALONE = """Harbour Trust | Annual Report Summary

HOBART, June 3, 2031 – The trust handled 2.1 million tonnes of cargo last year, up 6 per cent, according to its annual report tabled in parliament on Tuesday afternoon.
"""


def test_a_line_with_a_bar_is_still_the_headline_where_nothing_else_is():
    assert parse_release(ALONE, name="r.txt").title.startswith("Harbour Trust")
