"""The "who" phrase of an attribution: a describing phrase before the name ("library user Ann Roe
said"), a role whose organisation follows a contracted "of" ("il presidente del Consorzio, X"), and a
sentence end inside a PDF text's lead line ("… Sciences. Speaking about the results, Roe said:").
Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_a_describing_phrase_before_the_name_html():
    found = quotes("<html><body><h1>Library</h1><p>Library user Winifred Aske, 78, said: ‘I have been "
                   "coming here since I was a girl. The new one is lovely.’</p></body></html>", ".html")
    assert who(found) == ["Winifred Aske"]


def test_a_describing_phrase_before_the_name_markdown():
    found = quotes("# Fair\n\n“We sold out of everything before noon on the first day,” said local "
                   "baker Tomasz Wrobel.\n", ".md")
    assert who(found) == ["Tomasz Wrobel"]


def test_a_running_sentence_before_a_name_is_no_describing_phrase():
    found = quotes("“The pier reopens to the public in May after two years of repairs,” we thank "
                   "Harriet Quayle.\n")
    assert found == []


def test_a_role_and_its_organisation_after_the_verb_then_the_name_italian():
    found = quotes("### Il Consorzio\n\nIl Consorzio riunisce i produttori.\n\n"
                   "«È il miglior risultato degli ultimi dieci anni», ha dichiarato il presidente del "
                   "Consorzio, Sandro Pelizzari.\n", ".md")
    assert who(found) == ["Sandro Pelizzari"]


def test_a_sentence_end_in_the_lead_paragraph_of_a_pdf_text():
    found = quotes("The study was led by Professor\nIona Strachan of the School of Biological Sciences. "
                   "Speaking about\nthe results, Strachan said:\n\n"
                   "\"We expected the bees to rely on landmarks, but when we moved the\n"
                   "landmarks they still flew straight home.\"\n")
    assert who(found) == ["Iona Strachan"]
