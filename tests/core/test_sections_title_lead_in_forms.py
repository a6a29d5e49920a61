"""A line ending in ":" right under a part's bold title ("**Trail Data**", then "Drawn by volunteers to
help walkers plan a day out:" over a list) is the part's first line leading into the list, even
where several parts open so; a line there that names its list ("Short walks:") titles it. Our own
words, in Markdown (the title closed by a hard line break) and in HTML (the title and its line
parted by a <br>)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("FERNWOOD, 2 June 2033 - The Fernwood Map Society today published its open trail atlas, with "
        "eleven hundred walking routes drawn by its volunteers over four years.")
PARTS = [("Trail Data", "Drawn by volunteers to help walkers plan a day out:", ["Routes", "Heights"]),
         ("Printed Maps", "Sold at cost in the society's shop for members and visitors:", ["Sheets", "Folders"])]


def _markdown(parts) -> list[str]:
    body = "".join(f"**{t}**  \n{line}\n\n" + "".join(f"- {x}\n" for x in items) + "\n" for t, line, items in parts)
    return [s.title for s in parse_release(f"# Map society publishes atlas\n\n{LEAD}\n\n{body}", suffix=".md").all_sections()]


def _html(parts) -> list[str]:
    body = "".join(f"<p><strong>{t}</strong><br>{line}</p><ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"
                   for t, line, items in parts)
    return [s.title for s in parse_release(f"<h1>Map society publishes atlas</h1><p>{LEAD}</p>{body}",
                                           suffix=".html").all_sections()]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_lead_in_under_a_bold_title_is_no_section(style) -> None:
    assert style(PARTS) == ["Trail Data", "Printed Maps"]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_list_s_name_under_a_bold_title_is_a_section(style) -> None:
    parts = [("Trail Data", "Short walks:", ["Lakeside loop", "Mill path"]), ("Printed Maps", "Sheets:", ["North", "South"])]
    assert style(parts) == ["Trail Data", "Short walks:", "Printed Maps", "Sheets:"]
