"""An "About …:" boilerplate title naming a brand its owner writes in lower case ("About lumora:
Lumora AG designs …") is the boilerplate's title, run in after a sentence of a text an archive
flattened or opening its own paragraph, in archive Markdown and in plain text; a lower-case word
that is no name ("About the:") titles nothing. Our own words."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

HEAD = "lumora Ships a Lamp That Dims Itself"
LEAD = ("LAKEVIEW, May 4, 2033 /Example Wire/ -- lumora today released a desk lamp that dims itself as "
        "daylight comes in through the office window, using a sensor built into its stand.")
BOILER = ("Lumora AG designs lamps for offices and schools and sells them in nine countries across Europe "
          "from its workshop on the lake.")


def _about(body: str, suffix: str) -> tuple[list[str], list[str]]:
    head = f"# {HEAD}" if suffix == ".md" else HEAD
    release = parse_release(f"{head}\n\n{body}\n", suffix=suffix)
    return [s.title for s in release.all_sections()], [a.title for a in release.about]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_lower_case_brand_run_in_after_a_sentence_titles_the_boilerplate(suffix) -> None:
    assert _about(f"{LEAD}  About lumora: {BOILER}", suffix) == (["About lumora"], ["About lumora"])


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_lower_case_brand_opening_its_paragraph_titles_the_boilerplate(suffix) -> None:
    assert _about(f"{LEAD}\n\nAbout lumora: {BOILER}", suffix) == (["About lumora"], ["About lumora"])


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_lower_case_word_that_is_no_name_titles_nothing(suffix) -> None:
    assert _about(f"{LEAD}\n\nAbout the: {BOILER}", suffix) == ([], [])
