"""A sentence the said-verb opens, the speaker after it and the quotation ending it ('Said Ann Roe,
chair, “…”'); letters for a degree or a charter after a name ("Ann Roe, CFA") are neither name nor
role. Names, organisations and numbers are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix):
    return [(q.speaker, q.role, q.text) for q in extract_quotes(parse_text(text, suffix).blocks)]


WORDS = "We are proud to see the fund recognised for a third year running."


def test_verb_opening_the_sentence_in_plain_text():
    text = ("Harbour Fund Wins Award\n\nQUAYSIDE, Dec. 3, 2031 -- The Harbour Fund won an award. "
            f"Said Tobias Renwick, Portfolio Manager at Quayside Capital, \"{WORDS}\" The award is annual.\n")
    assert quotes(text, ".txt") == [("Tobias Renwick", "Portfolio Manager at Quayside Capital", WORDS)]


def test_charter_letters_after_the_name_in_markdown():
    md = ("# Harbour Fund Wins Award\n\nThe Harbour Fund won an award. "
          f"\"{WORDS}\" said Quayside Capital Chief Investment Officer Imogen Saltmarsh, CFA. The award is annual.\n")
    assert quotes(md, ".md") == [("Imogen Saltmarsh", "Quayside Capital Chief Investment Officer", WORDS)]


def test_a_lower_case_verb_inside_a_sentence_leads_nothing_by_itself():
    text = ("Harbour Fund Wins Award\n\nThe board met and said it, “again and again.”\n")
    assert quotes(text, ".txt") == []
