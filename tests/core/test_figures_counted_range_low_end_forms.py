"""A count range whose high end carries the noun ("180,000 to 190,000 ounces", "12.000 bis 15.000
Besucher"): a low end grouped in thousands counts the same things and is a figure too; a small
low end stays none ("Between 10 and 20 staff"). Words and numbers of our own, in a wire-style
Markdown release and in a German plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _markdown(body: str) -> list[float]:
    text = f"# Output guidance raised\n\nPERTH, March 3, 2031 (GLOBE NEWSWIRE) -- {body}\n"
    return [f.value for f in parse_release(text, suffix=".md").figures if f.kind == "count"]


def _plain(body: str) -> list[float]:
    return [f.value for f in parse_release(f"Neue Messehalle\n\nHalden (ots) - {body}\n", suffix=".txt").figures
            if f.kind == "count"]


@pytest.mark.parametrize("style", [_markdown, _plain])
def test_a_grouped_low_end_counts_what_the_high_end_counts(style) -> None:
    assert style("The group now expects 240,000 to 255,000 ounces this year.") == [240000, 255000]


@pytest.mark.parametrize("style", [_markdown, _plain])
def test_a_german_grouped_low_end_is_a_count(style) -> None:
    assert style("Zur Messe werden 12.000 bis 15.000 Besucher erwartet.") == [12000, 15000]


@pytest.mark.parametrize("style", [_markdown, _plain])
def test_a_small_low_end_stays_none(style) -> None:
    assert style("The site will need 10 to 20 staff.") == [20]
