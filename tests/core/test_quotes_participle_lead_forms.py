"""A said-verb's participle right before the quotation, with no "that" ("…, stating, “…”",
"…, adding, “…”"): the speaker is the subject of the sentence it ends. Names and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix):
    return [(q.speaker, q.text) for q in extract_quotes(parse_text(text, suffix).blocks)]


WORDS = "The new ferry cuts the crossing to twenty minutes for every family on the island."


def test_participle_and_comma_before_the_quotation_in_plain_text():
    found = quotes("Island Gets Faster Ferry\n\nTobias Lund welcomed the vessel, stating, “"
                   + WORDS + "”\n", ".txt")
    assert found == [("Tobias Lund", WORDS)]


def test_another_participle_and_comma_after_a_role_in_markdown():
    found = quotes("# Island Gets Faster Ferry\n\nTobias Lund, harbour master, praised the crew, adding, “"
                   + WORDS + "”\n", ".md")
    assert found == [("Tobias Lund", WORDS)]


def test_participle_before_a_scare_quoted_word_is_no_quotation():
    assert quotes("Island Gets Faster Ferry\n\nThe yard rebuilt the vessel by adding “smart” seats.\n", ".txt") == []
