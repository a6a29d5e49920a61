"""After the release's contacts, a heading or a bold line standing alone over a list of links to the
page's end ("More from the newsroom", "**Mehr aus dem Newsroom**") is the site's list of its other pages,
no part of the release; a part after the contacts with text of its own, and an "About …", stay. Our
own words, in a crawled Markdown page in German and an HTML page in English."""

from mediakit.core.analyse import parse_release

MD = """# Fährverein zählt 20.000 Fahrgäste

**Kiel, 9. Oktober 2031.** Der Fährverein Schwentine hat in seiner ersten Saison mehr als 20.000 Fahrgäste über den Fluss gebracht.

„Das hätten wir nie erwartet“, sagte die Vorsitzende Jana Ruhland.

### Pressekontakt

Ole Brandt
Telefon: 0431 555 2290
presse@faehrverein.example

---

**Mehr aus dem Newsroom**

* [Neuer Fahrplan ab März](/presse/fahrplan)
* [Mitgliederversammlung gewählt](/presse/versammlung)
* [Sommerfest am Anleger](/presse/sommerfest)

Teilen: [Mail](#) [Drucken](#)
"""

HTML = """<html><body><h1>Harbour ferry carries 20,000 riders</h1>
<p>KIEL, Oct. 9, 2031 – The Schwentine ferry club carried more than 20,000 riders across the river in its first season,
far more than its members had planned for.</p>
<p>“We never expected this,” said Jana Ruhland, the club's chair.</p>
<h2>Media contact</h2>
<p>Ole Brandt<br>+49 431 555 2290<br>press@ferryclub.example</p>
%s
</body></html>"""

LINKS = """<h2>More from the newsroom</h2>
<ul><li><a href="/n/1">New timetable from March</a></li><li><a href="/n/2">Members elect a new board</a></li>
<li><a href="/n/3">Summer party at the pier</a></li><li><a href="/n/4">Winter crossings resume</a></li></ul>"""

PART = """<h2>Photos</h2>
<p>Photos of the first season's crossings may be used free of charge with the credit line of the club, and
more are sent on request by the press office.</p>"""


def titles(text, name):
    return [s.title for s in parse_release(text, name=name).all_sections()]


def test_a_bold_line_over_the_sites_links_after_the_contacts_is_no_part():
    assert titles(MD, "r.md") == ["Pressekontakt"]


def test_a_heading_over_a_link_list_after_the_contacts_is_no_part():
    assert titles(HTML % LINKS, "r.html") == ["Media contact"]


def test_a_part_with_text_after_the_contacts_stays_a_part():
    assert titles(HTML % PART, "r.html") == ["Media contact", "Photos"]


def test_an_about_part_over_links_after_the_contacts_stays():
    about = LINKS.replace("More from the newsroom", "About the ferry club")
    assert "About the ferry club" in titles(HTML % about, "r.html")
