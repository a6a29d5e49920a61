"""A date written in Chinese numerals ("二〇二一年三月五日", "二○三一年十二月三十一日", the year digit by
digit with 〇, ○ or 零, the month and day with 十): the release's date; an impossible one is none.
Names, places and words are invented."""

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.structure.dates import find_date

_BODY = "青岚市今天举行新闻发布会，介绍今年城市公园建设的进展情况。全市新建公园十二个，比去年增加了三个，市民对公园的满意度明显提高。"


@pytest.mark.parametrize("written, iso", [
    ("二〇三一年三月五日", "2031-03-05"), ("二○三一年十二月三十一日", "2031-12-31"), ("二零三零年十月一日", "2030-10-01"),
    ("二〇三一年二月二十日", "2031-02-20"), ("二〇三一年十三月五日", None), ("二〇三一年二月三十日", None),
])
def test_a_date_in_chinese_numerals(written, iso):
    found = find_date(f"（{written}）")
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize("text, name", [
    ("青岚市公园建设取得新进展\n\n二〇三一年三月五日\n\n" + _BODY + "\n", "news.txt"),
    ("<h1>青岚市公园建设取得新进展</h1><p>二〇三一年三月五日</p><p>" + _BODY + "</p>", "news.html"),
])
def test_the_release_dated_in_chinese_numerals(text, name):
    assert parse_release(text, name).to_json()["date"] == "2031-03-05"
