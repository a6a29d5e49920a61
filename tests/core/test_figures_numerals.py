"""Numbers written in CJK numerals ("六千円", "三万人"), each form in words of our own, in Japanese
and in Chinese."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.figures.numerals import numeral_value


def _figures(body: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    release = parse_release("# 見出しのテスト\n\n" + body + "\n", suffix=".md")
    return [(f.text, f.value, f.unit, f.currency, f.qualifier) for f in release.figures]


@pytest.mark.parametrize("run, value", [
    ("七百", 700), ("十八", 18), ("四千九百", 4_900), ("八万", 80_000), ("十二億", 1.2e9),
    ("九億七千万", 9.7e8), ("三千零八", 3_008), ("两万", 20_000), ("六万亿", 6e12), ("百十四", 114),
])
def test_numerals_compose_into_one_value(run, value):
    assert numeral_value(run) == value


@pytest.mark.parametrize("run", ["一", "二〇三一", "万", "十十", "三四十", "億万"])
def test_runs_that_are_no_composed_number_have_no_value(run):
    assert numeral_value(run) is None


@pytest.mark.parametrize("body, expected", [
    ("市の温水プールは入場料を一回八百円に下げ、昨年は四万人が利用した。",
     [("八百円", 800, None, "JPY", None), ("四万", 40_000, None, None, None)]),
    ("この港湾の改修には九億七千万円を投じ、三百二十区画の倉庫を新設する。",
     [("九億七千万円", 9.7e8, None, "JPY", None), ("三百二十", 320, None, None, None)]),
    ("该公司计划投入二十亿美元，在沿海新建四千八百套住房。",
     [("二十亿美元", 2e9, None, "USD", None), ("四千八百", 4_800, None, None, None)]),
    ("博物馆今年接待了约六十五万名观众，比去年多出一千零五十名。",
     [("六十五万", 650_000, None, None, "约"), ("一千零五十", 1_050, None, None, None)]),
])
def test_numbers_in_numerals_with_a_counter_or_a_currency(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("この団体は寄付で十二億ドルを集めた。", [("十二億ドル", 1.2e9, None, "USD", None)]),
    ("公園の整備費は7億ドルに上る見込みだ。", [("7億ドル", 7e8, None, "USD", None)]),
])
def test_a_bare_doru_is_the_releases_dollar(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize("body", [
    "千葉の商店街では一般の来客が増え、統一した看板を十分に整えた。",  # numerals inside words
    "駅前の万博記念館には数十万人が訪れ、十数人の職員が案内した。",  # vague counts
    "式典は二〇三一年と二千三十二年に開かれ、第二十回の大会は十一月三日に始まる。",  # years, dates, ordinals
    "五十嵐さんは八百屋の店先で話した。",  # a surname and a trade
    "据报道，三四十人在门口排队等候。",  # thirty or forty: no number
])
def test_numerals_that_count_nothing_give_no_figure(body):
    assert _figures(body) == []


@pytest.mark.parametrize("body, expected", [
    ("新风电场的装机容量为三十万千瓦。", [("三十万千瓦", 300_000, "千瓦", None, None)]),
    ("会員の満足度は八十パーセントに達した。", [("八十パーセント", 80, "%", None, None)]),
])
def test_numerals_with_a_unit_or_percent(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("今年的游客中，百分之四十来自外省。", [("百分之四十", 40, "%", None, None)]),
    ("新线路使通勤时间缩短了约百分之12。", [("百分之12", 12, "%", None, "约")]),
])
def test_a_percent_written_before_the_number(body, expected):
    assert _figures(body) == expected
