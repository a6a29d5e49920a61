"""A deck (a subtitle right under the headline, above the dateline) belongs to the headline block,
not to the parts; a short part title above the dateline stays a part. In words of our own."""

import pytest

from mediakit.core.analyse import parse_release

PROSE = ("The harbour board added night sailings on its two busiest ferry routes this week, after a summer "
         "in which the last boat of the evening left full on most days.")
OTHER = ("Tickets bought for a day sailing stay valid on the night boats, and bicycles travel free on "
         "every crossing after eight in the evening.")


def titles(text, name):
    return [s.title for s in parse_release(text, name=name).all_sections()]


@pytest.mark.parametrize("text, name, part", [
    ("# Harbour Board Adds Night Ferries\n\n## Boats to run until midnight on both island routes\n\n"
     f"PORTWICK, June 2, 2032 – {PROSE}\n\n## Timetable\n\n{OTHER}\n", "r.md", "Timetable"),
    ("<html><body><h1>Ferries Will Sail After Dark</h1><h2>The board answers a summer of full last boats</h2>"
     f"<p>PORTWICK, 2 June 2032 - {PROSE}</p><h2>Tickets</h2><p>{OTHER}</p></body></html>", "r.html", "Tickets"),
    ("# 港口夜間渡輪開航\n\n## 港務局在兩條島嶼航線增開夜間班次至午夜\n\n2032年6月2日，港城——" + "港務局今天宣布增開夜間渡輪班次。" * 4
     + "\n\n## 時刻表\n\n" + "夜間班次每小時一班，單車免費。" * 4 + "\n", "r.md", "時刻表"),
])
def test_a_deck_between_the_headline_and_the_dateline_is_no_section(text, name, part):
    assert titles(text, name) == [part]


def test_a_short_part_title_right_under_the_headline_stays_a_section():
    text = (f"# Harbour Board Adds Night Ferries\n\n## Why now\n\nPORTWICK, June 2, 2032 – {PROSE}\n\n"
            f"## Timetable\n\n{OTHER}\n")
    assert titles(text, "r.md") == ["Why now", "Timetable"]

