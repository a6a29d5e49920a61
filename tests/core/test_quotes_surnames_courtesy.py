"""Who a later mention stands for: a surname after a French courtesy title ("M. Dupont", "Mᵐᵉ Roux"),
a first surname of a Spanish or Portuguese person named by two ("Ortega" of "Javier Ortega Ruiz"),
a Dutch surname opened by its capitalised particle ("Van den Berg"). Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_a_courtesy_title_before_a_surname_is_the_full_name_introduced_plain_text():
    found = quotes("Le ministre des Transports, Étienne Valadier, a présenté le plan ce mercredi.\n\n"
                   "« Aucune gare ne fermera dans les départements ruraux », a déclaré M. Valadier.\n\n"
                   "La secrétaire d’État, Mme Odile Ferrand, a rappelé le calendrier.\n\n"
                   "« Nous suivrons de près chaque chantier ouvert cette année », a ajouté Mᵐᵉ Ferrand.\n")
    assert who(found) == ["Étienne Valadier", "Odile Ferrand"]


def test_a_courtesy_title_in_html_resolves_through_the_role_given_first():
    found = quotes("<html><body><h1>Plan vélo</h1><p>Le maire de Lunel, Bastien Coudray, ouvre la piste.</p>"
                   "<p>« Cette piste relie enfin les trois quartiers au lycée », explique M. Coudray.</p>"
                   "</body></html>", ".html")
    assert who(found) == ["Bastien Coudray"]


def test_an_initial_without_a_full_name_elsewhere_stays_as_written():
    found = quotes("“Our crews finished the bridge two months early this spring,” said M. Okonkwo, "
                   "site manager.\n")
    assert who(found) == ["M. Okonkwo"]


def test_the_first_surname_of_two_is_the_full_name_with_both_html():
    found = quotes("<html><body><h1>Parque fluvial</h1>"
                   "<p>El concejal de Medio Ambiente, Rodrigo Almansa Quiroga, explicó las obras.</p>"
                   "<p>«Hemos plantado más de mil árboles autóctonos junto al río», señaló Almansa.</p>"
                   "</body></html>", ".html")
    assert who(found) == ["Rodrigo Almansa Quiroga"]


def test_the_first_surname_of_two_in_portuguese_markdown():
    found = quotes("# Nova escola\n\nO diretor-geral Heitor Bastos Carvalhal, da Construtora Serrana, "
                   "apresentou a obra.\n\n"
                   "\"Este é o resultado de dois anos de trabalho com a prefeitura\", acrescentou Bastos.\n", ".md")
    assert who(found) == ["Heitor Bastos Carvalhal"]


def test_a_capital_word_after_a_surname_that_names_something_else_is_no_second_surname():
    found = quotes("Grants are handed out by Ann Welby Trust staff each spring, said Ann Welby.\n\n"
                   "Ann Welby, director, opened the office.\n\n"
                   "“We have funded more than forty schools across the county,” said Welby.\n")
    assert who(found) == ["Ann Welby"]


def test_a_dutch_surname_with_its_particle_capitalised_is_the_person_introduced():
    found = quotes("PERSBERICHT\n\nVolgens projectleider Joost van der Heijden is de bus al getest.\n\n"
                   "\"De reizigers die meereden in de testfase waren enthousiast\", zegt Van der Heijden.\n")
    assert who(found) == ["Joost van der Heijden"]


def test_aldus_before_a_lower_case_role_and_dutch_low_high_marks():
    found = quotes("\"We laten zien dat dit veilig kan, ook in een drukke binnenstad\", aldus wethouder "
                   "Femke Dijkhuis.\n\n"
                   "„Een directe verbinding met het station is een grote verbetering\", zegt Ruud Hovenier.\n")
    assert who(found) == ["Femke Dijkhuis", "Ruud Hovenier"]
