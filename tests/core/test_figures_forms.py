"""Number forms the figures package reads, each in words of our own and in two styles."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _figures(body: str) -> list[tuple[str, float, str | None, str | None]]:
    release = parse_release("# A headline for the test\n\n" + body + "\n", suffix=".md")
    return [(f.text, f.value, f.unit, f.currency) for f in release.figures]


@pytest.mark.parametrize("body, value", [
    ("Der Verein zählte 350.000 Besucher im vergangenen Jahr.", 350_000),  # dots group thousands
    ("La ligne transporte 3 000 voyageurs par jour depuis mars.", 3_000),  # a space groups them
    ("Le port a reçu 1 234,5 tonnes de grain en une semaine.", 1_234.5),  # a decimal comma
])
def test_european_digit_grouping_is_one_number(body, value):
    assert value in [v for _, v, _, _ in _figures(body)]


@pytest.mark.parametrize("body, values", [
    ("The new chip runs 4X faster than the one it replaces.", [4.0]),
    ("Caching cuts load times 2–20X on the pages we measured.", [2.0, 20.0]),
])
def test_multipliers_are_measures_in_times(body, values):
    found = [(v, unit) for _, v, unit, _ in _figures(body)]
    for value in values:
        assert (value, "×") in found


def test_a_bare_yuan_takes_the_currency_the_release_names():
    figures = _figures("台北訊，公司今天宣布，新廠房總投資新台幣20億元，預計明年完工。\n\n公司表示，設備採購約5億元。")
    assert ("5億元", 500_000_000.0, None, "TWD") in figures
    assert any(v == 2_000_000_000 and c == "TWD" for _, v, _, c in figures)


@pytest.mark.parametrize("body, counts", [
    ("In the vote, 24 out of the 33 councillors backed the plan.", [24.0, 33.0]),
    ("The survey found that 3 in 10 riders cycle to work.", [3.0, 10.0]),
])
def test_shares_of_a_group_are_counts(body, counts):
    values = [v for _, v, _, _ in _figures(body)]
    for count in counts:
        assert count in values
