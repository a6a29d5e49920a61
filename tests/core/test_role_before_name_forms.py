"""A role written before the speaker's name with lower-case common words in it (made-up releases)."""

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def who(text):
    return [(q.speaker, q.role) for q in extract_quotes(parse_text(text, ".md").blocks)]


def test_possessive_and_common_words_before_the_role_word_after_the_quote():
    assert who("“Every borrowed ladder comes back cleaner than it left the depot,” the county's tool "
               "library manager Edda Strom said.\n") == [("Edda Strom", "county's tool library manager")]


def test_common_words_in_a_role_that_leads_into_the_quote():
    assert who("Harbour pilots chief Kofi Mensah said: “We can bring the larger grain ships in at low "
               "tide from next spring.”\n") == [("Kofi Mensah", "Harbour pilots chief")]


def test_words_of_a_running_sentence_still_block_the_name():
    assert who("“Every borrowed ladder comes back cleaner than it left the depot,” volunteers who met "
               "with tool library manager Edda Strom said.\n") == []


def test_capitals_after_a_roles_of_stay_an_organisation():
    assert who("“Every borrowed ladder comes back cleaner than it left the depot,” said the head of "
               "Tool Commons.\n") == []


def test_the_role_where_the_speaker_is_introduced_keeps_its_common_words():
    found = who("The festival was opened by the brass band leader Rosa Quint on the green.\n\n"
                "“We rehearsed the march in the rain for three weekends running,” said Quint.\n")
    assert found == [("Rosa Quint", "brass band leader")]
    found = who("The valley's flood officer Ivo Marek checked every sluice on the river before dawn.\n\n"
                "“All twelve gates opened within the hour when the water came,” he said.\n")
    assert found == [("Ivo Marek", "valley's flood officer")]


def test_without_an_article_or_possessive_the_words_before_the_role_word_are_not_guessed():
    found = who("Residents thanked flood officer Ivo Marek at the meeting.\n\n"
                "“All twelve gates opened within the hour when the water came,” said Marek.\n")
    assert found == [("Ivo Marek", "officer")]  # not "thanked flood officer"


@pytest.mark.parametrize("text, speaker, role", [
    ("# Bibliothek öffnet länger\n\n**Lindenau, 14. März 2031** – Die Bibliothek öffnet ab April länger.\n\n"
     "„Wir wollen ein Ort für alle sein, auch nach Feierabend“, sagt Bibliotheksleiterin Katrin Vogt.\n",
     "Katrin Vogt", "Bibliotheksleiterin"),
    ("# Bibliothek öffnet länger\n\n**Lindenau, 14. März 2031** – Die Bibliothek öffnet ab April länger.\n\n"
     "Pressesprecher Tom Weil sagte: „Die Abende gehören jetzt auch den Lesern.“\n", "Tom Weil", "Pressesprecher"),
], ids=["role word at the end of a compound", "compound before a colon"])
def test_a_role_written_as_one_word_with_what_it_leads_is_no_part_of_the_name(text, speaker, role):
    (quote,) = parse_release(text, name="r.md").quotes
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize("attribution", ["sagt Bürgermeisterin Dr. Anna Beck", "said Managing Director Dr. Anna Beck"])
def test_an_honorific_between_the_role_and_the_name_is_no_part_of_the_role(attribution):
    text = ("# Harbour opens at night\n\n**Lindenau, 14 March 2031** – The harbour opens at night from April.\n\n"
            f"“We want the quay to belong to everyone, after work too,” {attribution}.\n")
    (quote,) = parse_release(text, name="r.md").quotes
    assert quote.speaker == "Anna Beck" and quote.role in ("Bürgermeisterin", "Managing Director")
