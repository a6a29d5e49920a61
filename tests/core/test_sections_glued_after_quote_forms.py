"""A wire archive that lost a paragraph's break glues the next part's title right after a
quotation's closing mark ("…in the coming season.”Outlook: Steady Orders, New Markets"): the title is
a section of its own and the quotation keeps its words. A sentence glued after a quote the same way
("…next spring.”The cooperative …") is cut but titles nothing. Words of our own, in archive
Markdown and plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("ALDERTON, Germany - March 4, 2033 (WIREDESK) - Tarnwood Cooperative reported higher sales of its "
        "timber frames in the first half of the year as builders in the region ordered earlier than usual.")
QUOTE = ("Ida Marsh, Chief Executive Officer of Tarnwood Cooperative: “Our members have never been busier, and "
         "we expect that to hold in the coming season.”")
TITLE = "Outlook: Steady Orders, New Markets"
MORE = ("Orders from builders rose in every month of the half year, and the cooperative took on twelve new "
        "members to keep up with them.\n\n The new drying kilns at the main yard ran at full load from the spring on.")
AFTER = ("For the second half of the year, Tarnwood Cooperative expects steady orders at home and its first "
         "deliveries to builders in two neighbouring countries.")


def _release(body: str, suffix: str):  # type: ignore[no-untyped-def]
    head = "# Tarnwood Cooperative Grows Sales" if suffix == ".md" else "Tarnwood Cooperative Grows Sales"
    return parse_release(f"{head}\n\n{LEAD}\n\n {MORE}\n\n {body}\n\n {AFTER}\n", suffix=suffix)


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_title_glued_after_a_quotations_close_is_a_section(suffix) -> None:
    release = _release(f"Sales rose by a fifth over the half year.{QUOTE}{TITLE}", suffix)
    assert [s.title for s in release.all_sections()] == [TITLE]
    assert [q.text.endswith("in the coming season.") for q in release.quotes] == [True]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_sentence_glued_after_a_quotations_close_titles_nothing(suffix) -> None:
    release = _release(f"Sales rose by a fifth over the half year.{QUOTE}The cooperative will report again "
                       "in the autumn, when its new plant opens.", suffix)
    assert [s.title for s in release.all_sections()] == []
