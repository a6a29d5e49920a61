"""A measure written out with a magnitude in words ("drei Millionen Tonnen", "two million litres")
keeps its unit, as "6 million square metres" does in digits. Words and numbers of our own, in an
ots-style plain text and in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _plain(headline: str, body: str) -> list[tuple[float, str | None]]:
    text = f"{headline}\n\nWeissach (ots) - {body}\n"
    return [(f.value, f.unit) for f in parse_release(text, suffix=".txt").figures]


def _markdown(headline: str, body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in parse_release(f"# {headline}\n\n{body}\n", suffix=".md").figures]


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_german_millions_of_tonnes_in_words_keep_the_unit(style) -> None:
    got = style("Neues Klärwerk", "Das neue Werk spart jedes Jahr drei Millionen Tonnen CO2 und 40 Stellen entstehen.")
    assert (3e6, "Tonnen") in got


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_english_millions_of_litres_in_words_keep_the_unit(style) -> None:
    got = style("Rain tanks for schools", "The tanks will hold two million litres of rainwater for 85 schools.")
    assert (2e6, "litres") in got and (85, None) in got


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_millions_of_people_in_words_stay_a_count(style) -> None:
    got = style("Rain tanks for schools", "The tanks will serve two million pupils.")
    assert got == [(2e6, None)]
