"""An amount written with a minus, between its currency and its digits ("EUR -1.4m", a results
list's free cash flow) or before its sign ("-$0.8 million"), is a negative amount of that
currency; an amount in a range or after a dash stays as written. Words and numbers of our own in
a Markdown wire page and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = (
    "Key figures of the first half: Operating cash flow: EUR -1.4m (prior year: EUR 6.3m). "
    "The segment result was USD -0.7 million, and the net result came to -$0.8 million. "
    "Fees of $15-$25 apply."
)


def _markdown(body: str) -> list[tuple[float, str | None]]:
    text = f"# Brightfold Half-Year Results\n\nLYON, France - May 4, 2026 (WIRE) - {body}\n"
    return [(f.value, f.currency) for f in parse_release(text, suffix=".md").figures]


def _html(body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>Brightfold Half-Year Results</h1><p>{body}</p></body></html>"
    return [(f.value, f.currency) for f in parse_release(page, suffix=".html").figures]


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_minus_inside_an_amount_makes_it_negative(style) -> None:
    found = style(BODY)
    assert (-1_400_000, "EUR") in found
    assert (6_300_000, "EUR") in found
    assert (-700_000, "USD") in found
    assert (-800_000, "USD") in found


@pytest.mark.parametrize("style", [_markdown, _html])
def test_a_range_of_amounts_keeps_its_high_end_positive(style) -> None:
    found = style(BODY)
    assert all(value > 0 for value, _ in found if abs(value) in (15, 25))
