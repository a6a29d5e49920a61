"""A list printed one entry a line under an intro line ending in ":" ("…in these areas:" over
"Flood Defences", "Rural Bus Routes", "Village Libraries") is a list: its last entry, over the next
paragraph, is no section. In words of our own and in two styles (plain text, and an HTML page with
a paragraph per line)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

OPENING = ("MARLOW FEN – The Fenland District Council today published its spending review, which sets "
           "out how the district will share its budget over the next three years.")
INTRO = "The review names the following priority areas for new spending:"
ENTRIES = ["Flood Defences", "Rural Bus Routes", "Village Libraries"]
AFTER = ("Council leader Ada Thornbury said the review had been shaped by more than forty public "
         "meetings held in village halls across the district since the spring.")


def _plain(lines: list[str]) -> list[str]:
    text = "\n".join(["Council publishes spending review", OPENING, *lines]) + "\n"
    return [s.title for top in parse_release(text, suffix=".txt").sections for s in top.walk()]


def _html(lines: list[str]) -> list[str]:
    body = "".join(f"<p>{line}</p>" for line in [OPENING, *lines])
    page = f"<html><body><main><h1>Council publishes spending review</h1>{body}</main></body></html>"
    return [s.title for top in parse_release(page, suffix=".html").sections for s in top.walk()]


@pytest.mark.parametrize("style", [_plain, _html])
def test_last_entry_of_a_line_list_is_no_section(style) -> None:
    assert style([INTRO, *ENTRIES, AFTER]) == []


@pytest.mark.parametrize("style", [_plain, _html])
def test_a_bare_title_between_paragraphs_stays_a_section(style) -> None:
    assert style([AFTER, "Next Steps", OPENING.replace("MARLOW FEN – ", "")]) == ["Next Steps"]
