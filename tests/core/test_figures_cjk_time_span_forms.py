"""A number with decimals before a CJK counter of time ("8.5 日", "2.5小时") is a span of time and a
figure, never a day of the month or a version; "3.2 版" stays a version. Words and numbers of our own,
in a WML page and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _wml(title: str, body: str) -> list[float]:
    page = (f"<define-tag pagetitle>{title}</define-tag>\n<define-tag release_date>2031-06-02</define-tag>\n"
            f"#use wml::debian::news\n\n<p>{body}</p>\n")
    return [f.value for f in parse_release(page, suffix=".wml").figures]


def _plain(title: str, body: str) -> list[float]:
    return [f.value for f in parse_release(f"{title}\n\n{body}\n", suffix=".txt").figures]


@pytest.mark.parametrize("style", [_wml, _plain])
def test_japanese_decimal_days_are_a_span(style) -> None:
    body = "不具合の修正にかかった日数の中央値は 8.5 日で、平均は 19.25 日でした。3.2 版で改善します。"
    assert style("ハナミズキ計画の報告", body) == [8.5, 19.25]


@pytest.mark.parametrize("style", [_wml, _plain])
def test_chinese_decimal_hours_are_a_span(style) -> None:
    assert style("花水木项目报告", "用户平均等待2.5小时，3.2版将改进。") == [2.5]
