"""Uzbek measures written out after a number ("2,5 tonna go‘sht", "750 litr"), with the decimal
comma, are figures with their unit; a number glued by a hyphen to a Cyrillic word is an ordinal
("4-сектор", "5-мактаб"), no count. Numbers and words are invented."""

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
