"""Amounts in the formal Chinese numerals of financial and legal text ("人民币叁佰贰拾万元",
"新台幣參億伍仟萬元") are money; the same characters before other words ("陸續", "收拾", a
singer's name "伍佰") are no figures. Words of our own in an HTML page and in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

SIMPLIFIED = "本次合同金额为人民币叁佰贰拾万元整，双方陆续签署补充协议，员工共计1.5万人。"
TRADITIONAL = "本次募集資金總額為新台幣參億伍仟萬元，新產品將陸續上市，伍佰演唱會門票已售罄。"


def _html(body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>董事會公告</h1><p>{body}</p></body></html>"
    return [(f.value, f.currency) for f in parse_release(page, suffix=".html").figures]


def _markdown(body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.currency) for f in parse_release(f"# 董事會公告\n\n{body}\n", suffix=".md").figures]


@pytest.mark.parametrize("style", [_html, _markdown])
def test_formal_numerals_write_an_amount(style) -> None:
    assert style(SIMPLIFIED) == [(3200000, "CNY"), (15000, None)]
    found = style(TRADITIONAL)
    assert [value for value, _ in found] == [350000000]
    assert found[0][1] is not None
