"""Headlines a letterhead or a salutation stands above, in words of our own: a Word file set only
in bold, and a saved e-mail whose subject the body prints under a greeting."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mediakit.core.analyse import load_release, parse_release

HEAD = "Ferry Cooperative Adds a Night Crossing to the Island"
STORY = ("The island's ferry cooperative will run a crossing at eleven each night from May, so that "
         "shift workers at the mainland hospital can get home without staying over.")


def _bold_word_file(path, lines):
    docx = pytest.importorskip("docx")  # a dependency of MediaKit itself, so this never skips
    document = docx.Document()
    for text, bold in lines:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
    document.save(path)
    return load_release(path)


def test_a_bold_letterhead_over_the_bold_headline_is_no_headline(tmp_path):
    release = _bold_word_file(tmp_path / "ferry.docx", [
        ("Skerry Ferry Cooperative", True), ("Media Release", True), (HEAD, True),
        (f"KIRKWALL, 4 April 2033 – {STORY}", False), (STORY, False)])
    assert (release.title, release.date, release.place) == (HEAD, "2033-04-04", "KIRKWALL")


def test_a_bold_headline_the_story_follows_at_once_is_kept(tmp_path):
    release = _bold_word_file(tmp_path / "ferry.docx", [
        (HEAD, True), ("Skerry Ferry Cooperative welcomes shift workers", True),
        (f"KIRKWALL, 4 April 2033 – {STORY}", False)])
    assert release.title == HEAD


def _mail(subject: str, body: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Cooperative Office <office@skerryferry.example>"
    mail["Subject"] = subject
    mail["Date"] = "Mon, 04 Apr 2033 09:30:00 +0100"
    mail.set_content(body)
    return bytes(mail)


@pytest.mark.parametrize("subject", [HEAD, f"NEWS RELEASE: {HEAD}", f"Fwd: {HEAD}"])
def test_the_body_line_that_prints_the_mails_subject_is_the_headline(tmp_path, subject):
    path = tmp_path / "ferry.eml"
    path.write_bytes(_mail(subject, f"Dear colleagues,\n\nplease find our news below.\n\n{HEAD}\n\n"
                                    f"KIRKWALL, 4 April 2033 – {STORY}\n"))
    release = load_release(path)
    assert (release.title, release.date, release.place) == (HEAD, "2033-04-04", "KIRKWALL")


def test_a_subject_the_body_does_not_print_leaves_the_bodys_headline():
    text = f"**{HEAD}**\n\nKIRKWALL, 4 April 2033 – {STORY}\n"
    assert parse_release(text, name="r.md", subject="Our spring news").title == HEAD
