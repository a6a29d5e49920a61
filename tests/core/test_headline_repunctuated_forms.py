"""A page whose metadata title is printed in the text with other punctuation (an OCR'd scan's
"GRANTS ; COASTAL TOWNS" for the record's "Grants: coastal towns", a page's "Grants – Coastal towns"
printed as "GRANTS: COASTAL TOWNS"): that line is the headline, so the letterhead above it is no
section. Words of our own, in a plain-text scrape with front matter and in an HTML page."""

from __future__ import annotations

from mediakit.core.analyse import parse_release

STORY = ("The Minister for Regional Development, Ms Tala Renwick, said today that twelve coastal towns "
         "would share a fund for new sea walls and jetties over the next three years, with the first "
         "works to begin in the spring once each council has lodged its plans.")


def _sections(release) -> list[str]:
    return [s.title for top in release.sections for s in top.walk()]


def test_a_scan_printing_its_record_title_with_other_punctuation():
    text = (f'---\ntitle: "Grants: coastal towns"\ndate: "1973-04-02"\n---\n\n DEPARTMENT OF REGIONAL WORKS\n\n'
            f" NEWS RELEASE NO. 2nd April, 1973.\n\n GRANTS ; COASTAL TOWNS\n\n {STORY}\n")
    release = parse_release(text, name="scan.txt")
    assert release.title == "Grants: coastal towns"
    assert "DEPARTMENT OF REGIONAL WORKS" not in _sections(release)


def test_a_page_printing_its_title_with_other_punctuation():
    page = (f"<html><head><title>Grants – Coastal towns</title></head><body><p>DEPARTMENT OF REGIONAL WORKS</p>"
            f"<p>GRANTS: COASTAL TOWNS</p><p>{STORY}</p></body></html>")
    release = parse_release(page, name="grants.html")
    assert "DEPARTMENT OF REGIONAL WORKS" not in _sections(release)
