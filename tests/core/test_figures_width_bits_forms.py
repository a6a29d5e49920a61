"""A processor's width written in Japanese ("64 ビット版", "32 ビット版") is no count,
as "64-bit" is not in English; the counts beside it are figures. Words and numbers of our own, in a
WML page and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = ("ハナミズキ OS には ARM 向けの 64 ビット版と旧型機向けの 32 ビット版があり、"
        "27,400 個のパッケージを収録し、6 種類の CPU に対応します。")


def _wml(body: str) -> list[float]:
    page = ("<define-tag pagetitle>ハナミズキ OS 5.0 リリース</define-tag>\n"
            "<define-tag release_date>2031-02-03</define-tag>\n#use wml::debian::news\n\n"
            f"<p>{body}</p>\n")
    return [f.value for f in parse_release(page, suffix=".wml").figures]


def _plain(body: str) -> list[float]:
    return [f.value for f in parse_release(f"ハナミズキ OS 5.0 リリース\n\n{body}\n", suffix=".txt").figures]


@pytest.mark.parametrize("style", [_wml, _plain])
def test_a_width_in_bits_is_no_count(style) -> None:
    assert style(BODY) == [27400, 6]


@pytest.mark.parametrize("style", [_wml, _plain])
def test_an_english_width_is_still_no_count(style) -> None:
    assert style("The build runs on 64-bit and 32 bit machines and ships 27,400 packages.") == [27400]
