"""Measures, signs and what is no figure, in words of our own and in two styles (plain text and
an HTML page): units a spec sheet writes, minus signs, spans of time with decimals, numbered
articles and lines of other languages, a number word in capitals, millions grouped by spaces."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

Figure = tuple[float, str | None, str | None]


def _plain(body: str) -> list[Figure]:
    release = parse_release("A headline for the test\n\n" + body + "\n", suffix=".txt")
    return [(round(f.value, 6), f.unit, f.currency) for f in release.figures]


def _html(body: str) -> list[Figure]:
    page = f"<html><body><article><h1>A headline for the test</h1><p>{body}</p></article></body></html>"
    release = parse_release(page, suffix=".html")
    return [(round(f.value, 6), f.unit, f.currency) for f in release.figures]


STYLES = [_plain, _html]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("body, figure", [
    ("The lender's margin widened by 35bps over the quarter.", (35, "bps", None)),
    ("Spreads narrowed 12 bp after the auction closed.", (12, "bp", None)),
    ("The scooter carries a 4,200 mAh pack for its lights.", (4200, "mAh", None)),
    ("The kettle weighs 2.2 lb when empty.", (2.2, "lb", None)),
    ("Each jar holds 16 oz of honey.", (16, "oz", None)),
    ("Die Bank senkte den Zins um 25 Basispunkte.", (25, "Basispunkte", None)),
    ("La banque a relevé son taux de 50 points de base.", (50, "points de base", None)),
    ("De rente steeg met 20 basispunten.", (20, "basispunten", None)),
    ("A taxa caiu 1,5 ponto percentual no mês.", (1.5, "ponto percentual", None)),
    ("The tide gauge shows the sea has risen 11 inches since records began.", (11, "inches", None)),
    ("Snow drifts reached 6 feet and rain added 40 millimetres overnight.", (6, "feet", None)),
    ("The tank holds 5,000 gallons of treated water.", (5000, "gallons", None)),
])
def test_units_of_spec_sheets_and_rates(style, body, figure):
    assert figure in style(body)


@pytest.mark.parametrize("style", STYLES)
def test_a_minus_before_a_temperature_or_a_minus_sign(style):
    found = style("The pump works from -30°C up to 45°C. Net margin was −2.5% and the loss −€0.08 a share.")
    assert (-30, "°C", None) in found and (45, "°C", None) in found
    assert (-2.5, "%", None) in found and (-0.08, None, "EUR") in found


@pytest.mark.parametrize("style", STYLES)
def test_a_hyphen_is_no_minus_before_other_figures_or_inside_a_name(style):
    found = style("The 2030-31 plan covers COVID-19 wards and -12% of the cost of 40 clinics.")
    assert (12, "%", None) in found and all(v >= 0 for v, _, _ in found)


@pytest.mark.parametrize("style", STYLES)
def test_a_span_of_time_with_decimals_is_a_figure(style):
    found = style("Crews now reach a fire in 6.8 minutes on average; die Sanierung dauert 2,5 Jahre.")
    assert (6.8, None, None) in found and (2.5, None, None) in found


@pytest.mark.parametrize("style", STYLES)
def test_a_version_with_decimals_is_still_no_figure(style):
    assert style("Firmware 5.2 ships to 300 depots; version 7.1 follows.") == [(300, None, None)]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("body", [
    "Conforme o artigo 12 da lei, a prefeitura contratou 85 agentes.",
    "Según el artículo 9 de la norma, la agencia contrató 85 técnicos.",
    "Gemäß Artikel 4 und § 18 stellt die Behörde 85 Fachkräfte ein.",
    "Aux termes de l'article 21, la région recrute 85 agents.",
    "Ai sensi dell'articolo 6, comma 3, il comune assume 85 tecnici.",
    "Volgens artikel 11, lid 2, neemt de gemeente 85 handhavers aan.",
])
def test_an_article_number_is_no_count(style, body):
    assert style(body) == [(85, None, None)]


@pytest.mark.parametrize("style", STYLES)
def test_a_number_word_in_capitals_is_a_name(style):
    found = style("Shares of the firm trade on the NINE Markets board; nine new branches open in May.")
    assert found == [(9, None, None)]


@pytest.mark.parametrize("style", STYLES)
def test_millions_grouped_by_spaces_are_no_phone(style):
    found = style("La région compte 2 450 300 habitants et 12 000 entreprises. Tél. 04 72 11 48 90.")
    assert (2_450_300, None, None) in found and (12_000, None, None) in found
    assert all(v not in (4, 72, 11, 48, 90) for v, _, _ in found)


@pytest.mark.parametrize("style", STYLES)
def test_a_label_is_a_whole_word(style):
    # "réunit" ends in "unit", "Bayart" in "art": neither names a thing by its number
    assert (42, None, None) in style("Le collectif réunit 42 associations du quartier.")


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("body, low, high, unit", [
    ("Die Speicher liefern zwischen 6 und 12 kWh je Haushalt.", 6, 12, "kWh"),
    ("The ferry cruises at 18 to 24 mph on the crossing.", 18, 24, "mph"),
    ("La piscine reste entre 26 et 28 °C toute l'année.", 26, 28, "°C"),
])
def test_a_range_s_low_end_takes_the_unit_written_after_the_high_end(style, body, low, high, unit):
    found = style(body)
    assert (low, unit, None) in found and (high, unit, None) in found


@pytest.mark.parametrize("style", STYLES)
def test_pesos_named_for_their_country(style):
    found = style("El boleto cuesta 450 pesos mexicanos y el pase anual 2.800 pesos chilenos.")
    assert (450, None, "MXN") in found and any(c == "CLP" for _, _, c in found)


@pytest.mark.parametrize("style", STYLES)
def test_an_amount_in_an_accountant_s_brackets_in_a_sentence(style):
    found = style("The division posted an operating loss of $(8.6) million for the half.")
    assert (8_600_000, None, "USD") in found


@pytest.mark.parametrize("style", STYLES)
def test_a_count_in_thousands_that_ends_its_clause(style):
    found = style("Members of the cooperative grew to 14,380. The depot is at 4410 Mill Road.")
    assert (14_380, None, None) in found and all(v != 4410 for v, _, _ in found)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("body, base", [
    ("The museum counted 48,500 visitors, up from 31,200 before the refit.", 31_200),
    ("Der Chor zählt 1.240 Mitglieder gegenüber 1.075 vor fünf Jahren.", 1_075),
    ("La ludothèque a prêté 12 400 jeux, contre 9 800 un an plus tôt.", 9_800),
])
def test_the_base_a_count_in_thousands_is_compared_with(style, body, base):
    assert (base, None, None) in style(body)


def test_a_table_s_bare_cells_in_thousands_stay_cells():
    assert _plain("Members | 1,240 | 1,075\n\nBranches | 3,410 | 2,980") == []
