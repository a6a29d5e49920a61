"""Japanese counts days with the counter 日 that also names a day of the month: "4 日以内" (within
four days), "3日間" and "21 日かかった" are spans of days and figures, "5 月 1 日" and "24日、" are
dates. Words and numbers of our own, in a WML page and in a JSX component."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

BODY = ("2031 年 5 月 1 日の報告によると、修正には平均 21 日かかり、大半が 4 日以内に片付きました。"
        "会議は 3日間の日程で、320 人が参加しました。")


def _wml(body: str) -> list[float]:
    page = ("<define-tag pagetitle>ハナミズキ計画の報告</define-tag>\n"
            "<define-tag release_date>2031-05-02</define-tag>\n#use wml::debian::news\n\n"
            f"<p>{body}</p>\n")
    return [f.value for f in parse_release(page, suffix=".wml").figures]


def _jsx(body: str) -> list[float]:
    page = ("import React from 'react';\n\nexport default function Release() {\n  return (\n    <div>\n"
            f"      <h1>ハナミズキ計画の報告</h1>\n      <p>{body}</p>\n    </div>\n  );\n}}\n")
    return [f.value for f in parse_release(page, suffix=".jsx").figures]


@pytest.mark.parametrize("style", [_wml, _jsx])
def test_spans_of_days_are_figures_and_dates_are_not(style) -> None:
    assert style(BODY) == [21, 4, 3, 320]
