"""A picture's caption set as a heading or a bold line, known by the credit it carries (a copyright
sign, "(Photo: …)", "Foto: …"), titles no part; a heading with a colon of its own ("Outlook: a third
boat") still does. Our own words, in Markdown in English and in an HTML page in German."""

import pytest

from mediakit.core.analyse import parse_release

STORY = ("The Fenwick ferry co-operative carried more than 90,000 passengers in its first season, "
         "twice what its members had planned for when the boats were bought.")
PART = "The co-op expects to run a third boat next year, on the route to the northern island."
MD_HEAD = f"# Ferry co-op doubles its first season\n\nHARWICH, March 4, 2033 — {STORY}\n\n![The ferry](ferry.jpg)\n\n"
STORY_DE = ("KIEL, 4. März 2033 – Die Genossenschaft Fährhaus Ems hat in ihrer ersten Saison mehr als 90.000 "
            "Fahrgäste befördert, doppelt so viele wie geplant.")
PART_DE = "Im nächsten Jahr soll ein drittes Boot auf der Strecke zur Insel fahren."


def titles(text, name):
    return [s.title for s in parse_release(text, name=name).all_sections()]


def html(*parts):
    return "<html><body><h1>Fähre verdoppelt ihre Fahrgäste</h1>" + "".join(parts) + "</body></html>"


@pytest.mark.parametrize("text, name, wanted", [
    (MD_HEAD + "#### The ferry at the harbour wall (© Fenwick Co-op)\n\n## Next season\n\n" + PART + "\n",
     "r.md", ["Next season"]),
    (MD_HEAD + "**The ferry at the harbour wall. Photo: Jane Roe**\n\n## Next season\n\n" + PART + "\n",
     "r.md", ["Next season"]),
    (html(f"<p>{STORY_DE}</p>", "<img src='f.jpg'>", "<h5>Die Fähre am Anleger (Foto: Jana Roe)</h5>",
          f"<h2>Ausblick</h2><p>{PART_DE}</p>"), "r.html", ["Ausblick"]),
    (html(f"<p>{STORY_DE}</p>", "<h4>Foto: © Fährhaus Ems</h4>", f"<h2>Ausblick</h2><p>{PART_DE}</p>"),
     "r.html", ["Ausblick"]),
])
def test_a_caption_carrying_its_credit_titles_no_part(text, name, wanted):
    assert titles(text, name) == wanted


@pytest.mark.parametrize("text, name, wanted", [
    (MD_HEAD + "## Outlook: a third boat\n\n" + PART + "\n", "r.md", ["Outlook: a third boat"]),
    (html(f"<p>{STORY_DE}</p>", f"<h2>Bilanz: ein Rekordjahr</h2><p>{PART_DE}</p>"), "r.html",
     ["Bilanz: ein Rekordjahr"]),
])
def test_a_heading_with_a_colon_of_its_own_still_titles_its_part(text, name, wanted):
    assert titles(text, name) == wanted
