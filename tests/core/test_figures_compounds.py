"""Numbers written as one word over hundreds and thousands ("zweihundertfünfzig"), in German and
in Dutch, in words of our own."""

from __future__ import annotations

import pytest
from scaling import LINEAR, growth

from mediakit.core.analyse import parse_release
from mediakit.core.figures.compounds import compound_value
from mediakit.core.figures.numerals import numeral_figures
from mediakit.core.figures.read import Conventions
from mediakit.core.figures.words import spelled_counts


def _counts(body: str) -> list[tuple[str, float]]:
    release = parse_release("# Eine Überschrift für den Test\n\n" + body + "\n", suffix=".md")
    return [(f.text, f.value) for f in release.figures]


@pytest.mark.parametrize("word, value", [
    ("vierhundert", 400), ("Sechstausend", 6_000), ("dreihundertvierzig", 340),
    ("eintausendzweihundertelf", 1_211), ("achthunderttausend", 800_000), ("hundertundacht", 108),
    ("zeshonderd", 600), ("vijfduizendtweehonderddertig", 5_230), ("honderdachtentachtig", 188),
])
def test_one_word_numbers_compose_from_the_lexicons_words(word, value):
    assert compound_value(word) == value


@pytest.mark.parametrize("word", ["Jahrhundert", "Hunderte", "tausendfach", "Jahrtausend", "honderden",
                                  "duizendpoot", "hundertund"])
def test_words_with_a_multiplier_inside_that_are_no_number(word):
    assert compound_value(word) is None


@pytest.mark.parametrize("body, expected", [
    ("Der Chor probt mit vierhundert Sängerinnen und Sängern für das Sommerfest.", [("vierhundert", 400)]),
    ("Rund sechstausend Radfahrer fuhren am Sonntag über die neue Brücke.", [("sechstausend", 6_000)]),
    ("Het museum leent dit voorjaar zeshonderdvijftig schilderijen uit aan scholen.",
     [("zeshonderdvijftig", 650)]),
    ("De gemeente plant drieduizend bomen langs de nieuwe fietsroute.", [("drieduizend", 3_000)]),
])
def test_one_word_numbers_are_counts(body, expected):
    assert _counts(body) == expected


@pytest.mark.parametrize("body", [
    "Das Kloster stammt aus dem zwölften Jahrhundert und zieht Hunderte Gäste an.",
    "Die Nachfrage hat sich seit dem letzten Jahrtausend tausendfach vervielfacht.",
    "Honderden vrijwilligers hielpen mee aan het feest.",
])
def test_words_holding_a_multiplier_give_no_count(body):
    assert _counts(body) == []


def test_a_one_word_number_echoed_in_digits_is_one_figure():
    assert _counts("Der Verein pflanzt zweihundert (200) Linden entlang der Allee.") == [
        ("zweihundert (200)", 200)]



def test_reading_a_long_word_full_of_multipliers_is_linear():
    ratio = growth(spelled_counts, lambda n: "Die " + "hundert" * n + "5 Gäste kamen.", 2_000)
    assert ratio < LINEAR, f"4x the input took {ratio:.1f}x the time"


def test_reading_long_runs_of_numerals_is_linear():
    ratio = growth(lambda text: list(numeral_figures(text, Conventions())),
                   lambda n: "十" * n + "人と" + "一十" * n + "人。", 5_000)
    assert ratio < LINEAR, f"4x the input took {ratio:.1f}x the time"
