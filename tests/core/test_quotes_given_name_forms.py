"""A speaker called by the first name after the release introduced them in full with a role
("… par Marc Dorval, le président du comité. « … » a dit Marc."): the full name. Only one person so
introduced with that first name counts; two leave the quotation unattributed. Names, firms and
words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes

_FR = ("La rencontre annuelle s'est terminée hier. Elle a été saluée comme un succès par Marc Dorval, "
       "le président du comité local.\n\n« Je suis très content de la manière dont la rencontre s'est passée. "
       "Chaque année, les bénévoles nous surprennent. » a dit Marc.\n")


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def test_a_french_first_name_after_the_guillemets_plain_text():
    found = quotes(_FR)
    assert [(q.speaker, q.role) for q in found] == [("Marc Dorval", "le président du comité local")]
    assert found[0].text.startswith("Je suis très content")


def test_an_english_first_name_after_said_html():
    found = quotes("<p>The meetup ended yesterday, hailed as a success by Nina Castell, chair of the host committee.</p>"
                   "<p>“I am very happy with how the week went. Every year the volunteers surprise us,” said Nina.</p>",
                   ".html")
    assert [(q.speaker, q.role) for q in found] == [("Nina Castell", "chair of the host committee")]


def test_two_people_with_that_first_name_leave_it_open():
    found = quotes("<p>The meetup was opened by Nina Castell, chair of the host committee, and closed by "
                   "Nina Rho, director of the venue.</p>"
                   "<p>“I am very happy with how the week went. Every year the volunteers surprise us,” said Nina.</p>",
                   ".html")
    assert found == []
