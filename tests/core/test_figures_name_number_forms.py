"""Numbers that are part of a name: the last number of a pre-release version ("2.3-alpha4",
"5.0-beta2") and 101 between two capitalised words or before a clause's end ("Pottery 101
Workshop", "Room 101"), while "About 101 guests" still counts guests. Feet glued or spaced
("60ft", "25 ft") are a measure. Words and numbers of our own in plain text and in a PHP page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = (
    "Quillpad 2.3-alpha4 and Inkwell 5.0-beta2 are ready for testing. The Pottery 101 Workshop "
    "meets in Room 101. About 101 guests came aboard a 60ft barge and a 25 ft tender."
)


def _plain(body: str) -> list[tuple[float, str | None]]:
    text = f"STUDIO NEWS\n\n{body}\n"
    return [(f.value, f.unit) for f in parse_release(text, suffix=".txt").figures]


def _php(body: str) -> list[tuple[float, str | None]]:
    page = f"<?php include 'head.php'; ?>\n<h1>Studio news</h1>\n<p>{body}</p>\n<?php include 'foot.php'; ?>\n"
    return [(f.value, f.unit) for f in parse_release(page, suffix=".php").figures]


@pytest.mark.parametrize("style", [_plain, _php])
def test_pre_release_numbers_and_course_numbers_are_names(style) -> None:
    values = [value for value, _ in style(BODY)]
    assert 4 not in values and 2 not in values
    assert values.count(101) == 1  # the guests, not the workshop or the room


@pytest.mark.parametrize("style", [_plain, _php])
def test_feet_are_a_measure(style) -> None:
    found = style(BODY)
    assert (60, "ft") in found and (25, "ft") in found
