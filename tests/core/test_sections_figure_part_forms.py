"""A bare title opening with a year or count ("2031 Outlook", "3 Fragen an die Jury") titles its
part as one opening in a capital does; a line of capitalised words over short lines that hold
figures ("Third Quarter Highlights" over "Net sales rose 12% …") titles them, where the same line
over a role ("Jane Roe" over "Chair of the board.") is a name. Our own words, in a plain-text wire
scrape and in HTML paragraphs, in English and German."""

import pytest

from mediakit.core.analyse import parse_release

WIRE_HEAD = ("Tarnfield Pumps Reports Third Quarter Results\n\n"
             "DULUTH, Minn.--(BUSINESS WIRE)--Oct. 9, 2031-- Tarnfield Pumps, Inc. today reported third quarter "
             "sales of $41.2 million, up 9% from a year earlier, as orders from water utilities grew.\n\n")


def titles(text, name):
    return [s.title for s in parse_release(text, name=name).all_sections()]


def html(*paragraphs):
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"<html><body><h1>Seenotretter ziehen Bilanz</h1>\n{body}</body></html>"


HTML_STORY = ("KIEL, 9. Oktober 2031 – Die Seenotretter der Förde sind in diesem Jahr zu mehr als 300 Einsätzen "
              "ausgefahren, so oft wie nie zuvor seit ihrer Gründung.")


@pytest.mark.parametrize("text, name, wanted", [
    (WIRE_HEAD + "\"Utilities kept ordering through the summer,\" said Ines Varga, chief executive officer.\n\n"
     "2032 Outlook\n\nTarnfield expects full-year sales of about $160 million.\n", "r.txt", ["2032 Outlook"]),
    (html(HTML_STORY, "„Wir sind stolz auf unsere Freiwilligen“, sagte Jana Ruhland.", "3 Fragen an die Crew",
          "Die Crew berichtet, wie sich die Einsätze über das Jahr verändert haben."), "r.html",
     ["3 Fragen an die Crew"]),
])
def test_a_bare_title_opening_with_a_number_titles_its_part(text, name, wanted):
    assert titles(text, name) == wanted


def test_a_line_opening_with_a_number_in_lower_case_words_is_no_title():
    text = WIRE_HEAD + "The company said.\n\n2032 was planned\n\nTarnfield expects full-year sales of about $160 million.\n"
    assert "2032 was planned" not in titles(text, "r.txt")


@pytest.mark.parametrize("text, name, wanted", [
    (WIRE_HEAD + "Third Quarter Highlights\n\nGross margin was 38.5%, up from 36.1%.\n\n"
     "Backlog reached $57 million at quarter end.\n\n"
     "\"Utilities kept ordering through the summer,\" said Ines Varga, chief executive officer.\n", "r.txt",
     ["Third Quarter Highlights"]),
    (html(HTML_STORY, "Einsätze Im Überblick", "Die Boote fuhren 1.240 Stunden auf See.",
          "Gerettet wurden 86 Menschen."), "r.html", ["Einsätze Im Überblick"]),
])
def test_capitalised_words_over_short_lines_with_figures_title_them(text, name, wanted):
    assert titles(text, name) == wanted


@pytest.mark.parametrize("text, name", [
    (WIRE_HEAD + "\"Utilities kept ordering,\" she said.\n\nInes Varga\n\nChief executive officer since 2029.\n", "r.txt"),
    (html(HTML_STORY, "„Wir sind stolz“, sagte sie.", "Jana Ruhland", "Vorsitzende des Vereins seit 2027."), "r.html"),
])
def test_a_name_over_its_role_with_a_year_stays_no_title(text, name):
    assert titles(text, name) == []
