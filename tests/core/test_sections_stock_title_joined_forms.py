"""A stock closing title with more words joined on, in title case and standing alone ("Forward-Looking
Statements and Risk Disclosure Notice:" over the legal paragraph), titles its part as the stock title
alone does, though it follows the boilerplate; a lead-in in sentence case opening with the same
words does not. Our own words, in Markdown and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("OAKRIDGE, TN - May 6, 2033 - Pinecrest Instruments, Inc. (Nasdaq: PNCI) today announced that it has "
        "closed the sale of its sensor business to a regional buyer for an undisclosed sum.")
ABOUT = ("Pinecrest Instruments, Inc., based in Oakridge, Tennessee, builds weather stations for farms and small "
         "airfields and services them across the southern states.")
LEGAL = ("This release contains forward-looking statements within the meaning of the securities laws, which are "
         "subject to risks and may differ materially from actual results.")


def _markdown(line: str) -> list[str]:
    text = f"# Pinecrest sells sensor business\n\n{LEAD}\n\nAbout Pinecrest Instruments\n\n{ABOUT}\n\n{line}\n\n{LEGAL}\n"
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


def _plain(line: str) -> list[str]:
    text = f"Pinecrest sells sensor business\n\n{LEAD}\n\nAbout Pinecrest Instruments\n\n{ABOUT}\n\n{line}\n\n{LEGAL}\n"
    return [s.title for s in parse_release(text, suffix=".txt").all_sections()]


@pytest.mark.parametrize("style", [_markdown, _plain])
def test_a_stock_title_with_words_joined_on_is_a_section(style) -> None:
    titles = style("Forward-Looking Statements and Risk Disclosure Notice:")
    assert [t.rstrip(" :") for t in titles] == ["About Pinecrest Instruments", "Forward-Looking Statements and Risk Disclosure Notice"]


@pytest.mark.parametrize("style", [_markdown, _plain])
def test_a_lead_in_opening_with_its_words_is_no_section(style) -> None:
    assert style("Forward-looking statements in this release rest on the following:") == ["About Pinecrest Instruments"]
