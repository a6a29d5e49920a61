"""An amount written with a magnitude word and no noun of its own, after an amount of money in the same
paragraph, counts in that money's currency ("212 millones de euros … y 38 millones en el cuarto
trimestre"); a scaled count with its own noun ("2 Millionen Kunden") stays a count. Words and numbers
of our own, a Spanish wire story in plain text and a German utility's release in Markdown."""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def _plain(title: str, body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.currency) for f in parse_release(f"{title}\n\n{body}\n", suffix=".txt").figures]


def _markdown(title: str, body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.currency) for f in parse_release(f"# {title}\n\n{body}\n", suffix=".md").figures]


def test_a_spanish_second_amount_takes_the_euros_before_it() -> None:
    body = ("Navieras del Cantábrico ganó 145 millones de euros en 2030 y obtuvo un resultado operativo "
            "de 27 millones en el último trimestre.")
    assert _plain("Navieras del Cantábrico mejora su beneficio", body) == [(145000000, "EUR"), (27000000, "EUR")]


def test_a_german_amount_in_the_next_sentence_takes_the_euros() -> None:
    body = "Der Umsatz stieg auf 318 Millionen Euro. Das Ergebnis verbesserte sich auf 14 Millionen."
    assert _markdown("Wasserverband Ostheide legt Zahlen vor", body) == [(318000000, "EUR"), (14000000, "EUR")]


def test_a_scaled_count_with_its_own_noun_stays_a_count() -> None:
    body = "Der Verband investierte 318 Millionen Euro und versorgt 2 Millionen Kunden."
    assert _markdown("Wasserverband Ostheide legt Zahlen vor", body) == [(318000000, "EUR"), (2000000, None)]


def test_no_money_before_leaves_a_bare_amount_without_currency() -> None:
    body = "La red de bibliotecas recibió 3 millones en visitas durante el año."
    assert _plain("Las bibliotecas baten su récord", body) == [(3000000, None)]
