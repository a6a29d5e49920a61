"""A word for today where a dateline's place would be, in more languages (made-up openings)."""

import pytest

from mediakit.core.analyse import parse_release


@pytest.mark.parametrize("opening", [
    "Oggi, 9 ottobre 2032 — Il consorzio ha inaugurato il nuovo mulino ad acqua sul torrente del paese.",
    "In data odierna, 9 ottobre 2032, il consorzio ha inaugurato il nuovo mulino ad acqua sul torrente.",
    "Hoje, dia 9 de outubro de 2032, o consórcio inaugurou o novo moinho de água junto ao ribeiro da aldeia.",
    "Ontem, 9 de outubro de 2032 – O consórcio inaugurou o novo moinho de água junto ao ribeiro da aldeia.",
    "Vandaag, 9 oktober 2032 – Het consortium heeft de nieuwe watermolen aan de beek van het dorp geopend.",
    "Heute, den 9. Oktober 2032 – Der Verbund hat die neue Wassermühle am Dorfbach in Betrieb genommen.",
    "Am heutigen Samstag, 9. Oktober 2032, hat der Verbund die neue Wassermühle am Dorfbach eröffnet.",
])
def test_a_word_for_today_before_the_date_is_no_place(opening):
    release = parse_release(f"# Mulino\n\n{opening}\n", name="r.md")
    assert (release.date, release.place) == ("2032-10-09", None)


@pytest.mark.parametrize("opening, place", [
    ("Vicenza, oggi 9 ottobre 2032 – Il consorzio ha inaugurato il nuovo mulino ad acqua sul torrente.",
     "Vicenza"),
    ("Braga, hoje, 9 de outubro de 2032 – O consórcio inaugurou o novo moinho de água junto ao ribeiro.",
     "Braga"),
    ("Zwolle, vandaag 9 oktober 2032 – Het consortium heeft de nieuwe watermolen aan de beek geopend.",
     "Zwolle"),
])
def test_a_word_for_today_after_the_place_is_left_out_of_it(opening, place):
    release = parse_release(f"# Mulino\n\n{opening}\n", name="r.md")
    assert (release.date, release.place) == ("2032-10-09", place)
