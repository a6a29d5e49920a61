"""A question standing alone over its part titles it at a FAQ's length too ("Already a member and
only want to renew your card?"), not only a short one ("Want to try it?"); a question run on into
the text's sentences or a long one stays prose. Our own words, in an HTML page (the question broken
off its paragraph by a <br>) and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("LINDGROVE, 4 April 2033 – The Lindgrove Tool Library today opened its second branch in the old "
        "market hall, where members can borrow drills, ladders and garden tools for a week at a time.")
TRY = ("Anyone living in the district can borrow a tool for a day without a card by leaving a deposit at "
       "the desk, which is paid back when the tool comes back clean.")
RENEW = ("Members whose cards run out this spring can renew them at either branch or online, and the "
         "library will carry over any loans they have open at the time.")
SHORT = "Want to try it first?"
LONG = "Already a library member and only want a renewal?"
TOO_LONG = ("Already a member of the library who borrowed a tool last year and only want to find out how "
            "to renew your card before the summer?")


def _html(question: str) -> list[str]:
    page = (f"<h1>Tool library opens second branch</h1><p>{LEAD}</p><p>{SHORT}<br/>{TRY}</p>"
            f"<p>{question}<br/>{RENEW}</p>")
    return [s.title for s in parse_release(page, suffix=".html").all_sections()]


def _plain(question: str) -> list[str]:
    text = f"Tool library opens second branch\n\n{LEAD}\n\n{SHORT}\n\n{TRY}\n\n{question}\n\n{RENEW}\n"
    return [s.title for s in parse_release(text, suffix=".txt").all_sections()]


@pytest.mark.parametrize("style", [_html, _plain])
def test_a_question_of_a_faqs_length_titles_its_part(style) -> None:
    assert style(LONG) == [SHORT, LONG]


@pytest.mark.parametrize("style", [_html, _plain])
def test_a_question_run_on_or_too_long_stays_prose(style) -> None:
    assert style(TOO_LONG) == [SHORT]
    assert style(f"{LONG} Then read on.") == [SHORT]
