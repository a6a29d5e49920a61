"""Bare title lines in a flattened release: a part's title right over its first sub-part's title
("Expansion Into New Markets" over "Harbour Street - Second Store" over its list) titles its part,
and a title over a quotation ("Management Commentary" over "“…” Dana Whitfield, CEO") titles the
quotation's part; a speaker's name over a quotation that names her again is no title. Our own
words, in plain text and in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

DATELINE = ("PORTSMOUTH, NH - May 3, 2033 - Tidewater Bakeries Inc. today announced the purchase of a second "
            "bakery in the harbour district, its largest step since it opened its first shop.")
QUOTE = ("“This is an important day for our bakers and our customers. The second shop lets us bake through the "
         "night and serve the harbour from dawn, and we mean to keep the bread as good as it has always been.” "
         "Dana Whitfield, CEO, Tidewater Bakeries")
ABOUT = "Tidewater Bakeries Inc. bakes bread and pastries for shops and cafés along the New Hampshire coast."


def _body(line_over_quote: str) -> str:
    return (f"{DATELINE}\n\nExpansion Into New Markets\n\nHarbour Street - Second Store\n\n- A night bakery for the harbour\n"
            f"- Twelve new jobs for local bakers\n\n{line_over_quote}\n\n{QUOTE}\n\nAbout Tidewater Bakeries\n\n{ABOUT}\n")


def _plain(line: str) -> list[str]:
    return [s.title for s in parse_release("Tidewater Bakeries buys harbour bakery\n\n" + _body(line), suffix=".txt").all_sections()]


def _markdown(line: str) -> list[str]:
    return [s.title for s in parse_release("# Tidewater Bakeries buys harbour bakery\n\n" + _body(line), suffix=".md").all_sections()]


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_stacked_titles_and_a_title_over_a_quotation_are_sections(style) -> None:
    assert style("Management Commentary") == ["Expansion Into New Markets", "Harbour Street - Second Store",
                                              "Management Commentary", "About Tidewater Bakeries"]


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_the_speaker_s_name_over_her_quotation_is_no_section(style) -> None:
    assert "Dana Whitfield" not in style("Dana Whitfield")
