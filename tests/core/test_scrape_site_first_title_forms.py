"""A plain-text copy of a web page whose browser title puts the site first ("Site | Headline")
while the site's name also stands alone below (a logo line, a contact's organisation): the
headline is the longer side of the bar, and the story under it is kept whole. Words of our own,
in two styles (a brewery's newsroom with its name on the contact card, and a museum's page in
German with its name as a logo line above the menu)."""

from mediakit.core.analyse import parse_release

BREWERY_SCRAPE = """Kettleford Brewing | Kettleford Brewing opens a second taproom in Ashby
Skip to content
Home
Beers
Visit
News
Kettleford Brewing opens a second taproom in Ashby
Share this
ASHBY, May 6, 2031 – Kettleford Brewing will open its second taproom in the old Ashby corn exchange next month, adding 45 jobs and seating for 220 guests, the brewery said on Tuesday.
"We outgrew the first room within a year," said Nora Vance, founder of Kettleford Brewing.
Press contact
Ben Okoro
Kettleford Brewing
+44 20 7946 0321
ben@kettleford.example
"""

MUSEUM_SCRAPE = """Stadtmuseum Velden | Stadtmuseum Velden zeigt Fotografien aus dem Hafenviertel
Stadtmuseum Velden
Besuch
Ausstellungen
Sammlung
Presse
Stadtmuseum Velden zeigt Fotografien aus dem Hafenviertel
Velden, 12. Mai 2031 – Das Stadtmuseum Velden zeigt ab Juni rund 160 Fotografien aus dem Hafenviertel der Jahre 1950 bis 1980, die ein Sammler dem Haus geschenkt hat.
"""


def test_site_first_title_with_the_site_on_a_contact_card():
    release = parse_release(BREWERY_SCRAPE, name="brewery.txt")
    assert release.title == "Kettleford Brewing opens a second taproom in Ashby"
    assert release.date == "2031-05-06"
    assert [c.name for c in release.contacts] == ["Ben Okoro"]


def test_site_first_title_with_the_site_as_a_logo_line():
    release = parse_release(MUSEUM_SCRAPE, name="museum.txt")
    assert release.title == "Stadtmuseum Velden zeigt Fotografien aus dem Hafenviertel"
    assert release.place == "Velden"


def test_headline_first_title_keeps_the_shorter_site_out():
    text = BREWERY_SCRAPE.replace("Kettleford Brewing | Kettleford Brewing opens a second taproom in Ashby",
                                  "Kettleford Brewing opens a second taproom in Ashby | Kettleford Brewing", 1)
    release = parse_release(text, name="brewery.txt")
    assert release.title == "Kettleford Brewing opens a second taproom in Ashby"
