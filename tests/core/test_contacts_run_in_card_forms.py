"""A flattened release's contact cards run in after its last sentence, each opened by its label
and a colon ("…ports.  Contact Lumen: Ida Brekke - Head of Communications: press@…"), are read as
the cards they were; the German "Kontakte" heading labels a contact part too.

Fixtures of our own: a wire release flattened into one Markdown paragraph with two cards, a
plain-text one with a single "Media contact:" card, and a German press kit page in HTML.
"""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

FLAT = {
    "markdown": ("# Lumen Acquires Ferrovia Labs\n\nOSLO, May 3, 2031 /Wire/ -- Lumen, a maker of rail sensors, "
                 "acquires Ferrovia Labs.  The deal adds 40 engineers to its team.  About Lumen: Lumen makes "
                 "sensors for rail networks and ports.  Contact Lumen: Ida Brekke - Head of Communications: "
                 "press@lumen.example  Contact Ferrovia Labs: Paul Marchetti - General Manager: "
                 "info@ferrovia.example\n", "release.md",
                 [("Ida Brekke", "Lumen", ["press@lumen.example"]),
                  ("Paul Marchetti", "Ferrovia Labs", ["info@ferrovia.example"])]),
    "plain": ("Kestrel Opens a Plant in Porto\n\nPORTO, June 9, 2031 -- Kestrel Mills opens its third plant, "
              "with 120 jobs.  \"We chose Porto for its port,\" said Ana Reis, chief executive of Kestrel Mills.  "
              "Media contact: Rui Lopes, Kestrel Mills, +351 21 000 1234, rui.lopes@kestrel.example\n",
              "release.txt", [("Rui Lopes", "Kestrel Mills", ["rui.lopes@kestrel.example"])]),
}


@pytest.mark.parametrize("style", sorted(FLAT))
def test_run_in_cards_are_each_a_contact(style):
    text, name, expected = FLAT[style]
    contacts = parse_release(text, name).contacts
    assert [(c.name, c.organization, list(c.emails)) for c in contacts] == expected


def test_a_sentence_opened_by_the_word_contact_is_not_cut_off():
    text = ("Kestrel Opens a Plant\n\nPORTO, June 9, 2031 -- Kestrel Mills opens a plant.  Contact with "
            "suppliers: talks begin on 12 May 2031 with 14 firms, the company said.\n")
    blocks = [b.text for b in parse_release(text, "release.txt").blocks]
    assert any("opens a plant." in t and "Contact with suppliers" in t for t in blocks)


def test_kontakte_heading_labels_the_contact_part():
    html = ("<h1>Nordlicht 4 erscheint</h1><p>Berlin, 3. Mai 2031 – Das Projekt Nordlicht veröffentlicht "
            "Version 4.</p><h2>Kontakte</h2><p>E-Mail</p><ul><li><a href='mailto:presse@nordlicht.example'>"
            "presse@nordlicht.example</a></li></ul>")
    contacts = parse_release(html, "presse.html").contacts
    assert [list(c.emails) for c in contacts] == [["presse@nordlicht.example"]]
