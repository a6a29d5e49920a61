"""A share written in tenths after a number is a percentage: Japanese "約3割" and "八割" are 30 and
80 percent, Chinese "约4成" 40 percent; the words those characters open ("成本", "割合") are no
shares. Words of our own in an HTML page and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

JA = "調査では回答者の約3割が導入済みで、八割が満足していると答えた。割合は地域で異なる。"
ZH = "调查显示，约4成企业计划增加投资，成本压力有所缓解。"


def _html(body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>調査結果</h1><p>{body}</p></body></html>"
    return [(f.value, f.unit) for f in parse_release(page, suffix=".html").figures]


def _plain(body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in parse_release(f"調査結果\n\n{body}\n", suffix=".txt").figures]


@pytest.mark.parametrize("style", [_html, _plain])
def test_tenths_are_a_percentage(style) -> None:
    assert style(JA) == [(30, "%"), (80, "%")]
    assert style(ZH) == [(40, "%")]
