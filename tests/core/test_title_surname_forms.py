"""A speaker whose surname is also a title word, found again by that surname alone (made-up releases)."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def who(text):
    return [(q.speaker, q.role) for q in extract_quotes(parse_text(text, ".md").blocks)]


def test_surname_alone_after_the_verb_and_before_it():
    found = who("Choir director Lukas Bishop said the singers rehearsed every night for a month.\n\n"
                "The choir will sing in four towns.\n\n"
                "“Singing in those old halls is something none of us expected to do,” Bishop said.\n\n"
                "“The youngest of us is eleven and the oldest is eighty-two,” added Bishop.\n")
    assert found == [("Lukas Bishop", "Choir director")] * 2


def test_surname_after_an_honorific():
    found = who("The ovens were built by Hedda Judge, owner of Hearthworks.\n\n"
                "The bakery opens at dawn.\n\n"
                "“The first loaves sold out two hours after we opened the doors,” said Ms Judge.\n")
    assert found == [("Hedda Judge", "owner of Hearthworks")]


def test_a_title_word_no_one_in_the_release_bears_is_no_speaker():
    assert who("The dean of the faculty opened the garden.\n\n"
               "“Students can pick the herbs for the canteen from next week on,” Dean said.\n") == []
