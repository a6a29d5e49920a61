"""A dateline on a line of its own that ends in a full stop ("Ciudad de México, a 9 de febrero de
2031.") gives its place, as one ending in a dash or nothing does; a publication stamp ("Issued 3 March
2031") names no place.

Fixtures of our own: a Mexican chamber's release in Markdown and a London charity's as plain text.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_a_spanish_dateline_alone_ending_in_a_full_stop_gives_its_place():
    text = ("# La cámara de comercio abre un centro de exportación\n\nCiudad de México, a 9 de febrero de 2031.\n\n"
            "La Cámara de Comercio del Valle abrió hoy un centro de apoyo a la exportación para pequeñas empresas, "
            "con una inversión de 40 millones de pesos.\n")
    release = parse_release(text, "camara.md")
    assert (release.date, release.place) == ("2031-02-09", "Ciudad de México")


def test_an_english_dateline_alone_ending_in_a_full_stop_gives_its_place():
    text = ("Charity opens a second food hall\n\nLONDON, 3 March 2031.\n\nThe Thameside Food Trust opened a second "
            "food hall in the east of the city on Tuesday, where families can choose their own groceries.\n")
    release = parse_release(text, "food-hall.txt")
    assert (release.date, release.place) == ("2031-03-03", "LONDON")


def test_a_publication_stamp_names_no_place():
    for stamp in ("Issued 3 March 2031", "Released 3 March 2031."):
        text = ("Charity opens a second food hall\n\n" + stamp + "\n\nThe Thameside Food Trust opened a second "
                "food hall in the east of the city on Tuesday, where families can choose their own groceries.\n")
        release = parse_release(text, "food-hall.txt")
        assert (release.date, release.place) == ("2031-03-03", None)
