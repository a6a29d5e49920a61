"""PDF and Word releases: recognised by their bytes, read into the same model as text."""

from __future__ import annotations

import pytest
from documents import pdf_bytes as _pdf

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


def test_a_zip_that_is_no_word_document_is_still_refused(tmp_path):
    import zipfile

    path = tmp_path / "photos.md"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a document")
    with pytest.raises(ReleaseError, match="binary"):
        load_release(path)
