"""A day written with "of" before its month, as British and Australian releases do ("Wednesday
5th of March 2031"): the date is read. Words of our own, in two styles (plain text and Markdown)."""

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.structure import find_date

STORY = ("The Riverbend Council will open its new flood barrier to the public this weekend, after two years "
         "of building work on the lower banks of the river.")


@pytest.mark.parametrize("text, name", [
    (f"Flood barrier opens to the public\n\nWednesday 5th of March 2031\n\n{STORY}\n", "r.txt"),
    (f"# Flood barrier opens to the public\n\n**5th of March, 2031**\n\n{STORY}\n", "r.md"),
])
def test_a_day_of_a_month(text, name):
    release = parse_release(text, name=name)
    assert (release.title, release.date) == ("Flood barrier opens to the public", "2031-03-05")


def test_a_number_of_a_month_without_a_year_is_no_date():
    assert find_date("3 of May's 12 sessions") is None
