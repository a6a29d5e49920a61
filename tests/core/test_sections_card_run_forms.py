"""A page's cards linking other stories after the release (three or more headings of one level in
a row, each over nothing but its picture) are page chrome, no sections, and their numbers are no
figures of the release; headings over text of their own stay sections. Our own words and numbers,
in an HTML page and in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("MARLOW, 3 March 2033 – The Marlow Rowing Club today opened its new boathouse on the east bank, "
        "with room for 14 boats and a training hall for its junior crews.")
MORE = ("The club raised the money for the boathouse over three years from members and local firms, and "
        "the hall will be open to schools on weekday mornings.")
CARDS = ["Junior regatta returns to the river", "Membership up 25 percent for the season...",
         "Winter training starts early this year"]
TEXTS = ["The regatta is back on the first Sunday of June, with races for crews of every age.",
         "Almost all of the members have renewed, and the club has a waiting list for the first time.",
         "Crews will train in the new hall from October, two weeks before the usual start."]


def _html(cards: list[str], texts: bool = False) -> tuple[list[str], list[float]]:
    body = "".join(f"<h3>{c}</h3>" + (f"<p>{TEXTS[n]}</p>" if texts else f"<img src='card{n}.jpg' alt='card'>")
                   for n, c in enumerate(cards))
    page = f"<h1>Rowing club opens boathouse</h1><p>{LEAD}</p><h3>The hall</h3><p>{MORE}</p>{body}"
    release = parse_release(page, suffix=".html")
    return [s.title for s in release.all_sections()], [f.value for f in release.figures]


def _markdown(cards: list[str], texts: bool = False) -> tuple[list[str], list[float]]:
    body = "".join(f"### {c}\n\n" + (f"{TEXTS[n]}\n\n" if texts else f"![card](card{n}.jpg)\n\n")
                   for n, c in enumerate(cards))
    text = f"# Rowing club opens boathouse\n\n{LEAD}\n\n### The hall\n\n{MORE}\n\n{body}"
    release = parse_release(text, suffix=".md")
    return [s.title for s in release.all_sections()], [f.value for f in release.figures]


@pytest.mark.parametrize("style", [_html, _markdown])
def test_a_run_of_picture_cards_is_no_section(style) -> None:
    titles, figures = style(CARDS)
    assert titles == ["The hall"]
    assert figures == [14]


@pytest.mark.parametrize("style", [_html, _markdown])
def test_headings_over_their_own_text_stay_sections(style) -> None:
    titles, _ = style(CARDS, texts=True)
    assert titles == ["The hall", *CARDS]
