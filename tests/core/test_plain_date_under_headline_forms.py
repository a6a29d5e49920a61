"""A plain-text scrape with one paragraph a line whose headline has the date alone on the next
line, written day first ("12 May 2031", "12. Mai 2031"): the date is no words of the headline, it
is the release's date. Words of our own, in two styles (an English council's page, a German
town's page)."""

from mediakit.core.analyse import parse_release

COUNCIL = """Marlow Vale District Council opens its new recycling centre
12 May 2031
Marlow Vale District Council has opened a new household recycling centre at Brookfield, which can take 30 kinds of waste and is open seven days a week, the council said on Monday.
"""

TOWN = """Stadt Kornau lässt die Brücke am alten Hafen sanieren
12. Mai 2031
Die Stadt Kornau saniert ab Juni die Brücke am alten Hafen für 3,2 Millionen Euro; während der Bauzeit von acht Monaten wird der Verkehr über die Werftstraße umgeleitet, teilte die Stadtverwaltung mit.
"""


def test_day_first_english_date_under_a_headline():
    release = parse_release(COUNCIL, name="council.txt")
    assert release.title == "Marlow Vale District Council opens its new recycling centre"
    assert release.date == "2031-05-12"


def test_day_first_german_date_under_a_headline():
    release = parse_release(TOWN, name="kornau.txt")
    assert release.title == "Stadt Kornau lässt die Brücke am alten Hafen sanieren"
    assert release.date == "2031-05-12"
