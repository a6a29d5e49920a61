"""Swedish, Norwegian and Danish attributions: their said-verbs after a quotation ("säger", "sier",
"siger"), the speaker's role in lower case, and a pronoun with a phrase of occasion after it
("sa han vid mötet"). Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_swedish_said_verb_after_a_quotation_names_the_speaker_plain_text():
    found = quotes("Luleå, 3 mars 2026 – Bolaget bygger ett nytt lager.\n\n"
                   "”Lagret är den pusselbit som saknats för industrin i norr”, säger Britt Sandell, "
                   "vd för Norrsken Kraft.\n")
    assert who(found) == ["Britt Sandell"]
    assert found[0].role == "vd för Norrsken Kraft"
    assert found[0].text.startswith("Lagret är den pusselbit")


def test_norwegian_said_verb_with_a_role_word_ending_before_the_name_markdown():
    found = quotes("# Ny ferje til Hardanger\n\n"
                   "«Vi er stolte over at ferjene bygges her på Vestlandet», sier verftsdirektør "
                   "Ivar Tollefsen i Sørverft.\n", ".md")
    assert who(found) == ["Ivar Tollefsen"]
    assert found[0].role == "verftsdirektør"


def test_danish_said_verb_with_a_pronoun_stands_for_the_person_named_before():
    found = quotes("Borgmester Lene Kjærgaard indviede den nye havn i går.\n\n"
                   "»Havnen giver arbejde til hele kommunen i mange år frem«, sagde hun.\n")
    assert who(found) == ["Lene Kjærgaard"]


def test_a_pronoun_with_a_lower_case_phrase_after_it_is_still_the_pronoun():
    found = quotes("Kommunstyrelsens ordförande Anders Nyvik välkomnar beskedet.\n\n"
                   "”Vi har väntat länge på en sådan investering. Den ger jobb och framtidstro”, "
                   "sa han vid presskonferensen.\n")
    assert who(found) == ["Anders Nyvik"]


def test_a_capitalised_word_after_the_pronoun_is_no_phrase_of_occasion():
    found = quotes("Lagret står klart 2028.\n\n"
                   "”Vi har väntat länge på en sådan investering i regionen”, sa han Anders.\n")
    assert found == []
