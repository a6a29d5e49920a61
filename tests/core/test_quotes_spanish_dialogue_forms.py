"""A speaker's words printed as a line of dialogue the way Spanish writes it: a dash opens the
paragraph and a second dash, with no comma before it, leads to the said-verb and the speaker
("—Me quedo aquí —dijo Ana Ruiz—. Mañana vuelvo."); the dash that closes the speaker's phrase is no
part of it, and the words after it go on with the quotation. Names, places and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".md"):
    return extract_quotes(parse_text(text, suffix).blocks)


def test_a_role_after_the_verb_with_no_comma_before_the_dash_html():
    found = quotes("<h1>El club renueva a su entrenadora</h1><p>La entrenadora Lucía Ferrán seguirá dos temporadas "
                   "más en el club.</p><p>—Aquí tengo un grupo que quiere crecer y eso no se encuentra en todas "
                   "partes —dijo la entrenadora.</p>", ".html")
    assert [(q.speaker, q.role) for q in found] == [("Lucía Ferrán", "entrenadora")]
    assert found[0].text.endswith("en todas partes")


def test_a_name_closed_by_a_dash_then_more_words_plain_text():
    found = quotes("El puerto abre una nueva terminal\n\nLa terminal abrirá en marzo.\n\n"
                   "—Es la obra más importante de la década —afirmó Tomás Ibarra—. Cambiará la vida del barrio "
                   "del muelle.\n", ".txt")
    assert [q.speaker for q in found] == ["Tomás Ibarra"]
    assert found[0].text.startswith("Es la obra") and found[0].text.endswith("barrio del muelle")
