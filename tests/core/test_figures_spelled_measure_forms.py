"""A measure written in words ("four hectares", "drei Hektar") is a figure with its unit, however
small, while a small count in words ("three engineers") stays out. Words and numbers of our own, in
plain text and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _plain(body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in parse_release(f"Orlan Park opens\n\n{body}\n", suffix=".txt").figures]


def _html(body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>Orlan Park opens</h1><p>{body}</p></body></html>"
    return [(f.value, f.unit) for f in parse_release(page, suffix=".html").figures]


@pytest.mark.parametrize("style", [_plain, _html])
def test_a_measure_in_words_keeps_its_unit(style) -> None:
    body = "Orlan Park covers four hectares and was laid out by three engineers."
    assert style(body) == [(4, "hectares")]


@pytest.mark.parametrize("style", [_plain, _html])
def test_a_german_measure_in_words_keeps_its_unit(style) -> None:
    assert style("Der Orlan-Park misst drei Hektar und braucht zwei Tonnen Kies.") == [(3, "Hektar"), (2, "Tonnen")]
