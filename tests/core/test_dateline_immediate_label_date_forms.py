"""A page that reposted a release: its byline gives the day the page was posted ("Published" /
"June 26, 2033") above the release's own label and date line ("For Immediate Release" / "April
24, 2031"), which is the release's date; and a field's label and value before a date ("Time &
Place: 12 PM, April 25, 2031, …") name no place. Words of our own, in two styles (a scrape one
element a line, and Markdown)."""

import pytest

from mediakit.core.analyse import parse_release

HEADLINE = "COUNTY PROSECUTORS TO HOST RECORDS CLINIC AT LAKEVIEW LIBRARY"
STORY = ("The County Prosecutor's Office will host a free records clinic at the Lakeview Library so that "
         "residents can clear old convictions, with 12 volunteer lawyers on hand.")
FIELD = "Time & Place: 12 PM, April 25, 2031, in the Reading Room at the Lakeview Library, 100 Main Street."
SCRAPE = (f"{HEADLINE} - County Prosecutor\nSkip to content\nPress\n1 min read\n{HEADLINE}\nAuthor\nJo Marren\n"
          f"Published\nJune 26, 2033\nHome\nPress\n{HEADLINE}\nFor Immediate Release\nApril 24, 2031\nContact:\n"
          f"Sam Reyes\nMedia Relations Director\n(555) 010-4477\n{STORY}\n{FIELD}\nShare\nLatest Posts\n")
MARKDOWN = (f"*Published June 26, 2033 by Jo Marren*\n\n# {HEADLINE}\n\n**For Immediate Release**\n\nApril 24, 2031\n\n"
            f"Contact: Sam Reyes, Media Relations Director, (555) 010-4477\n\n{STORY}\n\n{FIELD}\n")
STYLES = [(SCRAPE, "page.txt"), (MARKDOWN, "page.md")]


@pytest.mark.parametrize("text, name", STYLES)
def test_the_date_under_the_label_is_the_release_date(text, name):
    release = parse_release(text, name=name)
    assert (release.title, release.date) == (HEADLINE, "2031-04-24")


@pytest.mark.parametrize("text, name", STYLES)
def test_a_field_label_before_a_date_is_no_place(text, name):
    assert parse_release(text, name=name).place is None


@pytest.mark.parametrize("text, name", STYLES)
def test_a_dateline_in_the_story_still_outranks_the_label(text, name):
    dated = text.replace("The County Prosecutor's Office will", "LAKEVIEW, Ore., April 23, 2031 – The County "
                         "Prosecutor's Office will")
    release = parse_release(dated, name=name)
    assert (release.place, release.date) == ("LAKEVIEW, Ore.", "2031-04-23")
