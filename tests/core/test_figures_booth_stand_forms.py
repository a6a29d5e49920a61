"""German names a trade-fair booth "Stand" with its number ("Halle 5, Stand 3.117"): no count;
the counts beside it are figures. Words of our own in plain text and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = "Die Firma Kesselbach zeigt ihre Neuheiten in Halle 5, Stand 3.117, und erwartet rund 2.600 Besucher."


def _plain(body: str) -> list[float]:
    return [f.value for f in parse_release(f"Kesselbach auf der Messe\n\n{body}\n", suffix=".txt").figures]


def _html(body: str) -> list[float]:
    page = f"<html><body><h1>Kesselbach auf der Messe</h1><p>{body}</p></body></html>"
    return [f.value for f in parse_release(page, suffix=".html").figures]


@pytest.mark.parametrize("style", [_plain, _html])
def test_a_booth_number_is_no_count(style) -> None:
    assert style(BODY) == [2600]
