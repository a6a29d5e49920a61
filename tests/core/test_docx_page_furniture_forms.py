"""A Word release's page header and footer are read, and contact cards set side by side in a table
are read card by card.

Word users put the release's label and date in the page header and the press contact in the
footer; a table of two or three contact cards is read down each column, as a reader reads it.
Fixtures of our own: a Danish-German ferry line's notice dated in its header, an English
museum's notice whose press line sits in the footer of its first page only, an English water
board's table of two cards and a German orchestra's table of three; a table of figures is read
row by row as before, and a page number in the footer is no text.
"""

from __future__ import annotations

import io

import docx

from mediakit.core.analyse import load_release


def _release(tmp_path, build):
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    path = tmp_path / "release.docx"
    path.write_bytes(out.getvalue())
    return load_release(path)


def test_the_date_in_the_page_header_is_the_release_date(tmp_path):
    def build(document):
        header = document.sections[0].header
        header.paragraphs[0].text = "PRESSEMITTEILUNG"
        header.add_paragraph("Flensburg, 4. Februar 2026")
        document.add_heading("Fördelinie setzt ab April zwei Elektrofähren ein", level=1)
        document.add_paragraph("Die Fördelinie ersetzt ihre beiden Dieselfähren zwischen Flensburg und Sønderborg "
                               "durch elektrisch angetriebene Schiffe.")
        document.sections[0].footer.paragraphs[0].text = "2"

    release = _release(tmp_path, build)
    assert release.title == "Fördelinie setzt ab April zwei Elektrofähren ein"
    assert release.date == "2026-02-04"
    assert release.place == "Flensburg"
    assert not any(block.text == "2" for block in release.blocks)


def test_the_press_line_in_the_first_page_footer_is_a_contact(tmp_path):
    def build(document):
        section = document.sections[0]
        section.different_first_page_header_footer = True
        section.first_page_footer.paragraphs[0].text = ("Press enquiries: Tomasz Wrobel, +44 161 496 0732, "
                                                        "press@millbrookmuseum.org.uk")
        section.footer.paragraphs[0].text = "Millbrook Museum of Textiles"
        document.add_heading("Millbrook Museum reopens its weaving shed", level=1)
        document.add_paragraph("MANCHESTER, 6 March 2026 - The Millbrook Museum of Textiles reopens its restored "
                               "weaving shed to visitors on Saturday after two years of work.")

    release = _release(tmp_path, build)
    contact = next(contact for contact in release.contacts if contact.name == "Tomasz Wrobel")
    assert contact.phones == ["+441614960732"]
    assert contact.emails == ["press@millbrookmuseum.org.uk"]


def _cards(document, cards):
    table = document.add_table(rows=len(cards[0]), cols=len(cards))
    for column, card in enumerate(cards):
        for row, text in enumerate(card):
            table.cell(row, column).text = text


def test_two_contact_cards_side_by_side_are_two_contacts(tmp_path):
    def build(document):
        document.add_heading("Vale Water lifts its hosepipe ban", level=1)
        document.add_paragraph("CARDIFF, 2 June 2026 - Vale Water has lifted the hosepipe ban it brought in last summer.")
        document.add_paragraph().add_run("Media contacts").bold = True
        _cards(document, [["Bethan Morgan", "Vale Water", "029 2046 1188", "bethan.morgan@valewater.co.uk"],
                          ["Iwan Price", "Vale Water Foundation", "029 2046 1190", "iwan.price@valewater.co.uk"]])

    release = _release(tmp_path, build)
    by_name = {contact.name: contact for contact in release.contacts}
    assert by_name["Bethan Morgan"].emails == ["bethan.morgan@valewater.co.uk"]
    assert by_name["Iwan Price"].phones == ["+442920461190"]
    assert by_name["Iwan Price"].organization == "Vale Water Foundation"


def test_three_contact_cards_side_by_side_are_three_contacts(tmp_path):
    def build(document):
        document.add_heading("Philharmonie Auenstadt geht auf Japan-Tournee", level=1)
        document.add_paragraph("Auenstadt, 9. Januar 2026 – Die Philharmonie Auenstadt reist im Herbst für zehn "
                               "Konzerte nach Japan.")
        document.add_paragraph().add_run("Pressekontakte").bold = True
        _cards(document, [["Clara Neubert", "Pressesprecherin", "presse@phil-auenstadt.de"],
                          ["Jonas Riedl", "Tournee-Büro", "riedl@phil-auenstadt.de"],
                          ["Ute Sander", "Intendanz", "sander@phil-auenstadt.de"]])

    release = _release(tmp_path, build)
    emails = {contact.name: contact.emails for contact in release.contacts}
    assert emails == {"Clara Neubert": ["presse@phil-auenstadt.de"], "Jonas Riedl": ["riedl@phil-auenstadt.de"],
                      "Ute Sander": ["sander@phil-auenstadt.de"]}


def test_a_table_of_figures_is_read_row_by_row(tmp_path):
    def build(document):
        document.add_heading("Harbour traffic grows again", level=1)
        document.add_paragraph("PORTSMOUTH, 3 April 2026 - Traffic through the harbour grew in the first quarter.")
        _cards(document, [["Ferries", "Cargo ships"], ["1,204 sailings", "318 calls"]])

    release = _release(tmp_path, build)
    texts = [block.text for block in release.blocks]
    assert texts.index("Ferries") < texts.index("1,204 sailings") < texts.index("Cargo ships")
