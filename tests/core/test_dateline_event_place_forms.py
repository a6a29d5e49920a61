"""A dateline naming an event and its year before the place, with no date ("EXPO 2031, DENVER,
Colo. — The …"): the place is the city, not the event. Words of our own, in two styles (Markdown
with a bold dateline and plain text)."""

import pytest

from mediakit.core.analyse import parse_release

STORY = ("The Open Transit Alliance, a group of cities and makers building shared tools for bus and tram "
         "networks, today named six new members and a fund for route planning software.")


@pytest.mark.parametrize("text, name", [
    (f"---\ntitle: Open Transit Alliance grows to 40 cities\ndate: '2031-05-06'\n---\n\n"
     f"**TRANSIT SUMMIT 2031, DENVER, Colo.** — {STORY}\n", "r.md"),
    (f"Open Transit Alliance grows to 40 cities\n\nTRANSIT SUMMIT 2031, DENVER, Colo. -- {STORY}\n", "r.txt"),
])
def test_an_event_before_the_place(text, name):
    release = parse_release(text, name=name)
    assert release.title == "Open Transit Alliance grows to 40 cities"
    assert release.place == "DENVER, Colo."


def test_a_headline_with_a_year_is_no_dateline():
    text = f"Open Transit Alliance grows to 40 cities\n\nThe plan for 2031, in short: {STORY}\n"
    assert parse_release(text, name="r.txt").place is None
