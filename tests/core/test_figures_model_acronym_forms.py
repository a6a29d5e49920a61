"""A number right after an acronym in capitals, in a sentence written in lower case, names a
model ("the ZQX 4080 board", "a KV 60 sensor"), no count; counts in the same sentence stay
figures, and a line written all in capitals keeps its counts. Words of our own in an HTML page
and in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = "Brindle Labs shipped the ZQX 4080 board and a KV 60 sensor to 350 customers in 14 countries."
CAPS = "BRINDLE LABS HIRES 240 ENGINEERS IN 9 CITIES"


def _html(title: str, body: str) -> list[float]:
    page = f"<html><body><h1>{title}</h1><p>{body}</p></body></html>"
    return [f.value for f in parse_release(page, suffix=".html").figures]


def _markdown(title: str, body: str) -> list[float]:
    return [f.value for f in parse_release(f"# {title}\n\n{body}\n", suffix=".md").figures]


@pytest.mark.parametrize("style", [_html, _markdown])
def test_an_acronym_names_its_model(style) -> None:
    assert style("Brindle Labs ships new boards", BODY) == [350, 14]


@pytest.mark.parametrize("style", [_html, _markdown])
def test_a_line_in_capitals_keeps_its_counts(style) -> None:
    assert style("Brindle Labs grows", CAPS) == [240, 9]
