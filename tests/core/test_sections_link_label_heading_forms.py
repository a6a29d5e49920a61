"""A heading element whose words are a button's ("Download", "Herunterladen") titles its part: the
words alone on a scraped line are a link's, but a page sets them as a heading over the part's list.
A heading that is itself only a link stays a button. Our own words, in HTML and Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("FERNWOOD, 2 June 2033 - The Fernwood Map Society today published its open trail atlas, "
        "with eleven hundred walking routes drawn by its volunteers over four years.")
LIST = ["The atlas as a printable file for each county", "The route data for map programs"]
OTHER = ("The society updates the atlas each spring and welcomes corrections from walkers, sent "
         "through its website or handed in at any of its monthly meetings.")


def _html(head: str) -> list[str]:
    items = "".join(f"<li>{t}</li>" for t in LIST)
    page = (f"<h1>Map society publishes trail atlas</h1><p>{LEAD}</p><h2>Updates</h2><p>{OTHER}</p>"
            f"<h2>{head}</h2><ul>{items}</ul>")
    return [s.title for s in parse_release(page, suffix=".html").all_sections()]


def _markdown(head: str) -> list[str]:
    items = "\n".join(f"- {t}" for t in LIST)
    text = f"# Map society publishes trail atlas\n\n{LEAD}\n\n## Updates\n\n{OTHER}\n\n## {head}\n\n{items}\n"
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


@pytest.mark.parametrize("style", [_html, _markdown])
def test_a_heading_in_a_button_s_words_titles_its_part(style) -> None:
    assert style("Download") == ["Updates", "Download"]


def test_a_heading_that_is_only_a_link_is_a_button() -> None:
    assert _html('<a href="https://example.org/atlas.pdf">Download</a>') == ["Updates"]
