"""A filing's statement prints the issuer's name in capitals over the statement's title, and the
title over its caption or its header of years: the name titles no part, the statement's title does.
Words of our own, in two styles (a plain-text exhibit with a caption in brackets, a Markdown
release with a header of years)."""

from mediakit.core.analyse import parse_release


def _titles(release):
    out, stack = [], list(release.sections)
    while stack:
        section = stack.pop(0)
        out.append(section.title)
        stack[:0] = section.children
    return out


PLAIN = """Harrow Valve Reports Fourth Quarter Results

LEEDS, Feb. 3, 2031 /PRNewswire/ -- Harrow Valve Group Inc. today reported revenue of $41.2 million for the fourth quarter, up 6% from a year earlier.

Outlook

Harrow expects revenue of $170 million to $176 million in 2031.

HARROW VALVE GROUP INC.
CONSOLIDATED STATEMENTS OF INCOME
(in thousands, except per share amounts)
Revenue $ 41,212 $ 38,880
Net income $ 3,104 $ 2,771
"""

MARKDOWN = """# Tidewater Ferries Posts Record Year

PORTLAND, Maine, March 9, 2031 (GLOBE NEWSWIRE) -- Tidewater Ferries Holdings carried 2.3 million passengers in 2030, a record, and raised its dividend by 8%.

## Fleet

Two hybrid ferries joined the fleet in the autumn.

TIDEWATER FERRIES HOLDINGS, LTD

SUMMARY BALANCE SHEET

2030 2029

Cash $ 18,400 $ 12,950
"""


def test_the_issuers_name_over_a_statement_with_a_caption_titles_no_part():
    titles = _titles(parse_release(PLAIN, name="r.txt"))
    assert "HARROW VALVE GROUP INC." not in titles
    assert "CONSOLIDATED STATEMENTS OF INCOME" in titles and "Outlook" in titles


def test_the_issuers_name_over_a_statement_with_a_header_of_years_titles_no_part():
    titles = _titles(parse_release(MARKDOWN, name="r.md"))
    assert "TIDEWATER FERRIES HOLDINGS, LTD" not in titles
    assert "SUMMARY BALANCE SHEET" in titles and "Fleet" in titles
