"""A quotation that closes a sentence reporting its speaker's words: "Ann Roe said the plan was
“…”", "X señaló que «…»", "X called the project “…”", "Pour la présidente, X, « … »". A few quoted
words inside reported speech stay a scare quote. Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_a_quoted_clause_closing_a_reported_sentence_markdown():
    found = quotes("# Series C\n\nFernbrook managing partner Odile Marchetti said the company's approach was "
                   "\"the most practical answer to the labour gap we have seen.\"\n", ".md")
    assert who(found) == ["Odile Marchetti"]
    assert found[0].text.startswith("the most practical answer")


def test_a_naming_verb_before_the_quotation_markdown():
    found = quotes("# Battery array\n\nState Secretary Harlan Bexley called the project “a model for the "
                   "responsible use of our coastal waters.”\n", ".md")
    assert who(found) == ["Harlan Bexley"]


def test_spanish_que_after_the_verb_html():
    found = quotes("<html><body><h1>Planta</h1><p>El gobernador del estado, Aurelio Pantoja, señaló que "
                   "\"el estado seguirá atrayendo inversiones que cuidan el medio ambiente\".</p>"
                   "<p>La alcaldesa, Rebeca Solís, calificó el parque de «un sueño cumplido para todo el "
                   "barrio».</p></body></html>", ".html")
    assert who(found) == ["Aurelio Pantoja", "Rebeca Solís"]


def test_italian_compound_naming_verb_plain_text():
    found = quotes("L'assessore regionale, Ottavio Brancati, ha definito la campagna «un segnale di fiducia "
                   "per tutta la regione».\n")
    assert who(found) == ["Ottavio Brancati"]


def test_a_french_view_opener_before_the_quotation():
    found = quotes("Pour le président de l’association des maires, Gérald Pomarède, « c’est une réponse "
                   "attendue depuis longtemps par les élus ».\n")
    assert who(found) == ["Gérald Pomarède"]


def test_a_few_quoted_words_in_reported_speech_stay_a_scare_quote():
    assert quotes("Harbour master Lene Osterby called the new pier “a game changer”.\n") == []


def test_a_quotation_that_does_not_end_the_sentence_is_not_the_subject_s():
    found = quotes("Harbour master Lene Osterby said the plan, which she called “the best answer the port "
                   "has had in years”, would be ready in May.\n")
    assert found == []


def test_a_view_opener_with_the_view_s_subject_before_the_quotation_portuguese_markdown():
    found = quotes("# Fábrica\n\nPara o prefeito de Rio Claro, Wellington Aragão, a fábrica \"coloca o município "
                   "no mapa da economia circular\".\n", ".md")
    assert who(found) == ["Wellington Aragão"]


def test_a_view_opener_before_no_person_attributes_nothing():
    found = quotes("For the first time, the company \"will publish every one of its supplier audits in full "
                   "this year\".\n")
    assert found == []


def test_a_participle_after_the_name_is_no_role():
    found = quotes("\"The quay will take cruise ships again from May,\" said Jane Okafor, adding that "
                   "\"every berth will have shore power by the end of next year.\"\n")
    assert who(found) == ["Jane Okafor"]
    assert found[0].role is None
