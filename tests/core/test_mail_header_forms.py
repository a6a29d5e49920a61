"""An e-mail's header copied above a release pasted as text (``document.mailhead``): its subject
names the headline, in the mail program's language; a release merely opening with labels is left alone."""

from mediakit.core.analyse import parse_release
from mediakit.core.document.mailhead import mail_subject

OUTLOOK_DE = """Von: Pressestelle Stadtwerke Hallbrunn <presse@stadtwerke-hallbrunn.example>
Gesendet: Dienstag, 3. März 2031 08:14
An: Redaktion Lokales
Betreff: WG: Pressemitteilung: Neue Ladesäulen am Bahnhofsplatz

Neue Ladesäulen am Bahnhofsplatz

Hallbrunn, 3. März 2031 – Die Stadtwerke haben am Bahnhofsplatz zwölf neue Ladepunkte in Betrieb genommen.

Pressekontakt: Lea Brandt, presse@stadtwerke-hallbrunn.example
"""

FORWARD_ES = """De: Comunicación Puerto de Valdemar <prensa@puerto-valdemar.example>
Enviado el: lunes, 9 de junio de 2031 10:02
Para: redaccion@diario.example
Asunto: RV: El puerto abre una nueva terminal de cruceros

**El puerto abre una nueva terminal de cruceros**

Valdemar, 9 de junio de 2031.- La terminal recibirá 40 escalas este verano.
"""


def test_the_subject_of_a_copied_outlook_header_names_the_headline():
    release = parse_release(OUTLOOK_DE, name="ladesaeulen.txt")
    assert release.title == "Neue Ladesäulen am Bahnhofsplatz"
    assert release.place == "Hallbrunn" and release.date == "2031-03-03"


def test_a_forwarded_spanish_header_in_markdown_gives_its_subject_without_the_prefix():
    assert mail_subject(FORWARD_ES) == "El puerto abre una nueva terminal de cruceros"
    release = parse_release(FORWARD_ES, name="terminal.md")
    assert release.title == "El puerto abre una nueva terminal de cruceros"


def test_labels_that_are_no_mail_header_are_not_one():
    assert mail_subject("Date: 3 March 2031\nContact: Lea Brandt\n\nNew chargers open\n") is None
    assert mail_subject("To: Assignment editors\nDate: 3 March 2031\n\nNew chargers open\n") is None  # no sender, no subject
    assert mail_subject("Subject: New chargers open\n\nThe text.\n") is None  # one line is no header
    assert mail_subject("Von: Stadtwerke\nBetreff: Neue Ladesäulen\nDie Stadtwerke haben heute …\n\nText.\n") is None
