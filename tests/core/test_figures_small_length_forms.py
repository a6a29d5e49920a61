"""Small lengths written out after the number ("14 microns", "40 nanometres") are measures with
their unit, and a range before one ("2-9 nanometres") gives both ends the unit. Words and numbers of
our own, in Markdown and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = "Quillmark's powder averages 14 microns, under a coating 2-9 nanometres thick on 40 nanometers of foil."


def _markdown(body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in parse_release(f"# Quillmark coats powder\n\n{body}\n", suffix=".md").figures]


def _plain(body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in parse_release(f"Quillmark coats powder\n\n{body}\n", suffix=".txt").figures]


@pytest.mark.parametrize("style", [_markdown, _plain])
def test_small_lengths_keep_their_unit(style) -> None:
    assert style(BODY) == [(14, "microns"), (2, "nanometres"), (9, "nanometres"), (40, "nanometers")]
