"""The date of a scraped page whose theme printed its schema data after the story: the time it
was published over the time it was last modified ("2031-03-04 00:00:00" / "2031-05-06 16:20:43").
The first is the release's date; a list of other posts below it, with their own dates, is not.
Words of our own, in two styles (a scrape one element a line, and Markdown)."""

import pytest

from mediakit.core.analyse import parse_release

STORY = ("County Clerk Jo Marren announced today that the records office will open on Saturdays "
         "from April, so that 3,000 more residents a month can be served without taking time off work.\n"
         "The office has hired 6 clerks for the new hours and will publish its waiting times online.\n"
         "\u201cPeople should not have to choose between a day\u2019s pay and a birth certificate,\u201d Marren said.\n")
TAIL = ("https://news.example.org/wp-content/uploads/records-office.jpg\n640\n480\nnewsdesk\n"
        "2031-03-04 00:00:00\n2031-05-06 16:20:43\nRecords Office Opens on Saturdays\n"
        "Recent News\nClerk Names New Deputy\nJune 10, 2031\nCounty Clerk Jo Marren announced today …\n")
SCRAPE = "Records Office Opens on Saturdays - County News\nHome\n/\nNews\n/\nRecords Office Opens on Saturdays\n" \
    + STORY + TAIL
MARKDOWN = "# Records Office Opens on Saturdays\n\n" + STORY.replace("\n", "\n\n") + TAIL.replace("\n", "\n\n")


@pytest.mark.parametrize("text, name", [(SCRAPE, "page.txt"), (MARKDOWN, "page.md")])
def test_the_published_stamp_is_the_date(text, name):
    release = parse_release(text, name=name)
    assert (release.title, release.date) == ("Records Office Opens on Saturdays", "2031-03-04")


@pytest.mark.parametrize("text, name", [(SCRAPE, "page.txt"), (MARKDOWN, "page.md")])
def test_a_dateline_outranks_the_stamps(text, name):
    dated = text.replace("County Clerk Jo Marren announced today", "PORT ELLIS, Ore., Feb. 2, 2031 \u2013 County Clerk "
                         "Jo Marren announced today", 1)
    assert parse_release(dated, name=name).date == "2031-02-02"
