"""Tonnes a year written short after the number, glued or spaced ("41,000tpa", "12 ktpa", "275,000
t/a"), are a plant's measured output, kept with their unit. Words and numbers of our own, in Markdown
and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = ("The Varnholt smelter will reach 41,000tpa of alloy within a year, and its 12 ktpa recycling line "
        "feeds a water plant sized for 275,000 t/a.")


def _markdown(body: str) -> list[tuple[float, str | None]]:
    text = f"# Varnholt plans a smelter\n\n{body}\n"
    return [(f.value, f.unit) for f in parse_release(text, suffix=".md").figures]


def _html(body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>Varnholt plans a smelter</h1><p>{body}</p></body></html>"
    return [(f.value, f.unit) for f in parse_release(page, suffix=".html").figures]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_tonnes_a_year_keep_their_unit(style) -> None:
    assert style(BODY) == [(41000, "tpa"), (12, "ktpa"), (275000, "t/a")]
