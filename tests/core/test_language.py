"""The release's language, told by its function words, decides how an ambiguous "1.000" reads
where its own numbers do not: a thousand in Italian or Dutch, one in English. Fixtures of our
own in two styles (a plain-text release and an HTML page)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.language import languages
from mediakit.core.lexicon import en, it, nl


def _plain(title: str, body: str) -> list[tuple[str, float]]:
    release = parse_release(f"{title}\n\n{body}\n", suffix=".txt")
    return [(f.text, f.value) for f in release.figures]


def _html(title: str, body: str) -> list[tuple[str, float]]:
    page = f"<html><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    release = parse_release(page, suffix=".html")
    return [(f.text, f.value) for f in release.figures]


STYLES = [_plain, _html]


def test_the_leading_language_is_the_one_with_most_function_words():
    text = "Il consorzio ha chiuso il bilancio e nella relazione che segue spiega anche questo."
    assert languages(text)[0] is it
    assert languages("The board said that the plan for the year will go ahead with its partners.")[0] is en
    assert languages("Tram 7 — 1.000 km") == []


# (headline, body, the figures a reader takes from it): the language tells how "1.000" reads
DECIMAL_MARKS = [
    pytest.param("Nuova funivia sul Monte Cielo",
                 "La funivia di Valgrisa misura 1.000 metri e porta anche 2.400 sciatori all'ora nella stagione.",
                 [("1.000 metri", 1000), ("2.400", 2400)], id="italian-groups-thousands-with-a-dot"),
    pytest.param("Nieuwe fietsbrug bij Oosterveen",
                 "De brug is 1.200 meter lang en wordt door het waterschap voor 3.500 fietsers per dag gebouwd.",
                 [("1.200 meter", 1200), ("3.500", 3500)], id="dutch-groups-thousands-with-a-dot"),
    pytest.param("Brightwater opens its new pumping station",
                 "The station lifts 1.250 million litres a day and the pipe from the plant to the town is 4.500 km long.",
                 [("1.250 million litres", 1_250_000), ("4.500 km", 4.5)], id="english-reads-the-dot-as-decimal"),
]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(("title", "body", "expected"), DECIMAL_MARKS)
def test_the_release_language_reads_an_ambiguous_dot(style, title, body, expected):
    found = style(title, body)
    for figure in expected:
        assert figure in found


def test_the_decimal_mark_is_declared_in_each_language():
    assert it.DECIMAL_COMMA and nl.DECIMAL_COMMA
    assert not getattr(en, "DECIMAL_COMMA", False)
