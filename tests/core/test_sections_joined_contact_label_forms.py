"""A contacts label joining two desks' names ("Media and Investor Contact:", "Press & Analyst
Contact") titles the contacts part as "Investor Contact:" does; a sentence leading into the card
("For all questions, please contact:") still titles nothing. Our own words and numbers, in Markdown
and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("FAIRHOLM, Ore. - (Wire) - June 2, 2032 - Tollgate Analytics, Inc., a maker of water-metering software, "
        "will report its first quarter results on June 12, 2032, after the close of the market.")
MORE = ("The company will hold a call for analysts and the press on the same day to go through the results and "
        "answer questions about its plans for the rest of the year.")
CARD = ["investors@tollgate-analytics.example", "541-555-0182"]


def _markdown(label: str) -> list[str]:
    card = "\n\n".join(CARD)
    text = f"# Tollgate Analytics to Report First Quarter Results\n\n{LEAD}\n\n{MORE}\n\n {label}\n\n {card}\n"
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


def _html(label: str) -> list[str]:
    card = "".join(f"<p>{line}</p>" for line in CARD)
    page = f"<h1>Tollgate Analytics to Report First Quarter Results</h1><p>{LEAD}</p><p>{MORE}</p><p>{label}</p>{card}"
    return [s.title for s in parse_release(page, suffix=".html").all_sections()]


@pytest.mark.parametrize("style", [_markdown, _html])
@pytest.mark.parametrize("label", ["Media and Investor Contact:", "Press & Analyst Contact"])
def test_a_label_joining_two_desks_titles_the_contacts(style, label: str) -> None:
    assert style(label) == [label]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_sentence_leading_into_the_card_titles_nothing(style) -> None:
    assert style("For all questions, please contact:") == []
