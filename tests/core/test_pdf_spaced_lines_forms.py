"""A PDF set with one-and-a-half or double line spacing reads as its paragraphs, not a paragraph a line.

Fixtures of our own: a German rowing club's notice set ragged right at 1.5 lines, a quote
wrapped over two of them; an English school district's bulletin double-spaced in two columns.
Lines ending a sentence one under another (a list) stay apart, and a page at ordinary spacing
is grouped as pdfminer groups it.
"""

from __future__ import annotations

from documents import spaced_pdf_bytes

from mediakit.core.analyse import load_release

CLUB = [
    ["Ruderclub Elsterau feiert hundert Jahre am Wasser"],
    ["Elsterau, 14. Mai 2026 - Der Ruderclub Elsterau begeht in diesem Sommer sein hundertjaehriges",
     "Bestehen und laedt alle Mitglieder, Freunde und Nachbarn am 20. Juni zu einem Fest am Bootshaus",
     "ein. Geplant sind Schnupperfahrten, eine Regatta der Jugendboote und eine Ausstellung alter Fotos."],
    ["\\204Wir sind stolz darauf, dass der Verein in hundert Jahren nie stillgestanden hat und heute mehr",
     "Jugendliche rudern als je zuvor\\223, sagt die Vorsitzende Hanna Koellner."],
    ["Das Fest beginnt um 11 Uhr. Der Eintritt ist frei."],
]

DISTRICT = [
    ["Maple Run schools add",
     "bus routes for the fall"],
    ["MAPLE RUN, Ohio - The Maple Run",
     "School District will add six bus",
     "routes before classes start in",
     "August, cutting the longest ride",
     "for rural students to under forty",
     "minutes, the district said today."],
    ["Drivers will be hired at a starting",
     "wage of $23.50 an hour, and the",
     "district is offering training for",
     "applicants without a license."],
    ["Parents can look up their stop on",
     "the district website from July 15."],
]


def _release(tmp_path, paragraphs, **spacing):
    path = tmp_path / "notice.pdf"
    path.write_bytes(spaced_pdf_bytes(paragraphs, **spacing))
    return load_release(path)


def _paragraphs(release):
    return [block.text for block in release.blocks if block.kind == "paragraph"]


def test_lines_one_and_a_half_apart_make_one_paragraph_and_the_wrapped_quote_is_found(tmp_path):
    release = _release(tmp_path, CLUB, leading=1.5, gap=10)
    paragraphs = _paragraphs(release)
    assert any(text.startswith("Elsterau, 14. Mai 2026") and text.endswith("alter Fotos.") for text in paragraphs)
    assert not any(text.startswith("Bestehen und") for text in paragraphs)  # a wrapped line is no paragraph of its own
    quote = next(quote for quote in release.quotes if quote.text.startswith("Wir sind stolz"))
    assert quote.speaker == "Hanna Koellner"
    assert quote.text.endswith("als je zuvor")


def test_double_spaced_columns_make_their_paragraphs_and_a_figure_keeps_its_sentence(tmp_path):
    release = _release(tmp_path, DISTRICT, leading=2.0, gap=12, columns=2)
    paragraphs = _paragraphs(release)
    assert any(text.startswith("MAPLE RUN, Ohio") and text.endswith("the district said today.") for text in paragraphs)
    assert any(text.startswith("Drivers will be hired") and text.endswith("without a license.") for text in paragraphs)
    wage = next(figure for figure in release.figures if figure.value == 23.5)
    assert "an hour" in wage.context


def test_sentences_one_under_another_at_wide_spacing_stay_apart(tmp_path):
    items = [["Registration opens on Monday at the front office."], ["Bring a copy of the birth certificate."],
             ["Forms are also available at the library."], ["Late registration costs nothing extra."]]
    paragraphs = _paragraphs(_release(tmp_path, [["Fall registration"], *items], leading=1.5, gap=0))
    for (item,) in items:
        assert item in paragraphs


def test_a_page_at_ordinary_spacing_is_grouped_as_before(tmp_path):
    release = _release(tmp_path, CLUB, leading=1.2, gap=10)
    paragraphs = _paragraphs(release)
    assert any(text.startswith("Elsterau, 14. Mai 2026") and text.endswith("alter Fotos.") for text in paragraphs)
    assert "Das Fest beginnt um 11 Uhr. Der Eintritt ist frei." in paragraphs


def test_narrow_columns_at_ordinary_spacing_keep_their_paragraphs(tmp_path):
    paragraphs = _paragraphs(_release(tmp_path, DISTRICT, leading=1.2, gap=12, columns=2))
    assert any(text.startswith("MAPLE RUN, Ohio") and "School District will add six bus routes before classes start in "
               "August, cutting" in text for text in paragraphs)  # rows of a column are no address's short lines


def test_a_contact_card_in_narrow_columns_keeps_its_lines(tmp_path):
    card = [["Media contact:", "Dana Whitfield, communications director", "dwhitfield@maplerunschools.org"]]
    release = _release(tmp_path, [*DISTRICT, *card], leading=1.2, gap=12, columns=2)
    contact = next(contact for contact in release.contacts if contact.emails == ["dwhitfield@maplerunschools.org"])
    assert contact.name == "Dana Whitfield"
