"""A two-page PDF's letterhead and footer, printed on both pages, are page furniture, not body text.

Fixtures of our own: an English marine-supply company's release with its name and address at the
top of each page and its registered details at the foot; a German district office's notice with
its letterhead and 'Seite 1 von 2' footer. A line the body repeats in the middle of its pages stays.
"""

from __future__ import annotations

from documents import pdf_pages_bytes

from mediakit.core.analyse import load_release
from mediakit.core.formats.pdf import tidy

HEAD = ["KESTREL MARINE SUPPLY", "88 Quay Road, Portland, ME 04101", ""]
FOOT = ["", "Kestrel Marine Supply, Inc. - Registered in Maine - 88 Quay Road, Portland, ME 04101"]
ENGLISH = [
    HEAD + ["Kestrel Marine Supply Opens Its Second Chandlery", "",
            "PORTLAND, Maine, June 2, 2031 - Kestrel Marine Supply opened a chandlery of 800 square feet.",
            "The store stocks rope, paint and engine parts for the harbor's 300 moorings."] + FOOT,
    HEAD + ["About Kestrel Marine Supply", "Kestrel Marine Supply has served Maine boat owners since 1974.",
            "Media Contact", "Dana Whitcombe", "dana@kestrelmarine.example"] + FOOT,
]
GERMAN = [
    ["Landratsamt Oberhaslach", "Kreishaus, Am Markt 3, 79001 Oberhaslach", "",
     "Kreis baut zwei neue Radbruecken ueber die Elz", "",
     "Oberhaslach, 4. Maerz 2031 - Der Kreistag hat den Bau von zwei Radbruecken beschlossen.",
     "Die Bruecken kosten zusammen 3,4 Millionen Euro.", "", "Seite 1 von 2"],
    ["Landratsamt Oberhaslach", "Kreishaus, Am Markt 3, 79001 Oberhaslach", "",
     "Zeitplan", "Die Arbeiten beginnen im Herbst und dauern ein Jahr.",
     "Pressekontakt", "Jonas Birkle", "presse@oberhaslach.example", "", "Seite 2 von 2"],
]


def _release(tmp_path, pages):
    path = tmp_path / "release.pdf"
    path.write_bytes(pdf_pages_bytes(pages))
    return load_release(path)


def _body(release):
    return [block.text for block in release.blocks if block.role not in ("chrome",)]


def test_an_english_letterhead_and_registered_footer_on_both_pages_are_no_section(tmp_path):
    release = _release(tmp_path, ENGLISH)
    assert release.title == "Kestrel Marine Supply Opens Its Second Chandlery"
    titles = [section.title for section in release.sections]
    assert "KESTREL MARINE SUPPLY" not in titles
    assert not any("Registered in Maine" in text for text in _body(release))
    assert release.contacts[0].name == "Dana Whitcombe"


def test_a_german_letterhead_on_both_pages_is_left_out_and_the_headline_read(tmp_path):
    release = _release(tmp_path, GERMAN)
    assert release.title == "Kreis baut zwei neue Radbruecken ueber die Elz"
    assert [section.title for section in release.sections][:1] == ["Zeitplan"]
    text = "\n".join(_body(release))
    assert "Kreishaus, Am Markt 3" not in text  # the letterhead, as on a longer release


def test_a_line_repeated_inside_both_pages_bodies_stays():
    body = [f"Line {n} of the crossing's timetable." for n in range(12)]
    pages = ["\n".join(["Head Office", *body[:5], "Tickets cost 4 euros.", *body[5:], "End one"]),
             "\n".join(["Head Office", *body[6:], "Tickets cost 4 euros.", *body[:6], "End two"])]
    text = tidy("\f".join(pages))
    assert text.count("Tickets cost 4 euros.") == 2
    assert "Head Office" not in text
