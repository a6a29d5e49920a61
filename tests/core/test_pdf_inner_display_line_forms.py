"""A bold line inside a PDF paragraph's box, after a sentence's end, is a heading of its own.

A page set at one line's spacing throughout, with no space between paragraphs (a Word export),
leaves a bold heading in the box of the paragraph above it. Fixtures of our own: an English
transport regulator's release whose 'Notes to editors' and 'Press office' sit inside the body's
box, a German foundation's notice with 'Hintergrund' and its 'Pressekontakt' likewise.
"""

from __future__ import annotations

from documents import faced_pdf_bytes

from mediakit.core.analyse import load_release

ENGLISH = [
    [(True, "Ferry crossings run on time for a fifth year", 16)],
    [(False, "HULL, 3 June 2031 - Ferries on the estuary left on time 94.2 per cent of the time last year, up"),
     (False, "from 91.8 per cent a year earlier, figures published by the Waterways Standards Board show. The"),
     (False, "number of passengers rose to 2.6 million, and cancellations fell to 1.4 per cent of sailings."),
     (True, "Notes to editors"),
     (False, "The figures cover the year to March 2031."),
     (True, "Press office"),
     (False, "Waterways Standards Board press office"),
     (False, "+44 1482 496120 / press@wsb.example")],
]

GERMAN = [
    [(True, "Stiftung Lesewelt startet Vorleseprogramm in Kitas", 16)],
    [(False, "Kassel, 12. Mai 2031 - Die Stiftung Lesewelt schickt ab Juni 300 ehrenamtliche Vorlesepaten in"),
     (False, "die Kitas der Stadt und des Landkreises. Das Programm kostet im ersten Jahr rund 450.000 Euro und"),
     (False, "wird zur Haelfte vom Land getragen, teilte die Stiftung am Dienstag in Kassel mit."),
     (True, "Hintergrund"),
     (False, "Die Stiftung wurde 1998 gegruendet und foerdert das Lesen in Nordhessen."),
     (True, "Pressekontakt"),
     (False, "Sabine Oberdorf"),
     (False, "Telefon: 0561 709 3340"),
     (False, "presse@lesewelt.example")],
]


def _release(tmp_path, paragraphs):
    path = tmp_path / "release.pdf"
    path.write_bytes(faced_pdf_bytes(paragraphs))
    return load_release(path)


def test_english_headings_inside_the_body_box_are_sections_and_the_desk_is_read(tmp_path):
    release = _release(tmp_path, ENGLISH)
    assert [section.title for section in release.sections] == ["Notes to editors", "Press office"]
    [desk] = release.contacts
    assert desk.emails == ["press@wsb.example"]
    assert desk.phones == ["+441482496120"]


def test_german_headings_inside_the_body_box_are_sections_and_the_contact_is_read(tmp_path):
    release = _release(tmp_path, GERMAN)
    assert "Hintergrund" in [section.title for section in release.sections]
    [contact] = release.contacts
    assert contact.name == "Sabine Oberdorf"
    assert contact.phones == ["+495617093340"]

