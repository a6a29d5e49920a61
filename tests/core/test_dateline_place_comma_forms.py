"""A dateline's city and state followed by a comma and the story, the date that stood between
them lost from a scrape of the page ("Lakeview, Oregon" / ", The Lakeview Cooperative …"). Words
of our own, in two styles (a scrape one element a line, and Markdown)."""

import pytest

from mediakit.core.analyse import parse_release

STORY = ("The Lakeview Cooperative will open its third grain store on the edge of town, with room "
         "for 9,000 tonnes, members said at their spring meeting.")
SCRAPE = ("News\nPress Release\nLakeview Cooperative to Open Third Grain Store\nAdmin | March 4, 2031\n"
          "for immediate release\nLakeview Cooperative to Open Third Grain Store\nLakeview, Oregon\n, "
          + STORY + "\nThe store will take 40 trucks a day at harvest time.\n")
MARKDOWN = ("# Lakeview Cooperative to Open Third Grain Store\n\n*March 4, 2031*\n\nLakeview, Oregon, " + STORY
            + "\n\nThe store will take 40 trucks a day at harvest time.\n")
STYLES = [(SCRAPE, "page.txt"), (MARKDOWN, "page.md")]


@pytest.mark.parametrize("text, name", STYLES)
def test_the_city_and_state_before_the_comma_are_the_place(text, name):
    release = parse_release(text, name=name)
    assert (release.title, release.place, release.date) == ("Lakeview Cooperative to Open Third Grain Store",
                                                            "Lakeview, Oregon", "2031-03-04")


@pytest.mark.parametrize("text, name", STYLES)
def test_a_country_after_the_city(text, name):
    assert parse_release(text.replace("Lakeview, Oregon", "Lyon, France"), name=name).place == "Lyon, France"


@pytest.mark.parametrize("text, name", STYLES)
def test_a_name_and_title_before_the_comma_are_no_place(text, name):
    signed = text.replace("Lakeview, Oregon", "Jo Marren, Chief Executive")
    assert parse_release(signed, name=name).place is None


def test_a_date_after_the_place_is_still_read():
    dated = MARKDOWN.replace("Lakeview, Oregon, ", "Lakeview, Oregon, March 5, 2031 – ")
    release = parse_release(dated, name="page.md")
    assert (release.place, release.date) == ("Lakeview, Oregon", "2031-03-05")
