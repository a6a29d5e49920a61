"""A PDF's section titles set bold or large are sections, as a bold line alone is in Word or Markdown.

Fixtures of our own: a German trade-fair notice whose bold "Ausblick" stands over one short
sentence (too short a paragraph for a bare line to pass as a title by its words alone), and an
English charity's report with a bold title wrapped over two lines, a bold run-in label inside a
paragraph (no title), a bold title with no space under it and a bold contact heading; a Dutch
council's notice whose headings are set larger but not bold (Word's default headings). A page
set bold throughout marks nothing.
"""

from __future__ import annotations

from documents import faced_pdf_bytes

from mediakit.core.analyse import load_release
from mediakit.core.formats.pdf_display import is_bold_face

BODY = False
BOLD = True


def _sections(tmp_path, paragraphs, name="release.pdf"):
    path = tmp_path / name
    path.write_bytes(faced_pdf_bytes(paragraphs))
    release = load_release(path)
    return release, [section.title for section in release.sections]


def test_a_bold_title_over_a_one_sentence_paragraph_is_a_section(tmp_path):
    release, sections = _sections(tmp_path, [
        [(BOLD, "Messe Ostwald zieht positive Bilanz der Herbstschau")],
        [(BODY, "Kassel, 4. November 2025 - Die Herbstschau der Messe Ostwald hat in diesem Jahr mehr"),
         (BODY, "Besucher angezogen als je zuvor. Rund 300 Aussteller zeigten ihre Neuheiten in vier Hallen,"),
         (BODY, "darunter erstmals eine eigene Halle fuer Handwerksbetriebe aus der Region.")],
        [(BOLD, "Ausblick")],
        [(BODY, "Die naechste Herbstschau findet im Oktober statt.")],
        [(BODY, "Die Messe Ostwald veranstaltet jedes Jahr vier Publikumsmessen in Nordhessen und zaehlt")],
        [(BODY, "damit zu den groessten Veranstaltern der Region.")],
    ])
    assert "Ausblick" in sections
    assert release.title == "Messe Ostwald zieht positive Bilanz der Herbstschau"


def test_a_bold_title_wrapped_over_two_lines_is_one_section_and_a_bold_run_in_label_is_none(tmp_path):
    release, sections = _sections(tmp_path, [
        [(BOLD, "Harbourside Food Bank opens a second warehouse")],
        [(BODY, "BRISTOL, 2 March 2026 - Harbourside Food Bank has opened a second warehouse in the city,"),
         (BODY, "doubling the space it has to store donated food for the families it serves each week.")],
        [(BOLD, "What the new warehouse means for partner charities and the"),
         (BOLD, "volunteers who run them")],
        [(BODY, "Partner charities can now collect food four days a week instead of two.")],
        [(None, [(BOLD, "Volunteers: "), (BODY, "more than forty people signed up for the new shifts in the first")]),
         (BODY, "week after the opening was announced in the local paper and on the radio.")],
        [(BOLD, "Notes to editors"),
         (BODY, "Harbourside Food Bank was founded by four churches and now works with sixty schools.")],
        [(BOLD, "Media enquiries")],
        [(BODY, "Sam Okafor, press officer, press@harbourside-foodbank.org.uk")],
    ], name="report.pdf")
    assert "What the new warehouse means for partner charities and the volunteers who run them" in sections
    assert "Media enquiries" in sections
    assert "Notes to editors" in sections  # a title line joined to the paragraph under it is split off
    assert not any(title.startswith("Volunteers") for title in sections)


def test_headings_set_larger_but_not_bold_are_sections(tmp_path):
    _, sections = _sections(tmp_path, [
        [(BODY, "Gemeente Dalerveen start met groen schoolplein", 20)],
        [(BODY, "Dalerveen, 8 april 2026 - De gemeente Dalerveen vergroent dit jaar de schoolpleinen van"),
         (BODY, "zes basisscholen. Tegels maken plaats voor gras, bomen en een moestuin voor de leerlingen.")],
        [(BODY, "Planning", 14)],
        [(BODY, "De eerste pleinen zijn na de zomer klaar.")],
        [(BODY, "Meer weten?", 14)],
        [(BODY, "Team communicatie, pers@dalerveen.nl")],
    ])
    assert "Planning" in sections
    assert "Meer weten?" in sections


def test_a_page_set_bold_throughout_marks_no_line():
    from mediakit.core.formats import pdf_pages

    data = faced_pdf_bytes([
        [(BOLD, "Harbourside Food Bank opens a second warehouse")],
        [(BOLD, "BRISTOL, 2 March 2026 - Harbourside Food Bank has opened a second warehouse in the city,"),
         (BOLD, "doubling the space it has to store donated food for the families it serves each week.")],
        [(BOLD, "Volunteers")],
        [(BOLD, "Forty people signed up.")],
    ])
    assert pdf_pages.read_pages(data).display == []


def test_bold_faces_are_known_by_their_postscript_names():
    assert is_bold_face("BAAAAA+DejaVuSerif-Bold")
    assert is_bold_face("Arial-BoldMT")
    assert is_bold_face("ZMXGEN+Montserrat-SemiBold")
    assert is_bold_face("Helvetica-Black")
    assert not is_bold_face("CAAAAA+DejaVuSerif")
    assert not is_bold_face("ArialMT")
    assert not is_bold_face("Times-Italic")


def test_the_display_lines_of_pages_a_helper_process_reads_are_kept_too(monkeypatch):
    from mediakit.core.formats import pdf_pages

    monkeypatch.setattr(pdf_pages, "HELPER_MIN_PAGES", 2)
    monkeypatch.delenv("MEDIAKIT_NO_PDF_HELPER", raising=False)
    data = faced_pdf_bytes([[(BOLD, "Timetable")], [(BODY, "The works start in June and take eight months in all.")]],
                           pages=3)
    assert pdf_pages.read_pages(data).display == ["Timetable"] * 3


def test_a_chinese_or_japanese_title_line_joined_without_a_space_is_split_off():
    from mediakit.core.document.plain import mark_display_lines, plain_to_blocks

    text = ("北陸の老舗メーカーが新工場を建設へ。投資額は約三十億円となり、来年春の\n"
            "稼働を目指して準備を進めていると発表した。地元の雇用にも貢献する見込みだ。\n\n"
            "会社概要\n当社は1950年に創業し、県内で十二の工場を運営しています。従業員は約八百\n"
            "人で、主に精密部品を製造しています。今後も地域とともに成長していきます。\n")
    blocks = mark_display_lines(plain_to_blocks(text), ["会社概要"])
    assert [(block.text[:8], block.strong) for block in blocks][1:3] == [("会社概要", True), ("当社は1950年", False)]
    latin = mark_display_lines(plain_to_blocks("Outlookers say the year starts well for the region.\n"), ["Outlook"])
    assert [block.text for block in latin] == ["Outlookers say the year starts well for the region."]
