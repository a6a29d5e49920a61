"""A wire portal's scrape: a date and time stamp, the publisher's name on a line of its own, the
headline, then the story opened by the place and the wire's tag; the publisher's name printed
again over its press office's details. The stamp is no contact line and the name is no part of the
headline; in words of our own and two styles (a German and an English plain-text scrape)."""

from mediakit.core.analyse import parse_release

DE_SCRAPE = """04.06.2031 – 09:40

Feuerwehr Lindenfels

Neue Drehleiter für die Wache Nord

Lindenfels (ots) - Die Feuerwehr hat am Dienstag eine neue Drehleiter mit einer Rettungshöhe von 32 Metern in Dienst gestellt. Das Fahrzeug kostete rund 850.000 Euro und ersetzt eine Leiter aus dem Jahr 2004.

Rückfragen bitte an:
Feuerwehr Lindenfels
Pressestelle
Telefon: 06255 30 4471
"""

EN_SCRAPE = """June 4, 2031 09:40 ET

Harbour Police Service

Officers recover 14 stolen outboard motors

WESTPORT (Newsline) – Officers recovered 14 outboard motors stolen from marinas along the coast this spring and charged two men with theft, the service said on Tuesday in a statement.

Media enquiries:
Harbour Police Service
Communications Unit
+353 98 27 4410
"""


def test_a_stamp_and_the_publishers_name_stay_out_of_the_headline():
    de = parse_release(DE_SCRAPE, name="r.txt")
    assert (de.title, de.date, de.place) == ("Neue Drehleiter für die Wache Nord", "2031-06-04", "Lindenfels")
    en = parse_release(EN_SCRAPE, name="r.txt")
    assert en.title == "Officers recover 14 stolen outboard motors"

