"""A Latin label Chinese or Japanese text runs into the word before it ("搭載Android 14系統",
"はWindows 11に対応") still names a version, no figure; the counts and shares beside it are
figures. Words of our own in an HTML page and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

ZH = "新款平板搭載Android 14系統，電池續航提升35%，已售出4200台。"
JA = "新モデルはWindows 11に対応し、処理速度が25％向上しました。"


def _html(body: str) -> list[float]:
    page = f"<html><body><h1>新產品發表</h1><p>{body}</p></body></html>"
    return [f.value for f in parse_release(page, suffix=".html").figures]


def _plain(body: str) -> list[float]:
    return [f.value for f in parse_release(f"新產品發表\n\n{body}\n", suffix=".txt").figures]


@pytest.mark.parametrize("style", [_html, _plain])
def test_a_glued_latin_label_names_a_version(style) -> None:
    found = style(ZH)
    assert 14 not in found and 35 in found and 4200 in found
    found = style(JA)
    assert 11 not in found and 25 in found


@pytest.mark.parametrize("style", [_html, _plain])
def test_a_short_latin_word_glued_to_han_is_no_label(style) -> None:
    # only labels of three letters or more are read through a glued Han character
    assert 300 in style("本季度共有300家企業參展。")
