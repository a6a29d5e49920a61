"""Latin-script quote forms: other quote-mark styles, two surnames for a full name, lower-case roles
with an honorific, pro-drop and inverted attributions, a speaker in brackets. Names, firms and words
are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


# --- quote marks of other styles -------------------------------------------------------------

def test_scandinavian_marks_open_and_close_with_the_same_mark():
    found = quotes("”Our bakery will open a second oven line before the winter rush,” said Sigrid "
                   "Holmvik, owner of Holmvik Bröd.\n")
    assert who(found) == ["Sigrid Holmvik"]
    assert found[0].text.startswith("Our bakery will open")


def test_german_single_marks_and_single_guillemets_are_quotations():
    found = quotes("‚Die Fähre fährt ab Mai jede halbe Stunde über den See‘, sagte Lotte Krämer, "
                   "Leiterin des Hafens.\n\n"
                   "‹ Le marché couvert restera ouvert tous les dimanches de l’été ›, explique Noé Ballard.\n")
    assert who(found) == ["Lotte Krämer", "Noé Ballard"]
    assert found[1].text.startswith("Le marché couvert")


def test_a_breadcrumb_arrow_is_no_quotation():
    assert quotes("Home › News › Spring fair opens with forty stalls and a brass band\n") == []


# --- two surnames for the full name ----------------------------------------------------------

def test_two_surnames_are_the_full_name_the_release_introduced():
    found = quotes("A engenheira Beatriz Moura Falcão, responsável pela obra, visitou o canteiro.\n\n"
                   "\"A ponte nova vai encurtar a viagem até a escola em vinte minutos\", disse Moura Falcão.\n")
    assert who(found) == ["Beatriz Moura Falcão"]


def test_a_dutch_particle_capitalised_at_the_reference_is_the_same_person():
    found = quotes("Wethouder Maarten de Bruijne opende het fietspad.\n\n"
                   "\"Dit pad verbindt eindelijk de drie dorpen met het station in de stad\", aldus De Bruijne.\n")
    assert who(found) == ["Maarten de Bruijne"]


def test_a_name_first_written_in_two_words_stays_so():
    found = quotes("Clara Voss opened the library on Monday.\n\n"
                   "“Every child in the valley now has a reading room within a short walk,” said Clara Voss.\n")
    assert who(found) == ["Clara Voss"]


# --- what stands around the name in the attribution ------------------------------------------

def test_a_lower_case_role_and_an_honorific_before_the_name():
    found = quotes("“The new locks let barges through in half the time they needed before,” said canal "
                   "engineer Dr. Tobias Wren.\n")
    assert [(q.speaker, q.role) for q in found] == [("Tobias Wren", "canal engineer")]


def test_an_elided_article_before_the_role_and_a_phrase_after_the_name():
    found = quotes("«Le nuove corsie ciclabili collegheranno tutti i quartieri entro l'estate», ha detto "
                   "l'assessora Giulia Marchetti.\n\n"
                   "„Der neue Spielplatz wird von den Kindern der Grundschule selbst gestaltet“, sagte "
                   "Landrätin Petra Albers bei der Eröffnung.\n")
    assert [(q.speaker, q.role) for q in found] == [("Giulia Marchetti", "assessora"), ("Petra Albers", "Landrätin")]


def test_the_role_in_brackets_after_the_name_in_a_reported_sentence():
    found = quotes("Prof. Ilse Navarro (Head of Soil Science, Westmoor University) said the trial plots had worked.\n\n"
                   "“Where the cover crops stayed, the topsoil held through every storm of the spring,” she said.\n")
    assert [(q.speaker, q.role) for q in found] == [("Ilse Navarro", "Head of Soil Science, Westmoor University")]


# --- the speaker left to the reader: a said-verb with no subject, an inversion, a title ---------

def test_a_said_verb_with_no_subject_is_the_person_the_sentence_before_reports():
    found = quotes("La directora del hospital, Aurora Beltrán Ochoa, explicó que la nueva planta abre en marzo. "
                   "\"Tendremos cuarenta camas más para los vecinos de toda la comarca\", dijo.\n\n"
                   "\"El quirófano nuevo llegará antes del verano\", afirmó.\n")
    assert [q.speaker for q in found] == ["Aurora Beltrán Ochoa", "Aurora Beltrán Ochoa"]


def test_an_audience_between_the_verb_and_the_surname():
    found = quotes("El concejal de Deportes, Íñigo Larrea, visitó las obras.\n\n"
                   "«Las pistas estarán listas para el campeonato regional de junio», declaró a la prensa Larrea.\n")
    assert [(q.speaker, q.role) for q in found] == [("Íñigo Larrea", "concejal de Deportes")]


def test_a_french_inversion_is_the_person_named_just_before():
    found = quotes("« Le tramway passera toutes les six minutes aux heures de pointe », explique Odile Verdier.\n\n"
                   "Le préfet de la région, Gaspard Rouvière, salue un projet tenu dans les délais. "
                   "« C'est un chantier exemplaire pour toutes les villes moyennes du pays », dit-il.\n\n"
                   "« Les travaux de la seconde ligne commenceront dès l'automne prochain », a-t-il ajouté.\n")
    assert [q.speaker for q in found] == ["Odile Verdier", "Gaspard Rouvière", "Gaspard Rouvière"]


def test_an_inversion_of_another_verb_attributes_nothing():
    found = quotes("« Le tramway passera toutes les six minutes aux heures de pointe », pense-t-il.\n")
    assert found == []


def test_a_title_alone_after_an_article_is_the_person_introduced_with_it():
    found = quotes("La presidente dell'associazione, Bruna Callegari, ha aperto la fiera.\n\n"
                   "\"Quest'anno abbiamo il doppio degli espositori e tre nuove sale\", ha detto Callegari.\n\n"
                   "\"Il prossimo anno la fiera durerà una settimana intera\", ha aggiunto la presidente.\n")
    assert [(q.speaker, q.role) for q in found] == [("Bruna Callegari", "presidente dell'associazione")] * 2


# --- the speaker in brackets after the quotation ---------------------------------------------

def test_the_speaker_in_brackets_right_after_the_quotation():
    found = quotes("“Our night buses now reach every village in the district until two in the morning” "
                   "(Hamish Latchford, Director of Transport, Glenmoor Council).\n")
    assert [(q.speaker, q.role) for q in found] == [("Hamish Latchford", "Director of Transport, Glenmoor Council")]


def test_a_bracketed_aside_after_a_quotation_is_no_speaker():
    found = quotes("“Our night buses now reach every village in the district until two in the morning” "
                   "(see the timetable online).\n")
    assert found == []


# --- places before a role, a view's opening word, a title given to no one ----------------------

def test_capitals_before_a_lower_case_role_name_a_place_not_the_speaker():
    found = quotes("Brackenridge Valley mayor Cllr Moira Tennant said the bridge would reopen in May.\n\n"
                   "‘Every farm on the far bank has been cut off from the market town for a month,’ she said.\n")
    assert [(q.speaker, q.role) for q in found] == [("Moira Tennant", "Brackenridge Valley mayor")]


def test_the_word_opening_a_view_is_no_given_name():
    found = quotes("Voor Femke Aalbers, hoofd van de bibliotheek, is de verbouwing een keerpunt. "
                   "\"Eindelijk hebben we ruimte voor de leesclubs van alle scholen in de wijk\", zegt ze.\n")
    assert [q.speaker for q in found] == ["Femke Aalbers"]


def test_a_title_given_to_no_one_is_the_person_named_just_before():
    found = quotes("La directora de Turismo, Marisol Echeverría Paz, presentó la temporada. "
                   "«Esperamos el doble de visitantes que el año pasado en las playas del sur», "
                   "aseguró la funcionaria.\n")
    assert [q.speaker for q in found] == ["Marisol Echeverría Paz"]
