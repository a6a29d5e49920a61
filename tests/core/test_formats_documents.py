"""PDF, Word and OpenDocument releases: recognised by their bytes, read into the same model as text."""

from __future__ import annotations

import io

import pytest
from documents import pdf_bytes as _pdf
from documents import sized_pdf_bytes

from mediakit.core.analyse import ReleaseError, load_release
from mediakit.core.formats import sniff
from mediakit.core.formats.pdf import tidy


def test_a_pdf_release_is_read_by_its_text_layer(tmp_path):
    path = tmp_path / "statement.pdf"
    path.write_bytes(_pdf(["Lakeside Trams Return in Spring", "",
                           "RIVERTON, April 9, 2031 - The city will run 14 trams from May."]))
    release = load_release(path)
    assert release.title == "Lakeside Trams Return in Spring"
    assert release.date == "2031-04-09"
    assert any(f.value == 14 for f in release.figures)


def test_a_pdf_named_txt_is_still_a_pdf(tmp_path):
    path = tmp_path / "renamed.txt"
    path.write_bytes(_pdf(["Orchard Fair Opens Its Gates", "", "The fair welcomes 900 growers this year."]))
    assert sniff(path.read_bytes()) == "pdf"
    assert load_release(path).title == "Orchard Fair Opens Its Gates"


def test_a_pdf_without_text_says_so(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf([]))
    with pytest.raises(ReleaseError, match="no text layer"):
        load_release(path)


def test_pdf_text_loses_page_furniture_and_soft_hyphens():
    pages = [f"Harbour News\nPart {word}: the ferry con\u00adnects two \ufb01shing towns.\n{n}\n"
             for n, word in ((1, "one"), (2, "two"), (3, "three"))]
    text = tidy("\f".join(pages))
    assert "Harbour News" not in text  # a running header on every page
    assert "connects two fishing towns" in text
    assert "\n2\n" not in text  # a page number alone on its line


def test_a_text_layer_whose_word_spaces_are_tabs_reads_with_spaces():
    """Qt's PDF engine (and wkhtmltopdf, Qt apps' exports) maps the space glyph to a tab."""
    words = "The\tferry\truns\tevery\thour\tthrough\tthe\tnight\tfrom\tJune\tonwards.\n"
    assert tidy(words * 3).splitlines()[0] == "The ferry runs every hour through the night from June onwards."
    japanese = "港湾局は\t六月から\t夜間の\t渡し船を\t毎時\t運航する。\n" * 5
    assert "\t" not in tidy(japanese)


def test_a_tables_tabs_among_ordinary_spaces_are_left_alone():
    table = "Net sales\t1,204\t998\nOperating profit\t141\t120\n" * 8 + "All figures in millions of dollars.\n" * 3
    assert "Net sales\t1,204\t998" in tidy(table)


def test_a_word_release_keeps_its_headings_bold_lines_and_tables(tmp_path):
    docx = pytest.importorskip("docx")  # a dependency of MediaKit itself, so this never skips
    document = docx.Document()
    document.add_heading("Valley Choir Tours Three Capitals", level=1)
    document.add_paragraph("ASHFORD, 2 March 2032 – The choir sings in 3 cities over 12 days.")
    document.add_paragraph().add_run("Dates and venues").bold = True
    document.add_paragraph("Tickets go on sale in June.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Press office"
    table.rows[0].cells[1].text = "press@valleychoir.example"
    path = tmp_path / "tour.docx"
    document.save(path)
    release = load_release(path)
    assert release.title == "Valley Choir Tours Three Capitals"
    assert release.date == "2032-03-02"
    assert "Dates and venues" in [s.title for s in release.all_sections()]
    assert "press@valleychoir.example" in "\n".join(b.text for b in release.blocks)


def test_a_zip_that_is_no_word_document_is_a_kit_and_without_a_document_refused(tmp_path):
    import zipfile

    path = tmp_path / "photos.md"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.png", b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ReleaseError, match="holds no release"):
        load_release(path)


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
<office:automatic-styles><style:style style:name="P1" style:family="paragraph">
<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="1">Hill Railway Adds <text:span>Evening</text:span> Trains</text:h>
<text:p>DALEFORD, 12 August 2034 – The railway runs 6 more trains<text:s text:c="2"/>each evening.</text:p>
<text:p text:style-name="P1">Timetable</text:p>
<text:list><text:list-item><text:p>First train at 18:10</text:p></text:list-item></text:list>
<text:p>Press: <text:a xlink:href="mailto:rail-press@daleford.example">write to us</text:a></text:p>
</office:text></office:body></office:document-content>"""


def odt_bytes(content: str, title: str = "") -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        if title:
            archive.writestr("meta.xml", '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                             'office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>'
                             f"{title}</dc:title></office:meta></office:document-meta>")
    return out.getvalue()


def test_an_opendocument_release_keeps_headings_bold_lines_lists_and_mail_links(tmp_path):
    path = tmp_path / "trains.odt"
    path.write_bytes(odt_bytes(ODT_CONTENT))
    assert sniff(path.read_bytes()) == "odt"
    release = load_release(path)
    assert release.title == "Hill Railway Adds Evening Trains"
    assert release.date == "2034-08-12"
    assert release.source_format == "odt"
    assert "Timetable" in [s.title for s in release.all_sections()]
    assert any(b.kind == "item" and b.text == "First train at 18:10" for b in release.blocks)
    assert "rail-press@daleford.example" in "\n".join(b.text for b in release.blocks)


def test_an_opendocument_without_a_heading_takes_its_title_from_its_metadata(tmp_path):
    body = ODT_CONTENT.replace('<text:h text:outline-level="1">Hill Railway Adds <text:span>Evening</text:span> '
                               'Trains</text:h>', "")
    path = tmp_path / "untitled.odt"
    path.write_bytes(odt_bytes(body, title="Evening Trains on the Hill Line"))
    assert load_release(path).title == "Evening Trains on the Hill Line"


LETTERHEAD_PDF = [(8, "Hillcrest Water Board - 12 Mill Lane"), (16, "NEWS RELEASE"), (22, "Reservoir Walkway Reopens"),
                  (22, "After Two Years of Repairs"), (10.5, "HILLCREST, March 3, 2033 - The walkway around the"),
                  (10.5, "reservoir opens again on Saturday, with 4 new bridges."), (10.5, "Walkers may use it from dawn.")]


def test_a_pdf_headline_set_largest_wins_over_the_letterhead_and_label_above_it(tmp_path):
    path = tmp_path / "walkway.pdf"
    path.write_bytes(sized_pdf_bytes(LETTERHEAD_PDF))
    release = load_release(path)
    assert release.title == "Reservoir Walkway Reopens After Two Years of Repairs"
    assert release.date == "2033-03-03"
    path.write_bytes(sized_pdf_bytes(LETTERHEAD_PDF, blank_first=True))  # a writer's blank first page
    assert load_release(path).title == "Reservoir Walkway Reopens After Two Years of Repairs"


def test_the_headline_comes_from_the_layout_the_text_was_read_from(monkeypatch):
    """Each page is laid out once, whether read here or by the helpers a window's thread uses."""
    import threading

    from mediakit.core.formats import pdf_pages
    from mediakit.core.formats.pdf import pdf_text
    from mediakit.core.formats.pdf_content import FastInterpreter

    data = sized_pdf_bytes(LETTERHEAD_PDF, blank_first=True)
    laid_out = []
    real = FastInterpreter.process_page
    monkeypatch.setattr(FastInterpreter, "process_page", lambda self, page: laid_out.append(page) or real(self, page))
    monkeypatch.setenv("MEDIAKIT_NO_PDF_HELPER", "1")
    here = pdf_text(data, "walkway.pdf")
    assert here.startswith('---\ntitle: "Reservoir Walkway Reopens After Two Years of Repairs"\n')
    assert len(laid_out) == 2, "the blank page and the page with the headline, each once"
    monkeypatch.delenv("MEDIAKIT_NO_PDF_HELPER")
    monkeypatch.setattr(pdf_pages, "HELPER_MIN_PAGES", 2)
    got: list[str] = []
    worker = threading.Thread(target=lambda: got.append(pdf_text(data, "walkway.pdf")))  # both pages in helpers
    worker.start()
    worker.join(60)
    assert got == [here] and len(laid_out) == 2


def test_a_pdf_in_one_size_takes_its_metadata_title_only_where_the_page_prints_it(tmp_path):
    lines = [(11, "Consejo del Agua de Colinas"), (11, "Nota de prensa"), (11, "Reabre el paseo del embalse"),
             (11, "COLINAS, 3 de marzo de 2033 - El paseo alrededor del embalse reabre el sabado con 4 puentes.")]
    path = tmp_path / "paseo.pdf"
    path.write_bytes(sized_pdf_bytes(lines, title="Reabre el paseo del embalse"))
    assert load_release(path).title == "Reabre el paseo del embalse"
    path.write_bytes(sized_pdf_bytes(lines, title="Microsoft Word - borrador final.docx"))
    assert load_release(path).title != "Microsoft Word - borrador final.docx"


def test_letters_a_pdf_prints_twice_over_themselves_are_read_once(tmp_path):
    path = tmp_path / "bold.pdf"
    path.write_bytes(sized_pdf_bytes(LETTERHEAD_PDF, overprint=0.4))
    release = load_release(path)
    assert release.title == "Reservoir Walkway Reopens After Two Years of Repairs"
    assert [b.text for b in release.blocks if "Walkers" in b.text] == ["Walkers may use it from dawn."]


def test_big_letters_printed_twice_are_read_once_and_close_small_ones_twice(tmp_path):
    """Letters of any size: a 60-point headline printed again 8.5 points to the right (within a
    quarter of its wide letters' width, and past the squares the filter keeps its places in) is
    one headline; a small word printed twice a letter's width apart is both words."""
    path = tmp_path / "poster.pdf"
    path.write_bytes(sized_pdf_bytes([(60, "MOW"), (10.5, "ESTUARY, 4 May 2034 - The meadows are cut from Sunday.")],
                                     overprint=8.5))
    assert load_release(path).title == "MOW"
    path.write_bytes(sized_pdf_bytes([(10.5, "Ahoy"), (10.5, "ESTUARY, 4 May 2034 - The mill turns again.")],
                                     overprint=7))
    assert sorted(load_release(path).title.replace(" ", "")) == sorted("AhoyAhoy"), "both copies are kept"


def typed_docx(headline: str, label: str, lines: list[str], about: str, about_text: str, items: list[str]) -> bytes:
    """A Word release typed without heading styles: the headline bold and large, a label as its
    metadata title, list items numbered on plain paragraphs, the boilerplate's title a bold line
    ending in a line break inside its paragraph."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = label
    document.styles["Normal"].font.size = Pt(11)
    run = document.add_paragraph().add_run(headline)
    run.bold, run.font.size = True, Pt(18)
    for line in lines:
        document.add_paragraph(line)
    for item in items:
        numbering = document.add_paragraph(item)._p.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val, numbering.get_or_add_numId().val = 0, 1
    paragraph = document.add_paragraph()
    paragraph.add_run(about).bold = True
    paragraph.add_run().add_break()
    paragraph.add_run(about_text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("headline, label, lines, about, about_text, items", [
    ("Hill Railway Adds Evening Trains to the Valley", "Press Release",
     ["DALEFORD, 12 August 2034 – The railway runs 6 more trains each evening from September."],
     "About Hill Railway", "The railway has carried walkers up the hill since the spring of its first year.",
     ["Evening trains leave the lower station every hour", "Tickets are sold on board"]),
    ("Bergbahn fährt künftig auch am Abend", "Pressemitteilung",
     ["TALDORF, 12. August 2034 – Die Bergbahn setzt ab September jeden Abend 6 weitere Züge ein."],
     "Über die Bergbahn", "Die Bahn bringt Wanderer seit ihrem ersten Frühjahr auf den Berg.",
     ["Abendzüge fahren stündlich an der Talstation ab", "Fahrkarten gibt es im Zug"]),
])
def test_a_word_release_typed_without_heading_styles_keeps_its_headline_items_and_about_part(
        tmp_path, headline, label, lines, about, about_text, items):
    path = tmp_path / "typed.docx"
    path.write_bytes(typed_docx(headline, label, lines, about, about_text, items))
    release = load_release(path)
    assert release.title == headline
    assert [s.title for s in release.all_sections()] == [about]
    assert [a.title for a in release.about] == [about]
    assert [b.text for b in release.blocks if b.kind == "item"] == items
    assert any(f.value == 6 for f in release.figures)


@pytest.mark.parametrize("title, text, contact", [
    ("About the Water Board", "The board has kept the valley's reservoirs since the year it was founded by the towns.",
     "Press contact:"),
    ("Über den Wasserverband", "Der Verband pflegt die Speicher des Tals seit dem Jahr, in dem ihn die Orte gründeten.",
     "Pressekontakt:"),
])
def test_a_justified_title_line_a_pdf_spreads_over_the_column_is_read_whole(tmp_path, title, text, contact):
    body = "HILLCREST, March 3, 2033 - The walkway around the reservoir opens again on Saturday with 4 bridges."
    lines = [(20, "Reservoir Walkway Reopens"), (10.5, body), (10.5, body), (10.5, f"~{title}"), (10.5, text),
             (10.5, contact), (10.5, "Dana Reed"), (10.5, "+1 555 0100 200"), (10.5, "press@water.invalid")]
    path = tmp_path / "justified.pdf"
    path.write_bytes(sized_pdf_bytes(lines))
    release = load_release(path)
    assert [s.title for s in release.all_sections()] == [title, contact]
    assert [a.title for a in release.about] == [title]
