"""A speaker named before a colon with no said-verb ("Dijkgraaf Marieke Smit: “…”", "Auch
Bürgermeister Jochen Kraft zeigt sich zufrieden: „…“"), and an attribution set between dashes
("«…» – ha detto l'assessora, X – «…»"). Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_a_role_and_a_name_before_a_colon_markdown():
    found = quotes("# Dijkversterking\n\nDijkgraaf Marieke Veldhuizen: “Met deze versterking is het gebied weer "
                   "voor vijftig jaar veilig.”\n", ".md")
    assert who(found) == ["Marieke Veldhuizen"]


def test_a_sentence_opened_by_a_role_and_a_name_ending_in_a_colon_plain_text():
    found = quotes("Auch Bürgermeister Jochen Kranzbühler zeigt sich zufrieden: „Das ist ein Projekt, von dem "
                   "die ganze Stadt profitiert.“\n")
    assert who(found) == ["Jochen Kranzbühler"]


def test_a_heading_like_line_before_a_colon_is_no_speaker():
    found = quotes("Key Findings: “Most households in the valley now heat with wood or oil, the survey found.”\n")
    assert found == []


def test_an_attribution_between_dashes_italian_plain_text():
    found = quotes("«Vogliamo che ogni quartiere sia collegato al centro in meno di venti minuti» – ha detto "
                   "l'assessora alla Mobilità, Chiara Valdengo – «e che lo sia in sicurezza».\n")
    assert who(found) == ["Chiara Valdengo"]
    assert found[0].text.startswith("Vogliamo che ogni quartiere")


def test_an_attribution_between_dashes_spanish_html():
    found = quotes("<html><body><h1>Laboratorio</h1><p>«Este laboratorio nos sitúa entre los centros de referencia "
                   "de Europa» —afirmó la rectora, Pilar Ocaña Vidal—.</p></body></html>", ".html")
    assert who(found) == ["Pilar Ocaña Vidal"]
