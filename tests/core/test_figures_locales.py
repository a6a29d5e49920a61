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


# --- ranges: the scale and the currency written once ----------------------------------------------

@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("body, low, high, currency", [
    ("Die Stadtwerke erwarten Erlöse zwischen 2,1 und 2,4 Milliarden Euro.", 2_100_000_000, 2_400_000_000, "EUR"),
    ("La mutuelle table sur un résultat de 30 à 35 millions d'euros.", 30_000_000, 35_000_000, "EUR"),
    ("El operador prevé invertir entre 1.100 y 1.300 millones de euros.", 1_100_000_000, 1_300_000_000, "EUR"),
    ("La società stima ricavi tra 2 e 3 milioni di euro.", 2_000_000, 3_000_000, "EUR"),
    ("O grupo projeta receita entre R$ 4 e 5 bilhões.", 4_000_000_000, 5_000_000_000, "BRL"),
    ("Die Reederei peilt einen Umsatz zwischen CHF 2.5 und 2.8 Mrd. an.", 2_500_000_000, 2_800_000_000, "CHF"),
])
def test_both_ends_of_a_range_take_its_scale_and_currency(style, body, low, high, currency):
    found = _values(style(body))
    assert (low, None, currency) in found and (high, None, currency) in found


@pytest.mark.parametrize("style", STYLES)
def test_a_percent_range_joined_by_a_word_of_the_language(style):
    found = _values(style("La coopérative vise une hausse comprise entre 3 et 5 % des ventes; "
                          "het schap groeit met 7 tot 9 procent."))
    assert {(3, "%", None), (5, "%", None), (7, "%", None), (9, "%", None)} <= set(found)


def test_a_low_end_with_its_own_magnitude_passes_no_currency_on():
    found = _values(_markdown("The fund raised €6 million and 2 billion readers saw the campaign."))
    assert (2_000_000_000, None, None) in found


@pytest.mark.parametrize("style", STYLES)
def test_and_joins_a_range_only_after_between(style):
    # "Wi-Fi 7 e 500 GB": a name's number beside a measure, no range of gigabytes
    found = _values(style("O modem traz Wi-Fi 7 e 500 GB de nuvem; het pakket biedt 4 en 8 GB extra."))
    assert (500, "GB", None) in found and (7, "GB", None) not in found and (4, "GB", None) not in found
    assert (4, "GB", None) in _values(style("Het pakket biedt tussen 4 en 8 GB extra opslag."))
