"""A web page with no headline anywhere (no heading, no title line, no ``<title>``): the JSON's title
is null, the window's the file's name; a title the page's metadata gives is kept though no line
prints it (plain text and a template fragment: ``test_headline_none_printed_forms``)."""

from __future__ import annotations

from mediakit.core.analyse import parse_release

STORY = ("the ferry from the north pier now leaves every forty minutes in the morning and every hour "
         "after noon, the harbour board said on Tuesday, adding that the winter timetable would follow "
         "the same pattern once the new landing stage at the south quay is finished in the spring.")


def test_an_html_page_with_no_heading_or_title_has_a_null_title():
    page = f"<html><body><p>{STORY}</p><p>{STORY.replace('ferry', 'tram')}</p></body></html>"
    release = parse_release(page, name="update_0412.html")
    assert release.to_json()["title"] is None
    assert release.title == "update_0412"


def test_a_metadata_title_is_kept_even_when_no_line_prints_it():
    page = (f"<html><head><title>Harbour board widens the ferry timetable</title></head>"
            f"<body><p>{STORY}</p></body></html>")
    release = parse_release(page, name="update_0412.html")
    assert release.to_json()["title"] == "Harbour board widens the ferry timetable"
