"""A bold line or heading standing alone whose name carries a number joined by a hyphen
("RSA-4096 Keys - Locking Down Your Archive") and a spaced dash titles its part: the hyphen makes
the number part of a name, and the dash is the title's own, so it is no table's row of amounts.
Our own words, in an HTML page and in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

TITLE = "RSA-4096 Keys - Locking Down Your Archive"
LEAD = ("HARBOURVIEW, 4 May 2033 - The Harbourview Archive Cooperative today released version three of its "
        "document vault, which now signs and seals every stored record for its member libraries.")
BODY = ("The vault now seals each record with a key its owner keeps, so that no operator of the cooperative "
        "can read the records it stores for the member libraries.")
OTHER = ("Member libraries can move their collections to the new vault over the summer, and the cooperative "
         "will help each of them plan the move.")


def _html() -> list[str]:
    page = (f"<h1>Cooperative releases vault three</h1><p>{LEAD}</p><p><b>Faster Search - Finding Records Quickly</b></p>"
            f"<p>{OTHER}</p><p><b>{TITLE}</b></p><p>{BODY}</p>")
    return [s.title for s in parse_release(page, suffix=".html").all_sections()]


def _markdown() -> list[str]:
    text = (f"# Cooperative releases vault three\n\n{LEAD}\n\n**Faster Search - Finding Records Quickly**\n\n{OTHER}\n\n"
            f"**{TITLE}**\n\n{BODY}\n")
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


@pytest.mark.parametrize("style", [_html, _markdown])
def test_a_title_with_a_hyphenated_number_and_a_dash_is_a_section(style) -> None:
    assert style() == ["Faster Search - Finding Records Quickly", TITLE]


def test_a_row_of_amounts_with_an_empty_cell_is_still_no_title() -> None:
    text = (f"# Cooperative releases vault three\n\n{LEAD}\n\n**Records stored 4,210 - 3,980**\n\n{OTHER}\n")
    assert [s.title for s in parse_release(text, suffix=".md").all_sections()] == []
