"""Money written out in words ("two million dollars", "half a million euros") is money in that
currency, and "one million" before its noun is a count like "three million"; a small count in
words ("three core areas") stays out. Words and numbers of our own in plain text and in a
Markdown page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = (
    "The trust raised two million dollars from private donors and set aside half a million "
    "euros for repairs. One million visitors came to the gardens last season. The trust has "
    "three core areas."
)


def _plain(body: str) -> list[tuple[float, str | None, str]]:
    text = f"GARDEN TRUST APPEAL\n\nNORWICH, May 4, 2026 - {body}\n"
    return [(f.value, f.currency, f.kind) for f in parse_release(text, suffix=".txt").figures]


def _markdown(body: str) -> list[tuple[float, str | None, str]]:
    text = f"# Garden Trust Appeal\n\n**NORWICH, May 4, 2026** - {body}\n"
    return [(f.value, f.currency, f.kind) for f in parse_release(text, suffix=".md").figures]


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_money_in_words_has_its_currency(style) -> None:
    found = style(BODY)
    assert (2_000_000, "USD", "money") in found
    assert (500_000, "EUR", "money") in found


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_one_million_is_a_count(style) -> None:
    found = style(BODY)
    assert (1_000_000, None, "count") in found
    assert all(value != 3 for value, _, _ in found)
