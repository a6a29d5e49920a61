"""A release with no dateline may still print a deck right under its headline, a second heading
that reads as a sentence ("Four students will ask the bank's owners to stop funding coal"): it
carries the headline on, no part of the body; a short heading there ("Background") opens the first
part. Our own words, in Markdown and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

HEAD = "Students take their questions to the annual meeting"
DECK = "Four students will ask the shareholders of Larchmont Bank to stop funding new coal plants"
BODY = ("The four students, all members of the Larchmont climate circle, bought single shares so that they "
        "could speak at the meeting and put their questions to the board in person.")
PART = "Programme"
PART_TEXT = "The meeting opens at ten in the town hall and the students expect to speak after the board's report."


def _markdown(second: str) -> list[str]:
    text = f"# {HEAD}\n\n## {second}\n\n{BODY}\n\n## {PART}\n\n{PART_TEXT}\n"
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


def _html(second: str) -> list[str]:
    page = f"<h1>{HEAD}</h1><h2>{second}</h2><p>{BODY}</p><h2>{PART}</h2><p>{PART_TEXT}</p>"
    return [s.title for s in parse_release(page, suffix=".html").all_sections()]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_deck_under_an_undated_headline_is_no_section(style) -> None:
    assert style(DECK) == [PART]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_short_heading_under_an_undated_headline_opens_a_part(style) -> None:
    assert style("Background") == ["Background", PART]
