"""Lines broken off a sentence title nothing: a letterhead's upper-case lines each stopping on a
comma or a semicolon ("THE HON. JANE ROE, M.P.,"), and a scraped page's line broken at a link where
a name does something ("Director Ana Vell thanked" over the names she thanked). A short line in
sentence case over its part still titles it, a name's present-tense verb ending it or a capital after
the verb too ("What Harbour Master Quill says", "Harbour Board says Yes"). Our own words, in plain
text and in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LETTERHEAD = ("JOINT STATEMENT BY THE MINISTER FOR HARBOURS,\n\nTHE HON. MARA QUILL, M.P.,\n\n"
              "AND THE MINISTER FOR INLAND WATERWAYS,\n\nTHE HON. T.B. ORRIN, M.P. ;")
STORY = ("The Minister for Harbours and the Minister for Inland Waterways said today that the two "
         "departments had agreed to share the cost of dredging the northern channel before the winter.")
AFTER = ("The work will begin in the second week of the month and is expected to take about six weeks, "
         "during which the channel will stay open to smaller boats in daylight.")
BROKEN = ("Director Ana Vell thanked", "Deputy Commissioner Ilse Brandt and the crews of the harbour office for their "
          "work through the season.", "Mayor Tobin said that the first",
          "Dredging Day is being held in the harbour on the first Saturday of the month with the boat clubs.")


def _plain(lines: str) -> list[str]:
    text = f"Harbour channel to be dredged\n\n{lines}\n\n{STORY}\n\n{AFTER}\n"
    return [s.title for s in parse_release(text, suffix=".txt").all_sections()]


def _markdown(lines: str) -> list[str]:
    text = f"---\ntitle: \"Harbour channel to be dredged\"\n---\n\n{lines}\n\n{STORY}\n\n{AFTER}\n"
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


def _scraped(style, title: str | None) -> list[str]:
    lines = "\n\n".join(BROKEN)
    if title:
        lines += f"\n\n{title}"
    return style(f"{STORY}\n\n{lines}")


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_letterhead_lines_ending_in_commas_title_nothing(style) -> None:
    assert style(LETTERHEAD) == []


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_a_line_where_a_name_speaks_or_thanks_titles_nothing(style) -> None:
    assert _scraped(style, None) == []


@pytest.mark.parametrize("style", [_plain, _markdown])
@pytest.mark.parametrize("title", ["Channel works planned", "What Harbour Master Quill says", "Harbour Board says Yes"])
def test_a_short_title_in_sentence_case_still_titles_its_part(style, title: str) -> None:
    assert _scraped(style, title) == [title]
