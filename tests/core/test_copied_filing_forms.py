"""A current report's text copied without its EDGAR container (the cover, the items, the signatures,
then "EXHIBIT 99.1" and the release), in words of our own and two styles (plain text, Markdown):
the release shows the exhibit's headline and dateline, not the Commission's name on the cover."""

from mediakit.core.analyse import parse_release

COVER = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT

Date of Report (Date of earliest event reported): June 2, 2031

BLUE MESA FOODS, INC.

Item 7.01 Regulation FD Disclosure.

On June 2, 2031, the Company issued a press release, furnished as Exhibit 99.1.

Item 9.01 Financial Statements and Exhibits.

Exhibit 99.1 Press release dated June 2, 2031

SIGNATURES

Dated: June 3, 2031
"""

RELEASE = """Blue Mesa Foods Opens Its Third Bakery

PHOENIX, June 2, 2031 /PRNewswire/ -- Blue Mesa Foods, Inc. today opened a bakery in Tempe that will employ 120 people and bake 40,000 loaves a day.
"""


def test_the_exhibit_is_the_release():
    for text, name in ((COVER + "\nEXHIBIT 99.1\n\n" + RELEASE, "r.txt"),
                       (COVER + "\n**EXHIBIT 99.1**\n\n" + RELEASE, "r.md")):
        release = parse_release(text, name=name)
        assert (release.title, release.date, release.place) == (
            "Blue Mesa Foods Opens Its Third Bakery", "2031-06-02", "PHOENIX")


def test_a_report_without_the_exhibit_keeps_its_text():
    release = parse_release(COVER, name="r.txt")
    assert any("Regulation FD" in b.text for b in release.blocks)
