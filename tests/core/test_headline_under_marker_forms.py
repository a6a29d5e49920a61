"""A scrape's headline is the line under the release's label or under its date line, not the page's
chrome above them (a cookie notice, the site's name, the department's).

Fixtures of our own: a county's news page copied as text (department, "Posted on:" date, headline,
dateline), a German town's page ("Pressemitteilung vom …" over the headline), and a ministry's page
with a cookie notice over a "Press release" label. A date line over an issuer's name, then the story,
keeps the headline printed above it.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release

COUNTY = """Skip to main content
Harlan Ridge County

News Flash

Harlan Ridge County Public Works
Posted on: April 7, 2031

Road Crews Begin Repaving Twelve Miles of Route 9

HARLAN RIDGE, Mont. - County crews will repave twelve miles of Route 9 between the fairgrounds and the
reservoir starting Monday, the Public Works department said, with lane closures on weekdays through June.

Drivers should expect delays of up to fifteen minutes.
"""

TOWN = """Gemeinde Obertal im Ried
Schriftgröße A A A
Drucken

Pressemitteilung vom 12.05.2031

Neues Hallenbad in Obertal öffnet nach zwei Jahren Bauzeit

Die Gemeinde Obertal eröffnet am Samstag ihr neues Hallenbad mit einem Sportbecken, einem Lehrschwimmbecken
und einer Sauna. Der Bau hat rund neun Millionen Euro gekostet, das Land hat davon drei Millionen übernommen.

Das Bad ist täglich von 7 bis 21 Uhr geöffnet.
"""

MINISTRY = """Cookies on this site
We use some essential cookies to make this website work.
Accept additional cookies Reject additional cookies

Skip to main content
Transport and roads

Press release
Thousands of new cycle parking spaces at railway stations
Stations across the north will get new cycle parking this year, the department has announced.

Published
2 May 2031

Work on 3,000 new cycle parking spaces at 40 railway stations will begin in June, the Department for
Transport Networks said today, with covered racks and lockers at the busiest stations.
"""

OTS = """Kreiswerke Almtal investieren in Glasfaser

03.03.2031 – 09:30

Kreiswerke Almtal GmbH

Almtal (ots) - Die Kreiswerke Almtal verlegen bis 2033 Glasfaser in allen Ortsteilen des Kreises und
schließen damit rund 18.000 Haushalte an das schnelle Netz an, teilte das Unternehmen am Montag mit.
"""


def test_a_county_page_s_headline_is_the_line_under_its_posted_on_date():
    release = parse_release(COUNTY, "repaving.txt")
    assert release.title == "Road Crews Begin Repaving Twelve Miles of Route 9"
    assert release.date == "2031-04-07"


def test_a_town_page_s_headline_is_the_line_under_its_dated_label():
    assert parse_release(TOWN, "hallenbad.txt").title == "Neues Hallenbad in Obertal öffnet nach zwei Jahren Bauzeit"


def test_a_ministry_page_s_headline_is_the_line_under_its_label_not_its_cookie_notice():
    assert parse_release(MINISTRY, "cycle-parking.txt").title == "Thousands of new cycle parking spaces at railway stations"


def test_an_issuer_s_name_under_a_date_line_is_no_headline():
    assert parse_release(OTS, "glasfaser.txt").title == "Kreiswerke Almtal investieren in Glasfaser"
