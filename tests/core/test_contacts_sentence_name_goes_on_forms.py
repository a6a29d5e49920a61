"""A contact sentence that goes on in lower case after the name it hands over ("contact Jo Roe of the
press office at …", "dirigirse a Marta Ruiz, del gabinete de prensa, en el teléfono …") names that
person, as "contact Jo Roe at …" does.

Fixtures of our own: a US museum's release as plain text and a Spanish foundation's in Markdown.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_an_english_contact_sentence_with_the_desk_after_the_name():
    text = ("Museum adds a night gallery\n\nDENVER, June 3, 2031 - The Front Range Museum will open its galleries "
            "on Thursday evenings from July, with talks by its curators.\n\nFor more information, reporters may "
            "contact Lena Moss of the press office at 303-410-0187 or lmoss@frontrangemuseum.org.\n")
    contact = next(c for c in parse_release(text, "night.txt").contacts if c.emails == ["lmoss@frontrangemuseum.org"])
    assert (contact.name, contact.phones) == ("Lena Moss", ["+13034100187"])
    assert contact.organization != "of the press office"


def test_a_spanish_contact_sentence_with_the_desk_and_the_phone_after_the_name():
    text = ("# La fundación abre aulas de refuerzo\n\nSevilla, 9 de marzo de 2031. La Fundación Olivar ha "
            "inaugurado doce aulas de refuerzo escolar en barrios de la ciudad.\n\nPara más información, los "
            "medios pueden dirigirse a Marta Ruiz, del gabinete de prensa, en el teléfono 954 21 38 60 o en "
            "prensa@fundacionolivar.org.\n")
    contact = next(c for c in parse_release(text, "aulas.md").contacts if c.emails == ["prensa@fundacionolivar.org"])
    assert (contact.name, contact.phones) == ("Marta Ruiz", ["+34954213860"])
