"""A page saved by a reader service, under the header it writes ("Title: …" / "URL Source: …" /
"Published Time: …" / "Markdown Content:"): the header's title is the headline and its time the
date; its lines are no part of the release. Words of our own, in two styles (Markdown and plain
text), with the time written as ISO 8601 and as an HTTP date."""

import pytest

from mediakit.core.analyse import parse_release

HEADER = ("Title: Lakeview Cooperative Opens Its Third Grain Store\n\n"
          "URL Source: https://news.example.org/lakeview-cooperative-grain-store/\n\n"
          "Published Time: {time}\n\n"
          "Markdown Content:\n")
STORY = ("_A store for 9,000 tonnes near the rail yard_\n\n"
         "The Lakeview Cooperative today opened its third grain store, built with 14 local firms "
         "over eleven months, so that members can hold their harvest until prices recover.\n\n"
         "## A Store Near the Rail Yard\n\n"
         "The store stands beside the rail yard and takes 40 trucks a day at harvest time.\n")
PLAIN_STORY = STORY.replace("_", "").replace("## ", "")
ISO, HTTP = "2031-03-04T09:30:00+00:00", "Tue, 04 Mar 2031 09:30:00 GMT"


@pytest.mark.parametrize("time", [ISO, HTTP])
@pytest.mark.parametrize("story, name", [(STORY, "page.md"), (PLAIN_STORY, "page.txt")])
def test_the_header_gives_the_title_and_date(time, story, name):
    release = parse_release(HEADER.format(time=time) + story, name=name)
    assert (release.title, release.date) == ("Lakeview Cooperative Opens Its Third Grain Store", "2031-03-04")


@pytest.mark.parametrize("story, name", [(STORY, "page.md"), (PLAIN_STORY, "page.txt")])
def test_the_header_lines_are_no_part_of_the_release(story, name):
    release = parse_release(HEADER.format(time=ISO) + story, name=name)
    titles = [section.title for section in release.sections]
    assert "Markdown Content:" not in titles and not any("URL Source" in t for t in titles)
    assert all("URL Source" not in block.text for block in release.blocks)


def test_title_lines_without_the_content_line_are_the_release():
    text = ("Title: Lakeview Cooperative Opens Its Third Grain Store\n\n" + PLAIN_STORY)
    assert parse_release(text, name="page.txt").date is None
