"""Numbers a release writes that are no figure: a standard's number ("ISO 9001 certification"),
a width in bits ("64-bit"), a time of day with its minutes ("12.00 horas", "14.00 uur"), a
street number written before its street ("12 rue de Rivoli"), a Dutch postcode ("1012 AB"),
a securities code after its label ("コード番号：6789") and the base of a per-unit amount
("1株当たり"). Fixtures of our own in a Markdown release and a plain-text one."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _markdown(body: str) -> list[float]:
    release = parse_release("# A Title For The Test\n\n" + body + "\n", suffix=".md")
    return [f.value for f in release.figures]


def _text(body: str) -> list[float]:
    release = parse_release("A Title For The Test\n\n" + body + "\n", suffix=".txt")
    return [f.value for f in release.figures]


STYLES = [_markdown, _text]


@pytest.mark.parametrize("style", STYLES)
def test_a_standard_is_named_by_its_number(style):
    found = style("The Leeds plant gained ISO 9001 certification and IEC 62443 compliance, passed its "
                  "SOC 2 audit and now serves 4,300 customers.")
    assert 9001 not in found and 62443 not in found and 2 not in found
    assert 4300 in found


@pytest.mark.parametrize("style", STYLES)
def test_a_width_in_bits_is_no_count(style):
    found = style("The controller moves to a 64-bit core and 256 bit encryption for 1,800 fleet vehicles.")
    assert 64 not in found and 256 not in found
    assert 1800 in found


@pytest.mark.parametrize("style", STYLES)
def test_a_time_of_day_with_minutes_is_no_span(style):
    found = style("La presentación será el martes a las 12.00 horas y durará 2,5 horas ante 300 invitados.\n\n"
                  "De opening is om 14.00 uur; de rondleiding duurt 1,5 uur.")
    assert 12 not in found and 14 not in found
    assert 2.5 in found and 1.5 in found and 300 in found


@pytest.mark.parametrize("style", STYLES)
def test_a_street_number_before_its_street(style):
    found = style("La direction régionale, 12 rue de Rivoli à Paris, accueille 45 agents et "
                  "le centre du 246 boulevard Saint-Germain 30 stagiaires.")
    assert 12 not in found and 246 not in found
    assert 45 in found and 30 in found


@pytest.mark.parametrize("style", STYLES)
def test_a_dutch_postcode_is_no_count(style):
    found = style("Het nieuwe kantoor aan de Kade 8, 3511 PK Utrecht, biedt werk aan 1250 medewerkers.")
    assert 3511 not in found
    assert 1250 in found


@pytest.mark.parametrize("style", STYLES)
def test_a_securities_code_and_a_per_unit_base(style):
    found = style("（コード番号：7412 東証スタンダード）\n\n年間配当は1株当たり36円とし、従業員は2,150人となりました。")
    assert 7412 not in found and 1 not in found
    assert 36 in found and 2150 in found


@pytest.mark.parametrize("style", STYLES)
def test_a_footnote_mark_stands_between_a_count_and_its_noun(style):
    found = style("The chain now runs 1,250(3) stores and 45[2] depots, and 310¹ pharmacies.")
    assert 1250 in found and 45 in found and 310 in found


@pytest.mark.parametrize("style", STYLES)
def test_a_ticker_is_named_by_its_number(style):
    found = style("The shares trade under ticker 6758 and code 4063 on the exchange, held by 2,900 funds.")
    assert 6758 not in found and 4063 not in found
    assert 2900 in found



@pytest.mark.parametrize("style", STYLES)
def test_the_title_of_a_code_of_law_is_no_count(style):
    found = style("Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425), "
                  "as 15 U.S.C. 78u-5 allows; the filer has 3,200 holders of record.")
    assert 17 not in found and 15 not in found
    assert 3200 in found


@pytest.mark.parametrize("style", STYLES)
def test_a_software_version_is_no_count(style):
    found = style("The portal moves to Node.js 22 and ASP.NET 8 this year, serving 5,400 schools.\n\n"
                  "La versión 7 del portal incluye 26 mejoras, y de versie 9 biedt 31 functies.")
    assert 22 not in found and 8 not in found and 7 not in found and 9 not in found
    assert 5400 in found and 26 in found and 31 in found


def test_a_sentence_run_on_without_its_space_keeps_its_count():
    assert 300 in _text("Sales grew.Over 300 stores opened in the region this year.")
