"""A line that is only a date, a place, a phone, an e-mail address or a link titles no part,
however it is set (a heading, a bold line, an upper-case line). In words of our own."""

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.structure.facts import lone_fact

PROSE = ("The river trust opened a new footbridge below the old mill this week, so that walkers can follow "
         "the towpath on both banks for the first time in forty years.")
OTHER = ("The bridge was built by volunteers over two summers from oak felled in the trust's own woods, and "
         "it will be closed for one weekend a year for its upkeep.")


def titles(text, name):
    return [s.title for s in parse_release(text, name=name).all_sections()]


@pytest.mark.parametrize("line", [
    "## 12 August 2034", "## Saturday, August 12", "**Agosto de 2034**", "**2034年8月12日**",
    "## Millbrook, Vermont", "**Riverside, Calif.**", "**Tel. +44 20 7946 0321**", "## bridge@trust.example",
    "## www.trust.example/bridge",
])
def test_a_markdown_or_bold_line_that_is_only_a_fact_is_no_section(line):
    text = f"# Footbridge Opens\n\nMILLBROOK, Aug. 12, 2034 – {PROSE}\n\n{line}\n\n{OTHER}\n\n## The route\n\n{PROSE}\n"
    assert titles(text, "r.md") == ["The route"]


@pytest.mark.parametrize("line", ["SATURDAY, AUGUST 12", "MILLBROOK, VERMONT, USA", "E-mail: bridge@trust.example",
                                  "Telefon: 030 555 0182"])
def test_a_plain_line_that_is_only_a_fact_is_no_section(line):
    text = f"Footbridge Opens\n\nMILLBROOK, Aug. 12, 2034 -- {PROSE}\n\n{line}\n\n{OTHER}\n\nTHE ROUTE\n\n{PROSE}\n"
    assert titles(text, "r.txt") == ["THE ROUTE"]


@pytest.mark.parametrize("line", ["The route, step by step", "Millbrook Footbridge", "Walks, Rides and Runs",
                                  "March of the volunteers", "Call 2034 volunteers"])
def test_a_title_naming_a_place_or_a_month_among_other_words_is_no_lone_fact(line):
    assert not lone_fact(line)
