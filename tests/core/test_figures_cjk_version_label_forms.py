"""A version number after its word in Chinese or Japanese, run into the text before it with no
break ("使用版本14的客户端", "最新のバージョン16で"), is no figure; the counts and shares beside it
are. Words of our own in an HTML page and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

ZH = "只要使用版本14的客户端，就可以使用管道模式，目前已有3000家企业采用。"
JA = "最新のバージョン16では処理速度が20％向上し、5000社が採用しています。"


def _html(body: str) -> list[float]:
    page = f"<html><body><h1>新版本发布</h1><p>{body}</p></body></html>"
    return [f.value for f in parse_release(page, suffix=".html").figures]


def _plain(body: str) -> list[float]:
    return [f.value for f in parse_release(f"新版本发布\n\n{body}\n", suffix=".txt").figures]


@pytest.mark.parametrize("style", [_html, _plain])
def test_a_version_after_its_word_is_no_figure(style) -> None:
    assert style(ZH) == [3000]
    found = style(JA)
    assert 16 not in found and 20 in found and 5000 in found
