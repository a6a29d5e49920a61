"""An intro line that ends on a verb leading into the list below ("The permit will encompass:",
"The programme comprises:") is no title of its own, in Markdown and in plain text. Our own words."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

HEAD = "Fenwick Mills files for a recycling permit"
LEAD = ("FENWICK, March 3, 2036 -- Fenwick Mills filed today for a permit to recycle the fibre left in "
        "its old settling ponds, the company said in a statement to its shareholders.")
TITLE = "Two Streams, One Permit"
ITEMS = ("- Recovery of fibre from the east settling pond, some forty thousand tonnes\n\n"
         "- Recovery of fibre from the west settling pond, some twelve thousand tonnes")


def _titles(intro: str, suffix: str) -> list[str]:
    head = f"# {HEAD}" if suffix == ".md" else HEAD
    body = f"{LEAD}\n\n{TITLE}\n\n{intro}\n\n{ITEMS}\n"
    return [s.title for s in parse_release(f"{head}\n\n{body}", suffix=suffix).all_sections()]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("verb", ["will encompass", "comprises", "covers"])
def test_an_intro_line_ending_on_a_verb_leads_into_its_list(suffix, verb) -> None:
    assert _titles(f"The permit application {verb}:", suffix) == []
