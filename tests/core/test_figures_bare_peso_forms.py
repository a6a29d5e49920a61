"""A bare "pesos" is the peso of the country the release names ("en Colombia … 850 millones de
pesos" is COP, "in the Philippines … 6.2 billion pesos" PHP); a release naming no peso country gives
the amount no currency rather than a guess. Words and numbers of our own, in Markdown and in HTML."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _markdown(title: str, body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.currency) for f in parse_release(f"# {title}\n\n{body}\n", suffix=".md").figures]


def _html(title: str, body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>{title}</h1><p>{body}</p></body></html>"
    return [(f.value, f.currency) for f in parse_release(page, suffix=".html").figures]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_bare_peso_is_the_named_country_s(style) -> None:
    body = "La cooperativa Valdeleña invertirá en Colombia 850 millones de pesos en 140 viviendas."
    assert style("Valdeleña construye viviendas", body) == [(850000000, "COP"), (140, None)]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_an_english_bare_peso_follows_the_country_too(style) -> None:
    body = "Tarsilo Foods will invest 6.2 billion pesos in the Philippines over two years."
    assert style("Tarsilo Foods expands", body) == [(6200000000, "PHP")]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_peso_of_no_named_country_has_no_currency(style) -> None:
    body = "La cooperativa Valdeleña invertirá 850 millones de pesos en 140 viviendas."
    assert style("Valdeleña construye viviendas", body) == [(850000000, None), (140, None)]
