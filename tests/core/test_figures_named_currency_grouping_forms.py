"""Three digits after one dot before a currency's name ("1.499 Euro", "2.350 euros") group
thousands even where a short release shows no other separator: no amount has a tenth of a cent;
with a magnitude ("1.250 million euros") or a sign before ("EUR 1.499") the dot stays a decimal
mark. Words and numbers of our own in plain text (German) and an HTML page (Spanish)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

DE = "Das Tablet kostet 1.499 Euro."
ES = "La bicicleta cuesta 2.350 euros."
DECIMALS = "Diesel costs EUR 1.499 a litre and 1.250 million euros went to roads."


def _plain(body: str) -> list[float]:
    return [f.value for f in parse_release(f"Neu im Handel\n\n{body}\n", suffix=".txt").figures]


def _html(body: str) -> list[float]:
    page = f"<html><body><h1>Novedad</h1><p>{body}</p></body></html>"
    return [f.value for f in parse_release(page, suffix=".html").figures]


@pytest.mark.parametrize("style", [_plain, _html])
def test_three_digits_after_a_dot_before_a_currency_name_are_thousands(style) -> None:
    assert 1499 in style(DE)
    assert 2350 in style(ES)


@pytest.mark.parametrize("style", [_plain, _html])
def test_a_sign_or_a_magnitude_keeps_the_decimal(style) -> None:
    found = style(DECIMALS)
    assert 1.499 in found and 1_250_000 in found
