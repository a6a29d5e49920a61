"""A scan sets a space after an amount's thousands comma ("$40, 000", "$2, 750,000"): with the
currency sign before it and a round last group, the groups are one amount; an amount followed
by a count in the next clause ("$30, 145 guests") stays two numbers. Words and numbers of our own
in a harvested plain-text scan with front matter and in a Markdown page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = (
    "The Minister for Works announced a grant of $40, 000 to the shire council and a further\n\n"
    " $2, 750,000 for the new bridge. The fair raised $30, 145 guests came.\n"
)


def _scan(body: str) -> list[tuple[float, str | None]]:
    text = ('---\ntitle: "Grants for country roads"\ndate: "1974-03-05"\n---\n\n'
            f" MEDIA RELEASE\n\n GRANTS FOR COUNTRY ROADS\n\n {body}")
    return [(f.value, f.currency) for f in parse_release(text, suffix=".txt").figures]


def _markdown(body: str) -> list[tuple[float, str | None]]:
    text = f"# Grants for country roads\n\n{body}"
    return [(f.value, f.currency) for f in parse_release(text, suffix=".md").figures]


@pytest.mark.parametrize("style", [_scan, _markdown])
def test_a_space_after_the_thousands_comma_keeps_one_amount(style) -> None:
    found = style(BODY)
    assert (40_000, "AUD") in found or (40_000, "USD") in found
    assert any(value == 2_750_000 for value, _ in found)


@pytest.mark.parametrize("style", [_scan, _markdown])
def test_a_count_after_an_amount_stays_apart(style) -> None:
    values = [value for value, _ in style(BODY)]
    assert 30 in values and 145 in values and 30_145 not in values
