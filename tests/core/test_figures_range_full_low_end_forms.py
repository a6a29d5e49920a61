"""A low end written in full borrows no scale from the high end: "cut its loss by $318,772 to $4.6
million" names two amounts, while "$190 to $200 million" and "fell from 1.4 to 0.9 million" are
ranges whose low end takes the million. Words and numbers of our own, in Markdown and in a PHP page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _markdown(body: str) -> list[tuple[float, str | None]]:
    text = f"# Pellworth Labs reports results\n\n{body}\n"
    return [(f.value, f.currency) for f in parse_release(text, suffix=".md").figures]


def _php(body: str) -> list[tuple[float, str | None]]:
    page = f"<?php include 'head.php'; ?>\n<h1>Pellworth Labs reports results</h1>\n<p>{body}</p>\n"
    return [(f.value, f.currency) for f in parse_release(page, suffix=".php").figures]


@pytest.mark.parametrize("style", [_markdown, _php])
def test_a_full_low_end_keeps_its_own_size(style) -> None:
    body = "Pellworth Labs cut its net loss by $318,772 to $4.6 million in the half year."
    assert style(body) == [(318772, "USD"), (4600000, "USD")]


@pytest.mark.parametrize("style", [_markdown, _php])
def test_a_short_low_end_still_borrows_the_scale(style) -> None:
    body = "Pellworth Labs expects sales of $190 to $200 million next year."
    assert (190000000, "USD") in style(body)


@pytest.mark.parametrize("style", [_markdown, _php])
def test_a_falling_range_still_shares_the_scale(style) -> None:
    body = "Its customer base fell from 1.4 to 0.9 million households."
    assert [value for value, _ in style(body)][:1] == [1400000]
