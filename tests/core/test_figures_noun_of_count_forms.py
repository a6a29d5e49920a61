"""A count grouped in thousands after the noun it counts and "of" ("a record crowd of 9,812 for the
final", "a population of 31,000 in 2030") is a figure though no noun follows it; a small one is not
("a squad of 12 for the tour"). Words and numbers of our own, in Markdown and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _markdown(body: str) -> list[float]:
    return [f.value for f in parse_release(f"# Club news\n\n{body}\n", suffix=".md").figures]


def _html(body: str) -> list[float]:
    page = f"<html><body><main><h1>Club news</h1><p>{body}</p></main></body></html>"
    return [f.value for f in parse_release(page, suffix=".html").figures]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_crowd_of_thousands_is_a_count(style) -> None:
    assert style("The final drew a record crowd of 14,206 for the first time in the club's history.") == [14206]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_population_of_thousands_is_a_count(style) -> None:
    assert style("The valley expects a population of 31,500 in the next decade.") == [31500]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_small_number_after_of_is_none(style) -> None:
    assert style("The coach named a squad of 12 for the tour.") == []
