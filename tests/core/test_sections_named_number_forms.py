"""A bare line naming a thing by its number ("Assembly Bill 4417") over a paragraph that opens by
naming it again titles the part about it, in a plain-text scrape (one element a line) and in an
HTML page; a number on a line the paragraph below does not restate (a suite, a phone) stays no title.
Our own words."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

HEAD = "Council backs two measures on river safety"
LEAD = ("RIVERTON — Two measures backed by the Riverton Harbour Council passed the regional assembly on "
        "Tuesday after a vote that drew support from both parties, the council said.")
QUOTE = "“These measures keep our river crossings safe for every family,” Councillor Mara Ellwood said."
FIRST, SECOND = "Assembly Bill 4417", "Measure 583"
FIRST_TEXT = (f"{FIRST}, written by the council's transport panel, sets a speed limit for ferries near the "
              "three busiest crossings and funds new warning lights at each of them.")
SECOND_TEXT = (f"{SECOND} asks the regional water board to publish the river's depth readings every day "
               "during the flood season, as the harbour pilots have long requested.")


def _plain(first: str, first_text: str) -> list[str]:
    text = "\n".join([HEAD, "May 4, 2033", LEAD, QUOTE, first, first_text, SECOND, SECOND_TEXT, "###", ""])
    return [s.title for s in parse_release(text, suffix=".txt").all_sections()]


def _html(first: str, first_text: str) -> list[str]:
    paras = "".join(f"<p>{p}</p>" for p in [LEAD, QUOTE, first, first_text, SECOND, SECOND_TEXT])
    return [s.title for s in parse_release(f"<h1>{HEAD}</h1>{paras}", suffix=".html").all_sections()]


@pytest.mark.parametrize("style", [_plain, _html])
def test_a_name_with_its_number_over_its_part_is_a_section(style) -> None:
    assert style(FIRST, FIRST_TEXT) == [FIRST, SECOND]


@pytest.mark.parametrize("style", [_plain, _html])
def test_a_number_the_paragraph_below_does_not_restate_is_no_title(style) -> None:
    other = ("The council meets again next month to hear from the harbour pilots and the ferry operators "
             "about the new limits.")
    assert style("Suite 4417", other) == [SECOND]
