"""A plain-text copy of a web page whose first line is the browser title ("Headline - Site") while
the page below breaks the same headline over two or three lines: the headline is the whole title,
made one line again, and the deck under it stays apart. Words of our own, in two styles (a
county office's scrape with a menu, and a trust's scrape with a "|" title and a three-line headline)."""

from mediakit.core.analyse import parse_release

OFFICE_SCRAPE = """Harbour Clerk Charged With Selling Forged Mooring Permits - The Fenwick County Attorney's Office
HOME
ABOUT US
REPORT FRAUD
CONTACT US
FOR IMMEDIATE RELEASE
Tuesday, March 4, 2031
Harbour Clerk Charged With Selling
Forged Mooring Permits
Defendant Faces Up To Four Years In Prison
County Attorney Rosa Lindqvist today announced that a 52-year-old harbour clerk has been charged with selling 38 forged mooring permits to boat owners at the Fenwick marina over two seasons.
The clerk allegedly kept $21,400 paid for the permits, the county attorney said.
"""

TRUST_SCRAPE = """Moorland Trust Reopens The Old Quarry Path | Moorland Trust
Skip to main content
News
March 9, 2031
Moorland Trust Reopens
The Old Quarry
Path
Walkers can use the path again from Saturday after a winter of repairs to its drystone walls, the trust said on Monday, when volunteers finished the last of 14 stiles along the route.
"""


def test_a_headline_wrapped_over_two_lines_under_a_dash_title():
    release = parse_release(OFFICE_SCRAPE, name="office.txt")
    assert release.title == "Harbour Clerk Charged With Selling Forged Mooring Permits"
    assert release.date == "2031-03-04"
    assert "Forged Mooring Permits" not in [s.title for s in release.sections]


def test_a_headline_wrapped_over_three_lines_under_a_bar_title():
    release = parse_release(TRUST_SCRAPE, name="trust.txt")
    assert release.title == "Moorland Trust Reopens The Old Quarry Path"
    assert "Path" not in [s.title for s in release.sections]


def test_lines_that_only_start_the_title_are_not_joined():
    text = OFFICE_SCRAPE.replace("Forged Mooring Permits\n", "Forged Harbour Passes\n", 1)
    release = parse_release(text, name="office.txt")
    assert release.title != "Harbour Clerk Charged With Selling Forged Harbour Passes"
