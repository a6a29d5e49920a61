"""A paragraph opening with a full name alone and a colon before the quotation ("Ann Roe: “…”"):
the speaker, where the release names that person elsewhere too. Names and organisations are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix):
    return [(q.speaker, q.text) for q in extract_quotes(parse_text(text, suffix).blocks)]


WORDS = "I am delighted to join the board and look forward to the work ahead of us."
INTRO = "Quayside Group appoints Rosalind Achterberg as chief financial officer from next spring."


def test_name_alone_before_the_colon_in_markdown():
    md = f"# Quayside Appoints New CFO\n\n{INTRO}\n\nRosalind Achterberg: “{WORDS}”\n"
    assert quotes(md, ".md") == [("Rosalind Achterberg", WORDS)]


def test_name_alone_before_the_colon_in_html():
    html = f"<h1>Quayside Appoints New CFO</h1>\n<p>{INTRO}</p>\n<p>Rosalind Achterberg: “{WORDS}”</p>\n"
    assert quotes(html, ".html") == [("Rosalind Achterberg", WORDS)]


def test_a_name_written_only_there_is_not_taken_for_a_speaker():
    md = f"# Quayside Appoints New CFO\n\nQuayside Group appoints a new officer.\n\nMarlow Point: “{WORDS}”\n"
    assert quotes(md, ".md") == []
