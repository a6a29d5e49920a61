"""A lone CJK numeral of six or more before a counter word counts things ("支援九種處理器",
"八社が参加"); an ordinal ("第九種"), a place or name ("九龍", "九州") and a small count of two to
five ("三項") are no figures. Words of our own in an HTML page and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

ZH = "新系統支援九種處理器，共有八家廠商參與測試，另有第七種方案。"
ZH_NOT = "公司在九龍設有門市，推出三項新品。"
JA = "説明会には八社が参加し、九州の会場で開かれた。"


def _html(body: str) -> list[float]:
    page = f"<html><body><h1>產品發表會</h1><p>{body}</p></body></html>"
    return [f.value for f in parse_release(page, suffix=".html").figures]


def _plain(body: str) -> list[float]:
    return [f.value for f in parse_release(f"產品發表會\n\n{body}\n", suffix=".txt").figures]


@pytest.mark.parametrize("style", [_html, _plain])
def test_a_lone_numeral_before_a_counter_is_a_count(style) -> None:
    assert style(ZH) == [9, 8]
    assert style(JA) == [8]


@pytest.mark.parametrize("style", [_html, _plain])
def test_names_and_small_counts_stay_words(style) -> None:
    assert style(ZH_NOT) == []
