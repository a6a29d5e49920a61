"""Figures as the continental and Swiss locales write them, each in words of our own and in two
styles (a Markdown release and an HTML page): digit grouping, magnitude words and currency names."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

Figure = tuple[str, float, str | None, str | None]


def _markdown(body: str) -> list[Figure]:
    release = parse_release("# Ein Titel für den Test\n\n" + body + "\n", suffix=".md")
    return [(f.text, f.value, f.unit, f.currency) for f in release.figures]


def _html(body: str) -> list[Figure]:
    page = f"<html><body><main><h1>Un titre pour le test</h1><p>{body}</p></main></body></html>"
    release = parse_release(page, suffix=".html")
    return [(f.text, f.value, f.unit, f.currency) for f in release.figures]


STYLES = [_markdown, _html]


def _values(figures: list[Figure]) -> list[tuple[float, str | None, str | None]]:
    return [(round(v, 6), unit, currency) for _, v, unit, currency in figures]


# --- digits: Swiss apostrophes, and a token that can be read one way only -----------------------

@pytest.mark.parametrize("style", STYLES)
def test_swiss_apostrophes_group_thousands(style):
    found = _values(style("Die Bergbahn beförderte 2'415'300 Gäste und setzte CHF 18'250.5 Mio. um; "
                          "die Genossenschaft zählt 4’120 Mitglieder."))
    assert (2_415_300, None, None) in found
    assert (18_250_500_000, None, "CHF") in found
    assert (4_120, None, None) in found


@pytest.mark.parametrize("style", STYLES)
def test_a_decimal_written_the_other_way_is_still_read(style):
    # point decimals for francs, comma decimals for percentages: both in one release
    found = _values(style("Der Gewinn stieg auf CHF 41.7 Mio. und CHF 12.35 je Aktie, "
                          "die Marge um 2,4 % auf 9,15 %; der Umsatz lag bei CHF 1.2 Mrd."))
    assert (41_700_000, None, "CHF") in found and (12.35, None, "CHF") in found
    assert (2.4, "%", None) in found and (9.15, "%", None) in found
    assert (1_200_000_000, None, "CHF") in found


def test_a_dotted_thousand_is_still_a_thousand_in_a_point_decimal_release():
    found = _values(_markdown("The fair drew 3.5% more visitors, 12.400 of them from abroad, and "
                              "sold 1.250 stands at 4.5 euros a ticket."))
    assert (3.5, "%", None) in found and (4.5, None, "EUR") in found


# --- magnitudes and currency names of each language ------------------------------------------------

@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("body, value, currency", [
    ("A cooperativa faturou R$ 2,7 bilhões no ano.", 2_700_000_000, "BRL"),
    ("A prefeitura liberou R$ 640 milhões para obras.", 640_000_000, "BRL"),
    ("O fundo captou 90 milhões de reais com 300 cotistas.", 90_000_000, "BRL"),
    ("O banco lucrou R$ 1,9 bi no trimestre.", 1_900_000_000, "BRL"),
    ("La cooperativa invertirá 1.250 millones de euros en la red.", 1_250_000_000, "EUR"),
    ("El puerto recibirá 3,5 mil millones de dólares de inversión.", 3_500_000_000, "USD"),
    ("La región obtuvo un millardo de euros y 1,2 millardos de dólares.", 1_200_000_000, "USD"),
    ("Il comune ha stanziato 2,4 milioni di euro per le scuole.", 2_400_000, "EUR"),
    ("L'azienda ha chiuso con ricavi per 1,3 miliardi di euro.", 1_300_000_000, "EUR"),
    ("Het waterschap trekt € 7,2 miljoen uit voor dijken.", 7_200_000, "EUR"),
    ("De haven investeert 1,4 miljard euro in kades.", 1_400_000_000, "EUR"),
    ("La start-up a levé 18 M€ auprès de ses fonds.", 18_000_000, "EUR"),
    ("Le chantier coûtera 2,3 Md€ à l'État.", 2_300_000_000, "EUR"),
    ("Le canton versera 14 millions de francs suisses aux communes.", 14_000_000, "CHF"),
    ("Die Stiftung erhält 2 Millionen Franken vom Kanton.", 2_000_000, "CHF"),
    ("Der Konzern rechnet mit einer Milliarde Euro mehr; 1,1 Milliarde Euro davon im Inland.",
     1_100_000_000, "EUR"),
])
def test_a_magnitude_and_a_currency_name_of_the_language(style, body, value, currency):
    assert (value, None, currency) in _values(style(body))


@pytest.mark.parametrize("style", STYLES)
def test_thousands_in_words_scale_a_count(style):
    assert (45_000, None, None) in _values(style("A cooperativa atende 45 mil famílias no estado."))
    assert (8_000, None, None) in _values(style("Il festival ha accolto 8 mila visitatori."))


def test_short_magnitudes_need_a_currency_before_them():
    found = _values(_markdown("The 5 mi loop trail and 3 bi-weekly walks drew 40 hikers."))
    assert all(v < 1000 for v, _, _ in found)
