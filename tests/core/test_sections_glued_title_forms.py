"""A wire archive's text flattened into one paragraph with every break lost: a part's title glued
between two sentences ("…coming months.Outlook for 2031 confirmedFor the fiscal year …"), an
"About …:" title glued on both sides ("…/reports.About the Fenwick-Group:The listed …"), and a
paragraph opening with its About title whose name comes back ("About the Tarn Group The Tarn Group
makes …"). Each title is a section (the About one the About part's); a capital inside a word of its
own ("PowerPoint") cuts nothing. Words of our own, in two styles (Markdown and plain text)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

FLAT = ("ALDERTON, Germany - March 4, 2031 (WIREDESK) - Fenwick AG published its annual report today. "
        "Group revenue reached EUR 31.4 million (2030: EUR 29.8 million) as the order book grew in every "
        "segment.“We are on track for the coming year,” explains Ida Marsh, member of the Management Board of "
        "Fenwick AG.Production at the new plant is expected to run at full capacity in the coming months."
        "Outlook for 2031 confirmedFor the 2031 fiscal year, the Management Board expects revenue of EUR 33 to "
        "35 million and a clearly positive result.The report is available at https://fenwick.example/reports."
        "About the Fenwick-Group:The listed Fenwick Group makes lighting systems for trains and trams and "
        "employs about 300 people at four sites in Germany and Austria.")
TARN = ("About the Tarn Group The Tarn Group makes fibre ropes for harbours and shipyards and has sold "
        "them in 40 countries since 1961.")


def _markdown(body: str) -> tuple[list[str], list[str]]:
    release = parse_release(f"# Fenwick AG Reports a Strong Year\n\n {body}\n", suffix=".md")
    return [s.title for top in release.sections for s in top.walk()], [a.title for a in release.about]


def _plain(body: str) -> tuple[list[str], list[str]]:
    release = parse_release(f"Fenwick AG Reports a Strong Year\n\n{body}\n", suffix=".txt")
    return [s.title for top in release.sections for s in top.walk()], [a.title for a in release.about]


STYLES = [_markdown, _plain]


@pytest.mark.parametrize("style", STYLES)
def test_titles_glued_between_sentences_are_sections(style) -> None:
    sections, about = style(FLAT)
    assert sections == ["Outlook for 2031 confirmed", "About the Fenwick-Group"]
    assert about == ["About the Fenwick-Group"]


@pytest.mark.parametrize("style", STYLES)
def test_an_about_title_opening_its_paragraph_is_cut_out(style) -> None:
    story = FLAT[:FLAT.index("Outlook")]
    sections, about = style(f"{story}\n\n{TARN}")
    assert sections == ["About the Tarn Group"] and about == ["About the Tarn Group"]


@pytest.mark.parametrize("style", STYLES)
def test_a_capital_inside_a_word_cuts_nothing(style) -> None:
    story = FLAT[:FLAT.index("Outlook")] + ("Slides in PowerPoint format are on the site.Our new PowerPoint "
                                            "templates are free for members of the press and for partners.")
    sections, _ = style(story)
    assert sections == []
