"""A headline printed wrapped over two or three lines, under a document title it spells whole.

A PDF made from a narrow column, or a plain-text e-mail's body hard-wrapped at its width,
prints a long headline as two lines; the metadata title (a PDF's ``/Title``) or the e-mail's
subject spells it on one. The lines are the headline, not the first line and then a section
named by the rest. Fixtures of our own: a PDF with its title in its metadata and a
plain-text e-mail.
"""

from __future__ import annotations

from email.message import EmailMessage

from documents import faced_pdf_bytes

from mediakit.core.analyse import load_release

HEADLINE = "Valley Orchards Cooperative Opens a Cider Press for Its Smallest Growers"


def test_a_pdf_headline_wrapped_over_two_lines_is_one_title_and_no_section(tmp_path):
    path = tmp_path / "press.pdf"
    path.write_bytes(faced_pdf_bytes([
        [(True, "Valley Orchards Cooperative Opens a Cider Press", 24), (True, "for Its Smallest Growers", 24)],
        [(False, "ASHFORD, 4 September 2031 - The cooperative opened a shared cider press on Monday, so that"),
         (False, "growers with fewer than 40 trees can press their own apples for the first time this season.")],
        [(True, "Booking the press")],
        [(False, "Members book the press by the hour on the cooperative's website, from 7 to 19 each day."),
         (False, "The press handles up to 300 kilograms of apples an hour, the cooperative said on Monday.")],
    ], title=HEADLINE))
    release = load_release(path)
    assert release.title == HEADLINE
    titles = [section.title for section in release.sections]
    assert "for Its Smallest Growers" not in titles
    assert not any(title.startswith("Valley Orchards") for title in titles)
    body = [block.text for block in release.blocks if block.role == "body"]
    assert not any("Smallest Growers" in text or "Cider Press" in text[:60] for text in body), \
        "the headline is shown once, as the title, not again as the story's first lines"


def test_an_email_body_printing_its_subject_wrapped_is_the_headline(tmp_path):
    mail = EmailMessage()
    mail["From"] = "Press Office <press@orchards.example>"
    mail["To"] = "desk@paper.example"
    mail["Subject"] = HEADLINE
    mail["Date"] = "Thu, 04 Sep 2031 09:00:00 +0100"
    mail.set_content("Valley Orchards Cooperative Opens a Cider Press for\nIts Smallest Growers\n\n"
                     "ASHFORD, 4 September 2031 - The cooperative opened a shared cider press on Monday,\n"
                     "so that growers with fewer than 40 trees can press their own apples this season.\n\n"
                     "The press handles up to 300 kilograms of apples an hour, the cooperative said.\n")
    path = tmp_path / "press.eml"
    path.write_bytes(bytes(mail))
    release = load_release(path)
    assert release.title == HEADLINE
    assert not any("Smallest Growers" in section.title for section in release.sections)
    body = [block.text for block in release.blocks if block.role == "body"]
    assert not any("Smallest Growers" in text for text in body), "the headline's lines are not body text"
