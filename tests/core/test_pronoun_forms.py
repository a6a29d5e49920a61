"""A quotation attributed by a pronoun alone, after a paragraph that names one person (made-up releases)."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def who(text):
    return [(q.speaker, q.role) for q in extract_quotes(parse_text(text, ".md").blocks)]


def test_he_said_after_a_paragraph_naming_one_person_with_a_role():
    assert who("The new kiln was built by Tobias Wren, head potter at Clayfield Works, over one winter.\n\n"
               "“Every glaze we fire now comes out the colour we mixed it,” he said.\n") == [
        ("Tobias Wren", "head potter at Clayfield Works")]


def test_sagte_sie_after_a_sentence_with_the_role_before_the_name():
    found = who("Bürgermeisterin Greta Holm stellte den Fahrplan am Dienstag vor. „Ab Juni fahren die Busse "
                "auch sonntags bis Mitternacht“, sagte sie.\n\n"
                "„Alle Haltestellen bekommen bis zum Herbst neue Dächer“, ergänzte sie.\n")
    assert found == [("Greta Holm", "Bürgermeisterin")] * 2


def test_an_honorific_marks_the_person():
    assert who("The orchard survey was led by Dr. Imani Osei over three summers.\n\n"
               "“Half the old trees are still bearing fruit,” she said.\n") == [("Imani Osei", None)]


def test_two_people_named_before_the_pronoun_are_not_guessed_between():
    assert who("Tobias Wren, head potter, showed the kiln to Lena Marsh, the county's arts officer.\n\n"
               "“Every glaze we fire now comes out the colour we mixed it,” he said.\n") == []


def test_a_place_or_a_bare_name_is_no_antecedent():
    assert who("The kiln was shipped from Port Aldous to the works by rail.\n\n"
               "“Every glaze we fire now comes out the colour we mixed it,” he said.\n") == []
    assert who("The kiln is named Big Martha after a local legend.\n\n"
               "“Every glaze we fire now comes out the colour we mixed it,” he said.\n") == []


def test_they_is_not_one_person_named_before():
    assert who("The new kiln was built by Tobias Wren, head potter at Clayfield Works, with his apprentices.\n\n"
               "“Every glaze we fire now comes out the colour we mixed it,” they said.\n") == []
