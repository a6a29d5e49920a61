"""A press kit's page: the kit's title, a table of contents, a label heading over the release it
holds ("Original press release"), then the release's own headline or at once its story. The
headline is the one under the label; with none, the kit's title, never the label or "Contents".
Words of our own, in two styles (a template's HTML and Markdown)."""

import pytest

from mediakit.core.analyse import parse_release

STORY = ("4 MAY 2031 - The Larkspur Project today announced Larkspur 7, the latest version of its open "
         "source routing engine, with live traffic and a planner for cycle lanes.")
MORE = "Larkspur 7 also plans routes twice as fast on large city maps, the project said."

HTML_KIT = ("{% extends \"base.html\" %}\n{% block title %}Larkspur 7 Press Kit{% endblock %}\n{% block content %}\n"
            "<h1>Larkspur 7 Press Kit</h1>\n<h2>Contents</h2>\n<p><a href=\"#release\">Release</a></p>\n"
            "<h2>Original Press Release</h2>\n<h2>Larkspur 7 brings live traffic to open routing</h2>\n"
            f"<p>{STORY}</p>\n<p>{MORE}</p>\n<h2>About Larkspur</h2>\n<p>Larkspur is an open source routing engine.</p>\n"
            "{% endblock %}\n")
MD_KIT = ("# Dossier de presse Larkspur 7\n\n## Sommaire\n\n## Communiqué de presse original\n\n"
          "## Larkspur 7 apporte le trafic en direct\n\n"
          "4 MAI 2031 - Le projet Larkspur annonce aujourd'hui Larkspur 7, la dernière version de son moteur "
          "d'itinéraires libre, avec le trafic en direct et un planificateur de pistes cyclables.\n\n"
          "## À propos de Larkspur\n\nLarkspur est un moteur d'itinéraires libre.\n")


@pytest.mark.parametrize("text, name, title", [
    (HTML_KIT, "r.html", "Larkspur 7 brings live traffic to open routing"),
    (MD_KIT, "r.md", "Larkspur 7 apporte le trafic en direct"),
])
@pytest.mark.parametrize("kit_title", [None, "Larkspur 7 for cities, cyclists and fleets"])
def test_the_headline_under_the_kits_label_heading(text, name, title, kit_title):
    """Under a kit's title naming the page, or one that names only the product."""
    if kit_title is not None:
        text = text.replace("Larkspur 7 Press Kit", kit_title).replace("Dossier de presse Larkspur 7", kit_title)
    release = parse_release(text, name=name)
    assert release.title == title
    assert release.date == "2031-05-04"


@pytest.mark.parametrize("text, name, headline, title", [
    (HTML_KIT, "r.html", "<h2>Larkspur 7 brings live traffic to open routing</h2>\n", "Larkspur 7 Press Kit"),
    (MD_KIT, "r.md", "## Larkspur 7 apporte le trafic en direct\n\n", "Dossier de presse Larkspur 7"),
])
def test_a_kit_whose_release_has_no_headline_is_titled_by_the_kit(text, name, headline, title):
    release = parse_release(text.replace(headline, ""), name=name)
    assert release.title == title


def test_a_headline_over_its_own_sub_headline_stays_the_headline():
    text = ("# Larkspur 7 brings live traffic to open routing\n\n## Faster plans for city cycle lanes\n\n"
            f"{STORY}\n\n{MORE}\n")
    assert parse_release(text, name="r.md").title == "Larkspur 7 brings live traffic to open routing"
