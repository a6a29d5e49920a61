"""A line ending in a word that never ends a title, just before its colon ("The changes are meant
to:", "Members will be able to:"), leads into the list below as the sentence it is, even where
several such lines each stand over a list; a short name over a list ("This spring:") still titles
it. Our own words, in Markdown and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("The Oakmere Seed Library today set out changes to its lending rules that its members asked for at "
        "the spring meeting, to come into force at the start of next season.")
MID = "The board will review the changes after one season and report back to the members at the autumn meeting."


def _markdown(first: str, second: str) -> list[str]:
    text = (f"# Seed library sets out new rules\n\n{LEAD}\n\n### The Changes\n\n{MID}\n\n{first}\n\n- Lend more seed\n"
            f"- Keep records\n\n{MID}\n\n{second}\n\n- Borrow online\n- Return by post\n")
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


def _html(first: str, second: str) -> list[str]:
    page = (f"<h1>Seed library sets out new rules</h1><p>{LEAD}</p><h3>The Changes</h3><p>{MID}</p><p>{first}</p>"
            f"<ul><li>Lend more seed</li><li>Keep records</li></ul><p>{MID}</p><p>{second}</p>"
            "<ul><li>Borrow online</li><li>Return by post</li></ul>")
    return [s.title for s in parse_release(page, suffix=".html").all_sections()]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_lead_ins_ending_before_their_colon_are_no_sections(style) -> None:
    assert style("The changes are meant to:", "Members will be able to:") == ["The Changes"]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_short_names_over_lists_still_title_them(style) -> None:
    assert style("This spring:", "Next autumn:") == ["The Changes", "This spring:", "Next autumn:"]
