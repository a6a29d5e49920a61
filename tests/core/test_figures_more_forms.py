"""More ways releases write money and points: percentage points in Chinese and Japanese
("0.3个百分点", "1.2ポイント"), an Uzbek currency with its case ending ("mlrd dollarni",
"so'mga"), and the Peruvian sol's sign ("S/ 1.240 millones"). Fixtures of our own in Markdown,
plain text and HTML."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

Found = tuple[float, str | None, str | None]


def _markdown(body: str) -> list[Found]:
    release = parse_release("# 测试标题\n\n" + body + "\n", suffix=".md")
    return [(round(f.value, 2), f.unit, f.currency) for f in release.figures]


def _text(body: str) -> list[Found]:
    release = parse_release("Test sarlavhasi\n\n" + body + "\n", suffix=".txt")
    return [(round(f.value, 2), f.unit, f.currency) for f in release.figures]


def _html(body: str) -> list[Found]:
    release = parse_release(f"<html><body><h1>Título de prueba</h1><p>{body}</p></body></html>", suffix=".html")
    return [(round(f.value, 2), f.unit, f.currency) for f in release.figures]


@pytest.mark.parametrize("style", [_markdown, _text])
def test_percentage_points_in_chinese_and_japanese(style):
    found = style("该市第二季度增长6.1%，比一季度加快0.4个百分点，失业率下降0.2個百分點。\n\n"
                  "同社の営業利益率は1.5ポイント改善しました。")
    units = {value: unit for value, unit, _ in found}
    assert units.get(0.4) == "个百分点" and units.get(0.2) == "個百分點"
    assert units.get(1.5) == "ポイント" and units.get(6.1) == "%"


@pytest.mark.parametrize("style", [_text, _html])
def test_an_uzbek_currency_with_its_case_ending(style):
    found = style("Viloyatda eksport hajmi 2,4 mlrd dollarni tashkil etdi va sanoatga 850 mlrd so'mga "
                  "yaqin mablag' yo'naltirildi.")
    assert (2_400_000_000, None, "USD") in found
    assert (850_000_000_000, None, "UZS") in found


@pytest.mark.parametrize("style", [_text, _html])
def test_the_peruvian_sol_sign(style):
    found = style("Los ingresos de la minera alcanzaron S/ 2.350 millones y la inversión fue de "
                  "S/. 410 millones; el informe N/S 7 casos no cambia.")
    assert (2_350_000_000, None, "PEN") in found and (410_000_000, None, "PEN") in found
    assert all(currency != "PEN" for value, _, currency in found if value == 7)


@pytest.mark.parametrize("style", [_text, _html])
def test_tonnes_of_carbon_written_short(style):
    found = style("The mill cut its emissions by 38,000 t CO2 last year, the group by 1.2 Mt, and "
                  "its suppliers by 640 tCO2e.")
    units = {value: unit for value, unit, _ in found}
    assert units.get(38_000) == "t CO2" and units.get(1.2) == "Mt" and units.get(640) == "tCO2e"


@pytest.mark.parametrize("style", [_text, _html])
def test_the_first_day_of_a_range_of_days_is_no_count(style):
    found = style("El festival se celebrará del 12 al 14 de junio con 600 artistas, y la feria "
                  "van 19 tot 21 september met 300 standhouders.")
    values = [value for value, _, _ in found]
    assert 12 not in values and 19 not in values
    assert 600 in values and 300 in values


@pytest.mark.parametrize("style", [_text, _html])
def test_points_joined_on_by_hyphens(style):
    found = style("The bank announced a 25-basis-point cut after a 1.5-percentage-point fall in inflation.")
    assert (25, "basis points", None) in found and (1.5, "percentage points", None) in found


@pytest.mark.parametrize("style", [_text, _html])
def test_a_release_from_canberra_counts_in_australian_dollars(style):
    found = style("The Minister announced in Canberra that $1.4 billion will fund 90 new schools. Canberra "
                  "families will save $600 a year, and Canberra will host the first 12 sites.")
    assert (1_400_000_000, None, "AUD") in found and (600, None, "AUD") in found
