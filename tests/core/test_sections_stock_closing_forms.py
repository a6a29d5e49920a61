"""A release's closing parts keep their stock titles in every language ("Noot voor de redactie",
"Nota aos editores", "Safe Harbor"), even over a single line or the contacts' sentence. Our own
words, in Dutch plain text and Portuguese and English HTML."""

import pytest

from mediakit.core.analyse import parse_release

NL = ("Bibliotheek Duinrand opent zaterdag een reparatiehoek\n\nHAARLEM, 9 maart 2033 – De bibliotheek "
      "opent zaterdag een hoek waar bezoekers met vrijwilligers kapotte spullen kunnen repareren, elke "
      "tweede zaterdag van de maand.\n\n")
PT = ("<html><body><h1>Biblioteca abre oficina de reparações</h1><p>LISBOA, 9 de março de 2033 – A biblioteca "
      "municipal abre no sábado uma oficina onde os visitantes podem reparar objetos avariados com a ajuda "
      "de voluntários.</p>")


@pytest.mark.parametrize("text, name, wanted", [
    (NL + "Noot voor de redactie\n\nVoor meer informatie kunt u contact opnemen met Eva Smit, 023 555 0101.\n",
     "r.txt", "Noot voor de redactie"),
    (PT + "<p>Nota aos editores</p><p>Para mais informações contacte Rita Sousa, 21 555 0101.</p></body></html>",
     "r.html", "Nota aos editores"),
    (PT.replace("Biblioteca abre", "Lisbon Library opens") + "<p>Safe Harbor</p><p>Plans may change.</p></body></html>",
     "r.html", "Safe Harbor"),
])
def test_a_stock_closing_title_titles_its_part(text, name, wanted):
    assert wanted in [s.title for s in parse_release(text, name=name).all_sections()]
