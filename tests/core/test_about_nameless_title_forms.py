"""A boilerplate titled "Over ons" (the Dutch "About us") is the release's About part, though
"Over" also reads as the English "more than"; "Over the years" over a paragraph stays an ordinary
part. Our own words, in Dutch Markdown and plain text."""

import pytest

from mediakit.core.analyse import parse_release

NL = ("# Fietsenmakerij De Spaak opent tweede werkplaats\n\n**Zwolle, 9 maart 2033** – Fietsenmakerij De Spaak "
      "opent zaterdag een tweede werkplaats in het centrum, waar leerlingen van het mbo meewerken.\n\n")
NL_TXT = ("Fietsenmakerij De Spaak opent tweede werkplaats\n\nZWOLLE, 9 maart 2033 – Fietsenmakerij De Spaak "
          "opent zaterdag een tweede werkplaats in het centrum, waar leerlingen van het mbo meewerken.\n\n")
PROFILE = "De Spaak is een sociale onderneming die sinds 2019 fietsen repareert en mensen opleidt tot monteur."


@pytest.mark.parametrize("text, name", [
    (NL + f"## Over ons\n\n{PROFILE}\n", "r.md"),
    (NL_TXT + f"Over ons\n\n{PROFILE}\n", "r.txt"),
])
def test_over_ons_titles_the_boilerplate(text, name):
    assert [part.title for part in parse_release(text, name=name).about] == ["Over ons"]


def test_over_the_years_is_no_boilerplate_title():
    text = ("# Bike shop opens a second workshop\n\n**LEEDS, 9 March 2033** – The bike shop opens a second "
            "workshop in the centre on Saturday, where apprentices work alongside its mechanics.\n\n"
            "## Over the years\n\nThe shop has trained more than forty apprentices since it opened in 2019.\n")
    assert [part.title for part in parse_release(text, name="r.md").about] == []
