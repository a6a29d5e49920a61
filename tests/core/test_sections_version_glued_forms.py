"""A sentence with a colon that names a version glued to its letter ("…consumer: the Harbour
Console v4.2.1 adds …") stays one paragraph and titles nothing, in Markdown (where inline code
around the version is dropped) and in plain text; a wire archive's tagline glued to the key facts
after it ("Tarn Group: Building quiet ferries120+ vessels …") is still cut off as a title."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("HARBOURVIEW, May 4, 2033 -- The Harbourview Archive Cooperative today released version four of its "
        "record console for member libraries.")
MORE = ("The console now lists every loan of the day on one screen, and staff can search the whole archive from "
        "the front desk.\n\nMember libraries can move to the new console over the summer with the cooperative's help.\n\n"
        "Training sessions for staff start in June at the cooperative's main reading room and run weekly.")


def _titles(body: str, suffix: str) -> list[str]:
    head = "# Cooperative releases console four" if suffix == ".md" else "Cooperative releases console four"
    return [s.title for s in parse_release(f"{head}\n\n{LEAD}\n\n{MORE}\n\n{body}\n", suffix=suffix).all_sections()]


@pytest.mark.parametrize(("suffix", "version"), [(".md", "`v4.2.1`"), (".txt", "v4.2.1")])
def test_a_version_glued_to_its_letter_is_no_tagline(suffix, version) -> None:
    body = (f"The console already has one happy user: The regional map service Harbour Console {version} "
            "adds a dashboard for every library that runs it, so staff can see what readers ask for.")
    assert _titles(body, suffix) == []


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_tagline_glued_to_the_facts_after_it_is_still_a_title(suffix) -> None:
    body = ("Tarn Group: Building quiet ferries for inland waters120+ vessels delivered since its founding, "
            "with yards in three countries and some 900 staff.")
    assert _titles(body, suffix) == ["Tarn Group: Building quiet ferries for inland waters"]
