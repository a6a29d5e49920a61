"""German and Danish quote marks »…« (the guillemets pointing inwards), and German quotations whose
nouns are all capitalised, with the comma after the closing mark. Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_inward_guillemets_open_and_close_a_german_quotation_html():
    found = quotes("<html><body><h1>Holzbau wächst</h1>"
                   "<p>»Der Umsatz der Betriebe ist im Jahr um ein Zehntel gewachsen«, erklärte "
                   "Verbandspräsidentin Wiebke Thormählen. »Wir brauchen schnellere Genehmigungen.«</p>"
                   "</body></html>", ".html")
    assert who(found) == ["Wiebke Thormählen"]
    assert found[0].text.startswith("Der Umsatz der Betriebe")
    assert "schnellere Genehmigungen" in found[0].text


def test_inward_guillemets_in_danish_pdf_text_with_hard_line_breaks():
    found = quotes("Aarhus, 4. maj 2026 – Rederiet bestiller to nye færger.\n\n"
                   "»Det er den største investering i rederiets historie, og den\n"
                   "sikrer arbejdspladser i mange år«, siger administrerende direktør\n"
                   "Jens Ravnholt.\n")
    assert who(found) == ["Jens Ravnholt"]
    assert found[0].text.startswith("Det er den største investering")


def test_french_guillemets_keep_their_direction():
    found = quotes("« Nous ouvrirons la nouvelle ligne de tramway avant la fin de l’année », a déclaré "
                   "Juliette Carrère, présidente de la métropole.\n")
    assert who(found) == ["Juliette Carrère"]
    assert found[0].text.startswith("Nous ouvrirons")


def test_a_breadcrumb_of_right_pointing_arrows_is_no_quotation():
    assert quotes("Start » Presse » Meldungen der Holzbaubetriebe im Norden für das Jahr\n") == []


def test_a_german_quotation_of_capitalised_nouns_is_no_title():
    found = quotes("„Die Halle gibt uns den Platz für die Montage der Antriebe“, sagte Geschäftsführer "
                   "Tobias Wendrich.\n")
    assert who(found) == ["Tobias Wendrich"]


def test_a_quoted_title_case_name_of_a_scheme_is_still_no_quotation():
    found = quotes("The council launched the “Green Streets For Every Neighbourhood Programme” "
                   "on Monday, said Mayor Ann Roe.\n")
    assert found == []
