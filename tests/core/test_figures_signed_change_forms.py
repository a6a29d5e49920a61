"""A change printed as a signed percent right after the measure it changes ("Organic net sales -4%;",
"Umsatz -3,5 %,"), as earnings releases print their highlights: the hyphen is the change's minus.
A hyphen before a percent in running text ("and -12% of the cost") stays a dash. Words of our
own, in two styles (plain text and an HTML page)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

Figure = tuple[float, str | None]


def _plain(body: str) -> list[Figure]:
    release = parse_release("A headline for the test\n\n" + body + "\n", suffix=".txt")
    return [(round(f.value, 6), f.unit) for f in release.figures]


def _html(body: str) -> list[Figure]:
    page = f"<html><body><article><h1>A headline for the test</h1><p>{body}</p></article></body></html>"
    release = parse_release(page, suffix=".html")
    return [(round(f.value, 6), f.unit) for f in release.figures]


STYLES = [_plain, _html]


@pytest.mark.parametrize("style", STYLES)
def test_a_signed_change_after_its_measure_is_negative(style):
    found = style("Comparable store sales -4%; online orders +11%, the retailer said.")
    assert (-4, "%") in found and (11, "%") in found


@pytest.mark.parametrize("style", STYLES)
def test_a_german_signed_change_with_a_decimal_comma_is_negative(style):
    assert (-3.5, "%") in style("Im Quartal: Auftragseingang -3,5 %, Umsatz +2,1 %.")


@pytest.mark.parametrize("style", STYLES)
def test_a_hyphen_before_a_percent_running_on_or_after_a_number_stays_a_dash(style):
    found = style("Prices fell and -12% of the stock went unsold; quotes ranged from 10 -15%, dealers said.")
    assert (12, "%") in found and (15, "%") in found and all(v >= 0 for v, _ in found)
