"""Five or six digits with no grouping before a common noun count it ("41000 packages"); a postal
code, an ID, and an address's block after "the" stay out. Words and numbers of our own in plain
text and in a WML-like HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = (
    "The mirror network now serves 41000 packages to 260000 subscribers. "
    "Police were called to the 18300 block of Elm Street. "
    "Write to 4 Harbour Road, Portland, OR 97205 for details."
)


def _plain(body: str) -> list[float]:
    return [f.value for f in parse_release(f"MIRROR NETWORK GROWS\n\n{body}\n", suffix=".txt").figures]


def _html(body: str) -> list[float]:
    page = f"<html><body><h1>Mirror network grows</h1><p>{body}</p></body></html>"
    return [f.value for f in parse_release(page, suffix=".html").figures]


@pytest.mark.parametrize("style", [_plain, _html])
def test_plain_digits_before_a_noun_count_it(style) -> None:
    found = style(BODY)
    assert 41000 in found and 260000 in found


@pytest.mark.parametrize("style", [_plain, _html])
def test_codes_and_blocks_stay_out(style) -> None:
    found = style(BODY)
    assert 18300 not in found and 97205 not in found
