"""German reflexive said-verb "freut sich" attributes a quotation, after it („…“, freut sich NAME)
or before it (NAME freut sich: „…“). Names and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix):
    return [(q.speaker, q.role) for q in extract_quotes(parse_text(text, suffix).blocks)]


def test_freut_sich_after_the_quotation_in_plain_text():
    text = ("Neue Fähre für die Insel\n\n„Die Überfahrt dauert jetzt nur noch zwanzig Minuten für alle Familien“, "
            "freut sich Bürgermeisterin Tanja Lund.\n")
    assert quotes(text, ".txt") == [("Tanja Lund", "Bürgermeisterin")]


def test_freut_sich_before_the_quotation_in_markdown():
    text = ("# Neue Fähre für die Insel\n\nBürgermeisterin Tanja Lund freute sich: „Die Überfahrt dauert jetzt nur "
            "noch zwanzig Minuten für alle Familien.“\n")
    assert quotes(text, ".md") == [("Tanja Lund", "Bürgermeisterin")]
