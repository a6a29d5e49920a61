"""An event's facts set as labels in a capital, each over its line ("Date" / "12 - 13 May 2036" /
"Venue" / "Hall 4, Quayside Centre"), title their lines, in Markdown and in plain text; a label word
alone once ("Venue" over one line, no label two lines from it) stays no title. Our own words."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

HEAD = "Quayside Trade Fair opens its doors next spring"
LEAD = ("QUAYSIDE, November 4, 2035 -- The Quayside Trade Fair will gather some four hundred exhibitors from "
        "nine countries next spring, the organisers announced today.")
MORE = ("Buyers can book meetings with exhibitors ahead of the fair, and a new hall is set aside for "
        "start-ups showing their first products to the trade.")
FACTS = "Date\n\n12 - 13 May 2036\n\nVenue\n\nHall 4, Quayside Centre"
ALONE = "Venue\n\nHall 4, Quayside Centre"


def _titles(body: str, suffix: str) -> list[str]:
    head = f"# {HEAD}" if suffix == ".md" else HEAD
    return [s.title for s in parse_release(f"{head}\n\n{LEAD}\n\n{body}\n", suffix=suffix).all_sections()]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_an_events_fact_labels_each_over_its_line_title_them(suffix) -> None:
    assert _titles(f"{MORE}\n\n{FACTS}", suffix) == ["Date", "Venue"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_label_word_alone_once_is_no_title(suffix) -> None:
    assert _titles(f"{MORE}\n\n{ALONE}", suffix) == []
