"""A pronoun after a sentence whose subject is a person named without a role ("Tom Roe, whose
grandfather planted the orchard, will stay on. “…,” he said."): that person, not the speaker before;
an organisation opening the sentence is no one. Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_the_subject_of_the_sentence_before_is_the_pronoun_s_person_plain_text():
    found = quotes("\"Sunvale gives us the fresh fruit supply we have been missing,\" said Copperline chief "
                   "executive Natalie Brennan.\n\n"
                   "Tom Ashgrove, whose grandfather planted the first orchard in 1948, will stay on as president. "
                   "\"Our family is proud of what we built, and we know our people are in good hands,\" he said.\n")
    assert who(found) == ["Natalie Brennan", "Tom Ashgrove"]


def test_the_subject_in_markdown():
    found = quotes("# Orchard sale\n\nGreta Vollmer joined the cooperative in 1990. “We never thought a buyer "
                   "would keep every one of the pickers on,” she said.\n", ".md")
    assert who(found) == ["Greta Vollmer"]


def test_an_organisation_opening_the_sentence_is_no_one():
    found = quotes("« Nous ouvrirons trente lignes express dans l’agglomération », a déclaré Jeanne Roubaud.\n\n"
                   "La Métropole de Nantes a présenté lundi son réseau. « Aucune commune ne sera à plus de 35 "
                   "minutes du centre-ville », a-t-elle déclaré.\n")
    assert "La Métropole de Nantes" not in who(found)
