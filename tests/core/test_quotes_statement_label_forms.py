"""A line naming one speaker's statement ("Statement from Name:", "Stellungnahme von Name:",
"Declaración de Name:") stands above quotation paragraphs and attributes them. The label's word is
singular as often as plural. Names and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [(q.speaker, q.role) for q in found]


def test_statement_from_line_above_quotation_paragraphs_in_plain_text():
    found = quotes("Harbour Board Names New Pilot Chief\n\n"
                   "Statement from Oskar Lindahl:\n\n"
                   "“Our pilots have guided ships through this channel for a century. The new chief "
                   "knows every sandbank in it.”\n\n"
                   "“She takes up the post at the start of the spring season.”\n", ".txt")
    assert [q.speaker for q in found] == ["Oskar Lindahl"]
    assert found[0].text.startswith("Our pilots have guided")
    assert found[0].text.endswith("spring season.")


def test_statement_by_bold_line_with_role_above_a_quotation_in_markdown():
    found = quotes("# Library Opens on Sundays\n\n"
                   "**Statement by Mireille Dufort, Head Librarian:**\n\n"
                   "“Families asked us for a day when everyone is free, and we listened to them.”\n",
                   ".md")
    assert who(found) == [("Mireille Dufort", "Head Librarian")]


def test_german_stellungnahme_von_line_above_a_quotation():
    found = quotes("Stellungnahme von Katrin Voss, Leiterin des Stadtarchivs:\n\n"
                   "„Wir öffnen das Archiv ab Juni auch an zwei Abenden in der Woche für alle Leser.“\n",
                   ".txt")
    assert who(found) == [("Katrin Voss", "Leiterin des Stadtarchivs")]


def test_spanish_declaracion_de_line_above_a_quotation():
    found = quotes("## Declaración de Tomás Ibarra, director del museo:\n\n"
                   "«Hemos restaurado las salas del primer piso y las abriremos al público en otoño.»\n",
                   ".md")
    assert who(found) == [("Tomás Ibarra", "director del museo")]
