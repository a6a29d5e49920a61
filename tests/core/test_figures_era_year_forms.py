"""A year counted in an era is no figure: a Taiwanese (ROC) year of three digits ("113年營收"),
and any era's year before a month or 度 ("113年6月", "令和4年度"); a span of years ("80年來") and
the counts beside them stay. Words and numbers of our own in an HTML page (Traditional Chinese)
and in a JSX component (Japanese)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

ZH = "（新竹訊，113年6月12日）本公司113年營收達新台幣8億元，成長15%，成立80年來服務2400家客戶。"
JA = "令和4年度の出荷台数は4800台となり、7年連続で前年を上回った。"


def _html(body: str) -> list[float]:
    page = f"<html><body><h1>營運成果</h1><p>{body}</p></body></html>"
    return [f.value for f in parse_release(page, suffix=".html").figures]


def _jsx(body: str) -> list[float]:
    component = ("import React from 'react';\n\nexport default function Release() {\n  return (\n"
                 f"    <div>\n      <h1>出荷実績</h1>\n      <p>{body}</p>\n    </div>\n  );\n}}\n")
    return [f.value for f in parse_release(component, suffix=".jsx").figures]


@pytest.mark.parametrize("style", [_html, _jsx])
def test_era_years_are_no_figures(style) -> None:
    found = style(ZH) + style(JA)
    assert 113 not in found and 4 not in found


@pytest.mark.parametrize("style", [_html, _jsx])
def test_counts_beside_era_years_stay(style) -> None:
    assert {800_000_000, 15, 2400}.issubset(style(ZH))
    assert {4800, 7}.issubset(style(JA))
