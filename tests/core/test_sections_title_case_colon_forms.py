"""A line ending in ":" that names its part in title case titles it: a topic of a letter over its
paragraph ("Fleet and Depot Services Update:"), a list's name with a small word inside ("Key Figures
from the Spring Season:"), and a summary list's title above the dateline ("Harvest Highlights:"
over its bullets). A line leading into its sentence or list ("The review also found:", "Jane Roe
added:") still titles nothing. Our own words, in Markdown and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

DATELINE = ("BRANFORD, Vt. - May 4, 2031 - Kettle Ridge Cooperative, a grower-owned orchard group, today "
            "wrote to its members about the season and the work ahead on its sites.")
PARA = ("The cooperative replaced four of its delivery vans and rebuilt the loading bay at the north depot, "
        "which cut the time a load waits before it leaves for the market.")
PARA2 = ("Members will vote on the new pruning schedule at the summer meeting, where the board will also set "
         "out what the orchard plans to plant over the next three years.")


def _markdown(summary: str, first: str, second: str, third: str) -> list[str]:
    text = (f"# Kettle Ridge Cooperative Writes to Its Members\n\n{summary}\n\n- Four new delivery vans on the road\n"
            f"- The north loading bay rebuilt\n\n{DATELINE}\n\n{first}\n\n{PARA}\n\n{second}\n\n- 12 orchards picked\n"
            f"- 3,400 crates sold\n\n{third}\n\n{PARA2}\n")
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


def _plain(summary: str, first: str, second: str, third: str) -> list[str]:
    text = (f"Kettle Ridge Cooperative Writes to Its Members\n\n{summary}\n\n• Four new delivery vans on the road\n"
            f"• The north loading bay rebuilt\n\n{DATELINE}\n\n{first}\n\n{PARA}\n\n{second}\n\n• 12 orchards picked\n"
            f"• 3,400 crates sold\n\n{third}\n\n{PARA2}\n")
    return [s.title for s in parse_release(text, suffix=".txt").all_sections()]


@pytest.mark.parametrize("style", [_markdown, _plain])
def test_title_case_colon_lines_title_their_parts(style) -> None:
    assert style("Harvest Highlights:", "Fleet and Depot Services Update:", "Key Figures from the Spring Season:",
                 "Pruning and Planting Plans Update:") == [
        "Harvest Highlights:", "Fleet and Depot Services Update:", "Key Figures from the Spring Season:",
        "Pruning and Planting Plans Update:"]


@pytest.mark.parametrize("style", [_markdown, _plain])
def test_lines_leading_into_their_text_title_nothing(style) -> None:
    assert style("In the past season the growers have seen:", "The review of the depots also found:",
                 "Over the spring the cooperative counted:", "Jane Roe, who chairs the board, added:") == []


@pytest.mark.parametrize("style", [_markdown, _plain])
def test_a_speakers_lead_in_in_title_case_titles_nothing(style) -> None:
    assert style("In the past season the growers have seen:", "Board Chair Jane Roe Commented:",
                 "Over the spring the cooperative counted:", "Treasurer Ola Brandt Added:") == []
