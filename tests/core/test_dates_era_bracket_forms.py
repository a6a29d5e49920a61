"""A Japanese date that gives both years, the era's in brackets after the Western one ("2031年
（令和13年）4月2日") or the Western one in brackets after the era's ("令和13年（2031年）4月2日"): the
release date is read either way. Words of our own, in two styles (plain text and an HTML page)."""

from mediakit.core.analyse import parse_release

PLAIN = """報道発表資料

2031年（令和13年）4月2日

みどり町、駅前に子ども図書館を開館

みどり町は本日、駅前の旧郵便局を改装した子ども図書館を開館しました。蔵書は約1万2千冊で、土日も午後6時まで利用できます。町は年間3万人の来館を見込んでいます。
"""

HTML = """<html><body>
<h1>さくら市、市営バスに夜間便を新設</h1>
<p class="date">令和13年（2031年）5月7日</p>
<p>さくら市は本日、市営バスの三路線で午後10時台の夜間便を新設すると発表しました。通勤や通学の帰りが遅い市民の要望に応えるもので、来月から毎日運行します。</p>
</body></html>
"""


def test_the_western_year_with_the_era_in_brackets_in_plain_text():
    release = parse_release(PLAIN, name="r.txt")
    assert release.date == "2031-04-02"


def test_the_era_year_with_the_western_year_in_brackets_in_html():
    release = parse_release(HTML, name="r.html")
    assert release.date == "2031-05-07"
