"""Two shares a slash sets side by side are both figures ("91%/74%", "asked 88%/granted 59%"), while
a slash before a number still marks a date, a time or a code ("3/12/2031", "24/7"). Words of our own
in plain text and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = ("The clinic's survey of 1,400 patients showed satisfaction at 91%/74% in the two wards, and "
        "referrals asked 88%/granted 59% over the year. The survey closed on 3/12/2031 and the help line "
        "stays open 24/7.")


def _plain(body: str) -> list[tuple[float, str | None]]:
    release = parse_release(f"Clinic Survey Shows Gains\n\n{body}\n", suffix=".txt")
    return [(f.value, f.unit) for f in release.figures]


def _html(body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>Clinic Survey Shows Gains</h1><p>{body}</p></body></html>"
    release = parse_release(page, suffix=".html")
    return [(f.value, f.unit) for f in release.figures]


@pytest.mark.parametrize("style", [_plain, _html])
def test_both_shares_about_a_slash_are_figures(style) -> None:
    found = style(BODY)
    for share in (91, 74, 88, 59):
        assert (share, "%") in found
    values = [v for v, _ in found]
    assert 12 not in values and 7 not in values and 2031 not in values
