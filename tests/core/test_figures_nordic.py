"""Figures as Swedish, Norwegian and Danish releases write them: magnitude words ("miljarder",
"mio."), the krone named after the amount ("kroner", "kr.") as the language's own, percent
words, and a currency with its magnitude in one word ("1 234 MSEK", "450 mkr"). Fixtures of our
own in a plain-text release and an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

Found = tuple[float, str | None, str | None]


def _text(body: str) -> list[Found]:
    release = parse_release("Nordic Test Release\n\n" + body + "\n", suffix=".txt")
    return [(round(f.value, 6), f.unit, f.currency) for f in release.figures]


def _html(body: str) -> list[Found]:
    page = f"<html><body><main><h1>En rubrik för testet</h1><p>{body}</p></main></body></html>"
    release = parse_release(page, suffix=".html")
    return [(round(f.value, 6), f.unit, f.currency) for f in release.figures]


STYLES = [_text, _html]


@pytest.mark.parametrize("style", STYLES)
def test_swedish_kronor_and_magnitudes(style):
    found = style("Omsättningen för koncernen ökade med 14 procent till 3,8 miljarder kronor och "
                  "rörelseresultatet blev 212 miljoner kronor. Marginalen steg med 1,2 procentenheter "
                  "och utdelningen är 4,50 kr per aktie.")
    assert (3_800_000_000, None, "SEK") in found and (212_000_000, None, "SEK") in found
    assert (14, "%", None) in found and (4.5, None, "SEK") in found
    assert (1.2, "procentenheter", None) in found


@pytest.mark.parametrize("style", STYLES)
def test_norwegian_kroner_are_nok(style):
    found = style("Selskapet fikk et driftsresultat på 640 millioner kroner, og omsetningen steg med "
                  "9 prosent til 2,7 milliarder kroner. Det er ikke små tall for selskapet, som har 310 ansatte.")
    assert (640_000_000, None, "NOK") in found and (2_700_000_000, None, "NOK") in found
    assert (9, "%", None) in found and (310, None, None) in found


@pytest.mark.parametrize("style", STYLES)
def test_danish_kroner_are_dkk(style):
    found = style("Koncernen har øget omsætningen til 5,6 mia. kr., og overskuddet blev 380 mio. kr. "
                  "Det er en stigning på 11 procent, der ligger over forventningen hos analytikerne af markedet.")
    assert (5_600_000_000, None, "DKK") in found and (380_000_000, None, "DKK") in found
    assert (11, "%", None) in found


@pytest.mark.parametrize("style", STYLES)
def test_a_code_with_its_magnitude_glued_on(style):
    found = style("Nettoomsättningen ökade till 1 234 MSEK och rörelseresultatet till MSEK 45,2, "
                  "medan kassaflödet var 450 mkr och investeringarna 2,1 mdkr för att det är så.")
    assert (1_234_000_000, None, "SEK") in found and (45_200_000, None, "SEK") in found
    assert (450_000_000, None, "SEK") in found and (2_100_000_000, None, "SEK") in found


def test_a_word_glued_to_m_is_no_currency():
    found = _text("Programmet har 3 MSc-studenter og 12 ansatte i Oslo, og det er ikke nytt.")
    assert all(currency is None for _, _, currency in found)


@pytest.mark.parametrize("style", STYLES)
def test_kroner_in_a_release_led_by_another_language_follow_the_code_it_writes(style):
    found = style("A empresa norueguesa registou receitas de NOK 4,1 milliarder e a margem subiu, "
                  "segundo o relatório que a empresa publicou em Lisboa para os investidores. "
                  "Omsetningen økte til 9,3 milliarder kroner.")
    assert (9_300_000_000, None, "NOK") in found
