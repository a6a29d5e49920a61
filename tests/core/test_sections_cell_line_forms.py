"""A line with no letter at all (a table's cell set on a line of its own: "4.2%", "98,000")
titles nothing, though it stands alone over text. Our own words, in an exploded plain-text table
and HTML paragraphs."""

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("The Fenwick ferry co-operative carried more than 90,000 passengers in its first season, twice what "
        "its members had planned for when the boats were bought.")
AFTER = "The co-op will order a third boat in May and plans a winter timetable for the first time."


@pytest.mark.parametrize("text, name", [
    (f"Ferry co-op doubles its first season\n\nHARWICH, March 4, 2033 – {LEAD}\n\nRoute\nPassengers\nGrowth\n\n"
     f"Harwich\n52,000\n4.2%\n\nFelixstowe\n38,000\n6.8%\n\n{AFTER}\n", "r.txt"),
    (f"<html><body><h1>Ferry co-op doubles its first season</h1><p>HARWICH, March 4, 2033 – {LEAD}</p>"
     f"<p>Harwich</p><p>52,000</p><p>4.2%</p><p>{AFTER}</p></body></html>", "r.html"),
])
def test_a_table_s_cell_on_its_own_line_is_no_title(text, name):
    titles = [s.title for s in parse_release(text, name=name).all_sections()]
    assert not [t for t in titles if not any(ch.isalpha() for ch in t)]
