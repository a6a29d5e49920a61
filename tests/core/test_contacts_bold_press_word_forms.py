"""A bold line that is only the word for the press ("MEDIA", "PRENSA") opens a contact card, as
a heading of that one word does, wherever the card stands: a PDF's side bar is read between the
headline and the dateline. Fixtures of our own: an English cycling club's statement with its
media box beside the headline, a Spanish museum's note with its press card set apart in bold.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release

ENGLISH = """**Velo Northfield confirms a new track for its junior riders**

**MEDIA**

Priya Lindqvist

Communications Officer

Velo Northfield

+44 113 496 0872

press@velonorthfield.example

LEEDS, 3 June 2031 - Velo Northfield will open a closed cycling track for its 220 junior riders in September.

The track cost 1.2 million pounds, the club said.
"""

SPANISH = """**El Museo del Grabado abre una sala de estampas japonesas**

**PRENSA**

Lucía Carvajal Ortiz

Museo del Grabado

+34 976 39 41 27

prensa@museodelgrabado.example

Zaragoza, 8 de abril de 2031. El Museo del Grabado abre una sala con 140 estampas japonesas del siglo XIX.
"""


def test_a_bold_media_box_beside_the_headline_is_the_contact():
    release = parse_release(ENGLISH, "statement.md")
    [contact] = release.contacts
    assert contact.name == "Priya Lindqvist"
    assert contact.phones == ["+441134960872"]
    assert contact.emails == ["press@velonorthfield.example"]


def test_a_bold_spanish_press_word_over_a_card_is_the_contact():
    release = parse_release(SPANISH, "nota.md")
    [contact] = release.contacts
    assert contact.name == "Lucía Carvajal Ortiz"
    assert contact.phones == ["+34976394127"]
