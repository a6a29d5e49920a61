"""Measures a journalist pulls out keep their unit as written: German units in the dative plural
("auf 23 Kilometern", "ab 5 Mikrometern"), Japanese units written right after the number
("600キログラム", "120万キロワット"), and a span of hours in Japanese ("10時間") is a figure.

Fixtures of our own: a German water board's notice in Markdown and a German lab's notice as plain
text; a Japanese maker's release in Markdown and a Japanese utility's page in HTML.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def _units(release):
    return {(figure.value, figure.unit) for figure in release.figures}


def test_german_units_in_the_dative_plural_keep_their_unit():
    text = ("# Wasserverband Hohe Lehde erneuert Leitungen\n\nHohe Lehde, 4. Mai 2031 – Der Wasserverband erneuert "
            "in diesem Jahr Leitungen auf 23 Kilometern Länge und baut einen Speicher mit 4.000 Kubikmetern Inhalt.\n")
    units = _units(parse_release(text, "leitungen.md"))
    assert (23, "Kilometern") in units
    assert (4000, "Kubikmetern") in units


def test_german_units_in_the_dative_plural_in_a_text_scrape():
    text = ("Neues Messgerät für Feinstaub\n\nJena, 9. März 2031 - Das Institut hat ein Gerät gebaut, das Partikel "
            "ab 5 Mikrometern erkennt und in Räumen mit bis zu 300 Quadratmetern misst.\n")
    units = _units(parse_release(text, "feinstaub.txt"))
    assert (5, "Mikrometern") in units
    assert (300, "Quadratmetern") in units


def test_japanese_units_glued_to_the_number_and_a_span_of_hours():
    text = ("# 新型搬送ロボットを発売\n\n2031年4月1日\n\n株式会社ナギサ機工は、最大600キログラムを運べる搬送ロボットを発売します。"
            "1回の充電で最長10時間稼働します。\n")
    release = parse_release(text, "robot.md")
    assert (600, "キログラム") in _units(release)
    assert any(figure.value == 10 and "時間" in figure.context for figure in release.figures)


def test_japanese_units_after_a_magnitude_on_a_page():
    text = ("<html><body><h1>海沿いに大型蓄電所を新設</h1><p>2031年6月2日</p><p>ミナミ電力は、出力120万キロワットの"
            "蓄電所を建設し、約30ヘクタールの敷地に設置します。工事は3時間ごとに点検します。</p></body></html>")
    units = _units(parse_release(text, "battery.html"))
    assert (1200000, "キロワット") in units
    assert (30, "ヘクタール") in units
