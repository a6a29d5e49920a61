"""A fall written with a sign: the triangles of Japanese accounts glued before a figure ("△3.5％",
"▲12億円") make it negative; a triangle standing apart as a bullet does not. Words and numbers of our
own, in an HTML page and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _html(headline: str, body: str) -> list[tuple[float, str | None, str | None]]:
    page = f"<html><body><main><h1>{headline}</h1><p>2031年5月12日</p><p>{body}</p></main></body></html>"
    return [(f.value, f.unit, f.currency) for f in parse_release(page, suffix=".html").figures]


def _plain(headline: str, body: str) -> list[tuple[float, str | None, str | None]]:
    text = f"{headline}\n\nMay 12, 2031\n\n{body}\n"
    return [(f.value, f.unit, f.currency) for f in parse_release(text, suffix=".txt").figures]


@pytest.mark.parametrize("style", [_html, _plain])
def test_triangles_mark_a_fall(style) -> None:
    got = style("決算のお知らせ", "営業利益は前期比△4.1％の88億円、経常利益は▲12億円となりました。")
    assert (-4.1, "%", None) in got and (8.8e9, None, "JPY") in got and (-1.2e9, None, "JPY") in got


@pytest.mark.parametrize("style", [_html, _plain])
def test_a_triangle_standing_as_a_bullet_is_no_minus(style) -> None:
    got = style("新工場のお知らせ", "▲ 新工場の延床面積は4,800平方メートルです。")
    assert got and all(value > 0 for value, _, _ in got)
