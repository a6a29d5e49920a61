"""Uzbek measures written out after a number ("2,5 tonna go‘sht", "750 litr"), with the decimal
comma, are figures with their unit; a number glued by a hyphen to a Cyrillic word is an ordinal
("4-сектор", "5-мактаб"), no count, and so is one hyphened to a Latin word in a release in Uzbek
("4-sektor"), not in English ("a 4-day week"). Numbers and words are invented."""

import pytest

from mediakit.core.analyse import parse_release


def figures(text, name):
    return [(f["value"], f["unit"]) for f in parse_release(text, name).to_json()["figures"]]


@pytest.mark.parametrize("text, name", [
    ("<h1>Bayramda katta qozon</h1><p>Taom uchun 2,5 tonna go‘sht, 3 tonna sabzi va 750 litr yog‘ ishlatildi.</p>",
     "news.html"),
    ("Bayramda katta qozon\n\nTaom uchun 2,5 tonna go‘sht, 3 tonna sabzi va 750 litr yog‘ ishlatildi.\n", "news.txt"),
])
def test_uzbek_unit_words_keep_the_decimal_and_the_unit(text, name):
    assert figures(text, name) == [(2.5, "tonna"), (3, "tonna"), (750, "litr")]


@pytest.mark.parametrize("text, name", [
    ("<h1>Сайёр қабул</h1><p>Бугун 4-сектор раҳбари иштирокида 11 нафар фуқаронинг мурожаатлари кўриб чиқилди.</p>",
     "news.html"),
    ("Сайёр қабул\n\nБугун 5-мактаб раҳбари иштирокида 11 нафар фуқаронинг мурожаатлари кўриб чиқилди.\n", "news.txt"),
])
def test_a_number_hyphened_to_a_cyrillic_word_is_an_ordinal(text, name):
    assert figures(text, name) == [(11, None)]


_LATIN = ("Bugun tuman hokimi va 4-sektor rahbari ishtirokida 11 nafar fuqaroning murojaatlari ko‘rib chiqildi. "
          "Ular bilan birga 3-bosqich ishlari ham muhokama qilindi va yil oxirigacha 25 ta loyiha tugatiladi.")


@pytest.mark.parametrize("text, name", [
    (f"<h1>Sayyor qabul</h1><p>{_LATIN}</p>", "news.html"),
    (f"Sayyor qabul\n\n{_LATIN}\n", "news.txt"),
])
def test_in_an_uzbek_release_a_number_hyphened_to_a_latin_word_is_an_ordinal(text, name):
    assert figures(text, name) == [(11, None), (25, None)]


def test_in_an_english_release_a_hyphened_count_stays_a_figure():
    text = "<h1>Four-day plan</h1><p>The council approved a 4-day week and a 10-year plan with 25 new projects.</p>"
    assert [v for v, _ in figures(text, "news.html")] == [4, 10, 25]
