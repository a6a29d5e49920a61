"""The codes PHP, COP and TRY before a number are a currency where a magnitude word follows the number
("COP 12.000 millones", "PHP 3.5 billion"); elsewhere they stay the language, the conference and the word
("PHP 8", "COP 28"). Words and numbers of our own, a Colombian university's release in Markdown and a
Philippine agency's page in HTML."""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def _markdown(title: str, body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.currency) for f in parse_release(f"# {title}\n\n{body}\n", suffix=".md").figures]


def _html(title: str, body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>{title}</h1><p>{body}</p></body></html>"
    return [(f.value, f.currency) for f in parse_release(page, suffix=".html").figures]


def test_pesos_of_colombia_by_their_code() -> None:
    body = "La universidad creó un fondo de COP 8.500 millones para 900 becas."
    assert _markdown("Fondo de becas", body) == [(8500000000, "COP"), (900, None)]


def test_pesos_of_the_philippines_by_their_code() -> None:
    body = "The agency approved a PHP 2.4 billion budget for 35 rural clinics."
    assert _html("Clinic budget approved", body) == [(2400000000, "PHP"), (35, None)]


def test_a_conference_and_a_language_stay_names() -> None:
    assert _markdown("Cumbre del clima", "La COP 31 reunió a 190 delegaciones.") == [(190, None)]
    assert {currency for _, currency in _html("Runtime update", "PHP 9 now runs on 300 servers.")} == {None}
