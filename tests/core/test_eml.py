"""Saved e-mails (.eml): the body or an attached document as the release, attachments as assets."""

from __future__ import annotations

import json
from email.message import EmailMessage

from documents import pdf_bytes as _pdf
from kitmaker import docx_bytes, png

from mediakit.__main__ import main
from mediakit.core.analyse import load_release
from mediakit.core.formats.eml import looks_like_email

HTML_BODY = (
    "<html><body><h1>Riverside Library Lends Telescopes</h1>"
    "<p>ELMSTEAD, 9 October 2030 – The library now lends 25 telescopes to members.</p>"
    "<p><img src='https://tracker.example/pixel.gif'><img src='cid:logo'></p>"
    "<p>“Everyone should see the rings of Saturn,” said Nadia Brook, head librarian.</p>"
    "</body></html>"
)


def message(subject: str, html: str | None, text: str | None, attachments: list[tuple[str, str, bytes]]) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Press Desk <desk@library.example>"
    mail["To"] = "news@paper.example"
    mail["Subject"] = subject
    mail["Date"] = "Wed, 09 Oct 2030 08:15:00 +0200"
    mail["Message-ID"] = "<one@library.example>"
    if text is not None:
        mail.set_content(text)
    if html is not None:
        if text is None:
            mail.set_content(html, subtype="html")
        else:
            mail.add_alternative(html, subtype="html")
    for name, kind, data in attachments:
        maintype, subtype = kind.split("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(mail)


def test_the_body_of_a_mail_is_the_release_and_its_attachments_the_assets(tmp_path, capsys):
    path = tmp_path / "telescopes.eml"
    path.write_bytes(message("Fwd: Telescopes for members", HTML_BODY, "Plain text form of the body.",
                             [("dome.png", "image/png", png(16, 9)),
                              ("../../floor-plan.pdf", "application/pdf", _pdf(["Floor plan"]))]))
    assert main(["--json", str(path)]) == 0
    model = json.loads(capsys.readouterr().out)
    assert model["title"] == "Riverside Library Lends Telescopes"
    assert model["date"] == "2030-10-09"
    assert model["source"] == {"format": "email", "kit": {"path": str(path), "release": "(message body)"}}
    assert [(a["name"], a["kind"], a["width"], a["height"]) for a in model["assets"]] == [
        ("dome.png", "image", 16, 9), ("floor-plan.pdf", "document", None, None)]
    assert model["quotes"][0]["speaker"] == "Nadia Brook"


def test_remote_images_of_an_html_mail_never_reach_the_release(tmp_path):
    path = tmp_path / "telescopes.eml"
    path.write_bytes(message("Telescopes", HTML_BODY, None, []))
    release = load_release(path)
    shown = "\n".join(b.html + b.text for b in release.blocks)
    assert "tracker.example" not in shown and "cid:" not in shown


def test_a_covering_note_gives_way_to_the_attached_release(tmp_path):
    path = tmp_path / "note.eml"
    path.write_bytes(message("Our news", None, "Dear editors, please find our news attached. Kind regards",
                             [("statement.docx", "application/octet-stream",
                               docx_bytes("Harbour Ferries Add a Night Crossing",
                                          "PORTLEIGH, 3 May 2029 – The ferry adds a crossing at 23:00.")),
                              ("ship.png", "image/png", png(5, 5))]))
    release = load_release(path)
    assert release.kit_release == "statement.docx"
    assert release.title == "Harbour Ferries Add a Night Crossing"
    assert release.source_format == "email"
    assert [a.name for a in release.assets] == ["message.txt", "ship.png"]  # the covering note is kept too


def test_the_subject_and_date_stand_in_when_the_body_has_neither(tmp_path):
    path = tmp_path / "plain.eml"
    body = ("the museum of clocks opens its tower to visitors every saturday from now on, with guided climbs "
            "for groups of up to 8 people, a talk on the bells at noon and a small exhibition of the old "
            "clockwork in the hall below, where the keepers show how the weights are wound each morning.\n")
    path.write_bytes(message("Re: Clock tower opens to visitors", None, body, []))
    release = load_release(path)
    assert release.title == "Clock tower opens to visitors"
    assert release.date == "2030-10-09"


def test_mail_headers_are_told_from_a_release_that_starts_with_a_label():
    assert looks_like_email(b"Received: from a\nFrom: b@c.example\nSubject: x\n\nbody")
    assert looks_like_email(b"From: b@c.example\nSubject: x\n\nbody", "saved.eml")
    assert looks_like_email(b"From desk@c.example Wed Oct  9 08:15:00 2030\nMessage-ID: <a@b>\nFrom: d@c.example\n\nx")
    assert not looks_like_email(b"Subject: Spring fair\nDate: 3 May\n\nThe fair opens.", "fair.txt")
    assert not looks_like_email(b"# Headline\n\nFrom: the desk")


def test_the_release_s_own_headline_and_date_win_over_the_subject_and_sent_date(tmp_path):
    body = ("Seaside Orchestra Plays on the Pier\n\n"
            "BRINEMOUTH, 14 July 2029 – The orchestra gives 3 free concerts on the pier this summer.\n")
    for kind, content in (("plain", body), ("html", "<p><b>Seaside Orchestra Plays on the Pier</b></p><p>"
                                                    + body.split("\n\n")[1] + "</p>")):
        path = tmp_path / f"{kind}.eml"
        path.write_bytes(message("Fwd: weekend listings", content if kind == "html" else None,
                                 content if kind == "plain" else None, []))
        release = load_release(path)
        assert (release.title, release.date) == ("Seaside Orchestra Plays on the Pier", "2029-07-14"), kind


def test_two_mails_with_one_body_and_other_subjects_keep_their_own_subjects(tmp_path):
    """The cache of analysed releases keys an e-mail by what stands in for a missing headline
    and date too: the same text sent twice under two subjects is two releases."""
    from mediakit.core.cache import ReleaseCache
    from mediakit.core.loading import open_release

    cache = ReleaseCache(tmp_path / "cache")
    body = ("the ferry to the outer islands runs twice a day again from monday, after the pier was "
            "rebuilt over the winter by the harbour board and its volunteers, with room for 40 bicycles "
            "on each crossing and a new shelter for people waiting on the quay in bad weather.\n")
    first, second = tmp_path / "first.eml", tmp_path / "second.eml"
    first.write_bytes(message("Ferry service resumes", None, body, []))
    second.write_bytes(message("Fwd: Island crossings return", None, body, []))
    titles = [open_release(path, cache).title for path in (first, second, first)]
    assert titles == ["Ferry service resumes", "Island crossings return", "Ferry service resumes"]
