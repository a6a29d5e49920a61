"""Mexico writes a number of millions over a thousand with "mil" inside it: "2 mil 300 millones de pesos"
is 2,300 million pesos, not 300 million. Words and numbers of our own, a state's bulletin in HTML and a
company's release in Markdown."""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def _markdown(title: str, body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.currency) for f in parse_release(f"# {title}\n\n{body}\n", suffix=".md").figures]


def _html(title: str, body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>{title}</h1><p>{body}</p></body></html>"
    return [(f.value, f.currency) for f in parse_release(page, suffix=".html").figures]


def test_a_state_budget_in_thousands_of_millions() -> None:
    body = "El Gobierno de México destinará 15 mil 480 millones de pesos a 96 hospitales."
    assert _html("Presupuesto para hospitales", body) == [(15480000000, "MXN"), (96, None)]


def test_a_company_amount_in_dollars() -> None:
    body = "Cementos del Bajío invertirá 3 mil 250 millones de dólares en su nueva planta."
    assert _markdown("Cementos del Bajío amplía su planta", body) == [(3250000000, "USD")]


def test_a_thousand_without_a_larger_magnitude_stays_a_thousand() -> None:
    body = "El Gobierno de México entregó 3 mil becas a estudiantes."
    assert _markdown("Entrega de becas", body) == [(3000, None)]
