"""Short quotations (a sentence of a few words) that a said-verb leads into: "Roe added, “We are
well placed for next year.”", and a paragraph of a few words under a "Jane Roe said:" line. A few
words in marks with no said-verb beside them stay out. Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_a_short_sentence_after_a_said_verb_and_a_comma_plain_text():
    found = quotes("Chief Executive Officer Dorothea Lindqvist-Hale opened the call.\n\n"
                   "Lindqvist-Hale added, \"We are well placed for 2026.\"\n")
    assert who(found) == ["Dorothea Lindqvist-Hale"]
    assert found[0].text == "We are well placed for 2026."


def test_a_short_paragraph_under_a_said_line_html():
    found = quotes("<html><body><h1>Marsh</h1><p>Executive director Naomi Fairweather said:</p>"
                   "<p>“This vote is a win.”</p></body></html>", ".html")
    assert who(found) == ["Naomi Fairweather"]
    assert found[0].text == "This vote is a win."


def test_a_short_german_paragraph_under_a_sagte_line_markdown():
    found = quotes("# Werk\n\nOberbürgermeisterin Sabine Lauterbach sagte:\n\n„Das ist ein starkes Signal.“\n", ".md")
    assert who(found) == ["Sabine Lauterbach"]


def test_a_few_words_in_marks_with_no_said_verb_stay_out():
    assert quotes("The vote was close. “Never again.” The board then left the hall.\n") == []


def test_a_short_paragraph_under_a_line_with_no_said_verb_stays_out():
    assert quotes("The results of the harbour survey:\n\n“Mostly positive.”\n") == []
