"""A part's bare title line with its paragraph on the very next line, no blank line between
("Pricing and Availability" over "The kit is available …"), in words of our own and in two styles
(Markdown, which joins a paragraph's lines, and plain text); wrapped prose is never cut."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

STORY = ("Lakeshore Robotics Guild announced today that its open rover kit now ships with a field "
         "guide, a spare parts list and a set of lesson plans for school clubs.")
PART = "Pricing and Availability"
TEXT = ("The kit is available now from the guild's online shop and from twelve partner stores, "
        "and school clubs may ask for a reduced rate until the end of the term.")
ABOUT = "About Lakeshore Robotics Guild"
ABOUT_TEXT = "Lakeshore Robotics Guild is a volunteer society that runs build nights in four towns."


def _markdown(body: str) -> list[str]:
    release = parse_release(f"# Guild ships rover kit\n\n{STORY}\n\n{body}\n", suffix=".md")
    return [s.title for top in release.sections for s in top.walk()]


def _plain(body: str) -> list[str]:
    release = parse_release(f"Guild ships rover kit\n\n{STORY}\n\n{body}\n", suffix=".txt")
    return [s.title for top in release.sections for s in top.walk()]


STYLES = [_markdown, _plain]


@pytest.mark.parametrize("style", STYLES)
def test_bare_title_over_its_paragraph_is_a_section(style) -> None:
    titles = style(f"{PART}\n{TEXT}\n\n{ABOUT}\n{ABOUT_TEXT}")
    assert titles == [PART, ABOUT]


@pytest.mark.parametrize("style", STYLES)
def test_the_part_keeps_its_own_text(style) -> None:
    suffix = ".md" if style is _markdown else ".txt"
    head = "# Guild ships rover kit" if suffix == ".md" else "Guild ships rover kit"
    release = parse_release(f"{head}\n\n{STORY}\n\n{PART}\n{TEXT}\n", suffix=suffix)
    part = next(s for top in release.sections for s in top.walk() if s.title == PART)
    assert part.body.startswith("The kit is available now")


@pytest.mark.parametrize("first", [
    "Lakeshore Robotics Guild said on Monday",  # a wrapped sentence in lower case goes on
    "Schools In The Region And",  # a title never ends on "and"
    "Orders Open Today.",  # a full stop ends a sentence, no title
])
def test_wrapped_or_finished_lines_stay_prose(first: str) -> None:
    titles = _markdown(f"{first}\n{TEXT}")
    assert first not in titles and titles == []


def test_a_wrapped_paragraph_of_even_lines_is_not_cut() -> None:
    body = ("Lakeshore Robotics Guild Opens Three New\n"
            "Build Nights In Harbour Towns This Winter For Clubs")
    assert _markdown(body) == []


@pytest.mark.parametrize("style", STYLES)
def test_a_short_question_over_its_answer_is_a_section(style) -> None:
    question = "What happens to the old rovers?"
    answer = ("Clubs that own the first kit can trade it in at any partner store, and the guild will "
              "strip the parts for its repair library.")
    assert style(f"{question}\n{answer}") == [question]
