"""A change written from one level to another with the scale once, after the new level: German
"von 41 auf 47 Prozent", "um 12 auf 96 Mio. Euro" and Spanish "del 12 al 15 por ciento": the old
level is a percent (or an amount) too. Words and numbers of our own, in an ots-style plain text
and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _plain(headline: str, body: str) -> list[tuple[float, str | None, str | None]]:
    text = f"{headline}\n\nAltenbruck (ots) - {body}\n"
    return [(f.value, f.unit, f.currency) for f in parse_release(text, suffix=".txt").figures]


def _html(headline: str, body: str) -> list[tuple[float, str | None, str | None]]:
    page = f"<html><body><main><h1>{headline}</h1><p>{body}</p></main></body></html>"
    return [(f.value, f.unit, f.currency) for f in parse_release(page, suffix=".html").figures]


@pytest.mark.parametrize("style", [_plain, _html])
def test_german_old_level_before_auf_takes_the_percent(style) -> None:
    got = style("Ökostrom legt zu", "Der Anteil des Ökostroms stieg von 38 auf 44 Prozent.")
    assert (38, "%", None) in got and (44, "%", None) in got


@pytest.mark.parametrize("style", [_plain, _html])
def test_german_change_before_auf_takes_the_millions(style) -> None:
    got = style("Umsatz wächst", "Der Umsatz wuchs um 12 auf 96 Mio. Euro.")
    assert (12e6, None, "EUR") in got and (96e6, None, "EUR") in got


@pytest.mark.parametrize("style", [_plain, _html])
def test_spanish_old_level_before_al_takes_the_percent(style) -> None:
    got = style("Más gasto en cultura", "La partida de cultura sube del 7 al 9 por ciento del gasto.")
    assert (7, "%", None) in got and (9, "%", None) in got


@pytest.mark.parametrize("style", [_plain, _html])
def test_days_joined_by_al_stay_no_figures(style) -> None:
    got = style("Semana de la ciencia", "La feria abre del 3 al 9 de mayo con 40 talleres.")
    assert got == [(40, None, None)]
