"""A filing's text copied without its cover, opening with the form's name ("FORM 8-K"), shows the
release it files under its exhibit label, as a copy with the cover does.

Fixtures of our own: a bakery's 8-K as plain text and a water utility's as Markdown.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release

FILING = """FORM 8-K

Item 8.01 Other Events.

On April 2, 2031, {company} issued the press release attached as Exhibit 99.1.

Item 9.01 Financial Statements and Exhibits.

Exhibit No.    Description
99.1           Press Release dated April 2, 2031

EXHIBIT 99.1

{headline}

{place}, April 2, 2031 /PRNewswire/ -- {company} (NYSE: XYZ) today announced {news}
"""


def test_a_plain_text_copy_opening_with_its_form():
    text = FILING.format(company="Northbay Bakeries, Inc.", headline="Northbay Bakeries to Open a Bakery in Ohio",
                         place="DAYTON, Ohio", news="plans to build a $90 million bakery near Dayton by the end of 2032.")
    release = parse_release(text, "filing.txt")
    assert release.title == "Northbay Bakeries to Open a Bakery in Ohio"
    assert (release.date, release.place) == ("2031-04-02", "DAYTON, Ohio")


def test_a_markdown_copy_opening_with_its_form():
    text = FILING.format(company="Clearwater Utilities Corp.", headline="Clearwater Utilities Raises Its Dividend",
                         place="TAMPA, Fla.", news="that its board raised the quarterly dividend by 6 percent.")
    release = parse_release(text, "filing.md")
    assert release.title == "Clearwater Utilities Raises Its Dividend"
    assert release.place == "TAMPA, Fla."
