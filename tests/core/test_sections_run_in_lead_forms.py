"""A paragraph led by a bold label run into its sentence ("Source code: the full source is …") is a
paragraph, no section, even short and over a list; a bold label standing alone over its list is
one. In words of our own and in two styles (an HTML page, and Markdown)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

STORY = ("The Quillmoor Mapping Collective today released Fieldnote 3.0, its free tool for surveying "
         "footpaths, with offline maps and a new export to the county's path register.")
ITEMS = ["a phone with a recent browser", "a county account for the path register", "a spare battery"]


def _titles(release) -> list[str]:
    return [s.title for top in release.sections for s in top.walk()]


def _html(lead: str, rest: str) -> list[str]:
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    page = (f"<html><body><main><h1>Fieldnote 3.0 released</h1><p>{STORY}</p><h3>Getting started</h3>"
            f"<p><strong>{lead}</strong>:{(' ' + rest) if rest else ''}</p><ul>{items}</ul></main></body></html>")
    return _titles(parse_release(page, suffix=".html"))


def _markdown(lead: str, rest: str) -> list[str]:
    items = "\n".join(f"- {item}" for item in ITEMS)
    source = (f"# Fieldnote 3.0 released\n\n{STORY}\n\n### Getting started\n\n"
              f"**{lead}**:{(' ' + rest) if rest else ''}\n\n{items}\n")
    return _titles(parse_release(source, suffix=".md"))


STYLES = [_html, _markdown]


@pytest.mark.parametrize("style", STYLES)
def test_run_in_lead_paragraph_is_no_section(style) -> None:
    titles = style("Device Requirements", "Fieldnote 3.0 runs on the following devices:")
    assert titles == ["Getting started"]


@pytest.mark.parametrize("style", STYLES)
def test_bold_label_standing_alone_is_a_section(style) -> None:
    titles = style("Device Requirements", "")
    assert "Device Requirements:" in titles
