"""A machine's name and width are no figures: "IBM S/390" (a model after its maker, not an amount
in soles) and a width in bits written in the plural, French "32 bits" / "64 bits" as English
"64-bit"; an amount in soles after a word ("de S/ 600") stays money. Fixtures of our own in a
WML news page and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

FR = ("Larchbuild 7 fonctionne sur dix architectures, dont les PC 32 bits et 64 bits, les serveurs "
      "IBM S/390 et les cartes ARM 64 bits. Plus de 48 000 paquets sont prêts et 85 % d'entre eux "
      "sont reproductibles.")
ES = "La cooperativa Pampa Norte entregará un bono de S/ 600 a 1200 familias de la región."


def _wml(body: str) -> list[tuple[float, str | None]]:
    page = ("<define-tag pagetitle>Larchbuild 7 publiée</define-tag>\n"
            "<define-tag release_date>2031-04-02</define-tag>\n#use wml::debian::news\n\n"
            f"<p>{body}</p>\n")
    release = parse_release(page, suffix=".wml")
    return [(f.value, f.currency) for f in release.figures]


def _text(body: str) -> list[tuple[float, str | None]]:
    release = parse_release(f"Larchbuild 7 publiée\n\n{body}\n", suffix=".txt")
    return [(f.value, f.currency) for f in release.figures]


STYLES = [_wml, _text]


@pytest.mark.parametrize("style", STYLES)
def test_a_model_and_its_width_are_no_figures(style) -> None:
    found = style(FR)
    values = [v for v, _ in found]
    assert 390 not in values and 32 not in values and 64 not in values
    assert (48000, None) in found and 85 in values


@pytest.mark.parametrize("style", STYLES)
def test_soles_after_a_word_stay_money(style) -> None:
    assert (600, "PEN") in style(ES)
