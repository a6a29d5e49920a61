"""A scrape of a web page: a browser title with the site first ("Site | Headline") whose headline
stands alone below gives that headline; a page copied a paragraph a line, with no blank line
anywhere (only its share bar set apart), keeps its lines as paragraphs rather than joining them."""

from mediakit.core.analyse import parse_release

SITE_FIRST = """Lowmere Harbour Authority | Night ferry timetable extended from May

Home » News

Night ferry timetable extended from May

Lowmere, 4 March 2031 – The harbour authority will run the night ferry every day from May, adding 12 sailings a week.

The extension follows a trial over the winter months.
"""

ONE_BLOCK = """Stadt Lindenau | Neue Buslinie verbindet Nordstadt und Klinikum
Startseite » Aktuelles » Meldungen
Neue Buslinie verbindet Nordstadt und Klinikum
Lindenau, 12. Mai 2031
Ab Juni fährt die neue Linie 14 im Zehn-Minuten-Takt zwischen der Nordstadt und dem Klinikum. Die Verkehrsbetriebe setzen dafür sechs neue Elektrobusse ein, die zusammen 3,6 Millionen Euro kosten.
„Damit sind die Patientinnen und Patienten in zwölf Minuten am Klinikum“, sagte Verkehrsdezernentin Jana Roth bei der Vorstellung der Linie am Montag im Rathaus.
Fahrplan
Die Busse fahren werktags von 5 bis 23 Uhr.
Teilen: Facebook | X | WhatsApp
"""


def test_a_site_first_browser_title_gives_the_headline_standing_below():
    release = parse_release(SITE_FIRST, name="ferry.txt")
    assert release.title == "Night ferry timetable extended from May"


def test_a_page_copied_a_paragraph_a_line_keeps_its_lines():
    release = parse_release(ONE_BLOCK, name="buslinie.txt")
    assert release.title == "Neue Buslinie verbindet Nordstadt und Klinikum"
    assert (release.date, release.place) == ("2031-05-12", "Lindenau")
    assert [s.title for s in release.sections] == ["Fahrplan"]
    assert [q.speaker for q in release.quotes] == ["Jana Roth"]
