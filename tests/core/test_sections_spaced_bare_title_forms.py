"""A release an archive flattened into one paragraph keeps its line breaks as double spaces: a bare
title of words in capitals standing between them ("…river.  Harbour Rowing Club  The club …") titles
the part whose whole paragraph follows, in the archive's Markdown and in plain text; a contact
card's short lines set off the same way, and a name inside a sentence, stay no title. Our own words."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

HEAD = "Harbour regatta returns for its twelfth year"
LEAD = ("PORT ELLERY, May 4, 2033 /Example Wire/ -- The Port Ellery harbour regatta returns next month with "
        "forty crews from six towns racing over two days on the inner harbour.")
MIDDLE = ("Crews race in four classes, and the organisers expect some three thousand visitors on the quay "
          "each day of the regatta.")
TITLE = "Harbour Rowing Club"
BOILERPLATE = ("The club has trained young rowers on the inner harbour since its founding and runs the regatta "
               "with volunteers from the town each summer.")


def _titles(body: str, suffix: str) -> list[str]:
    head = f"# {HEAD}" if suffix == ".md" else HEAD
    return [s.title for s in parse_release(f"{head}\n\n{body}\n", suffix=suffix).all_sections()]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_bare_title_between_double_spaces_over_its_paragraph_is_a_section(suffix) -> None:
    body = f"{LEAD}  {MIDDLE}  {TITLE}  {BOILERPLATE}"
    assert _titles(body, suffix) == [TITLE]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_contact_cards_short_lines_are_no_title(suffix) -> None:
    body = f"{LEAD}  {MIDDLE}  Mara Ellwood  Harbour Rowing Club  press@rowing.example"
    assert _titles(body, suffix) == []


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_name_inside_a_sentence_is_no_title(suffix) -> None:
    body = f"{LEAD}  {MIDDLE} {TITLE} {BOILERPLATE}"
    assert _titles(body, suffix) == []
