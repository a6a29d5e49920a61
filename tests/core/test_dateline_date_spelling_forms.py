"""Dates spelt as few datelines spell them: the day, a month's short name and the year joined by
hyphens ("5-Mar-2031", "05-MAR-2031"), and a date in Chinese numerals ("二〇三一年五月六日",
"2031年十二月三十一日"): the release's date all the same. Words of our own, in two styles for each
(plain text and Markdown; an HTML page and plain text)."""

from mediakit.core.analyse import parse_release

PLAIN = """Lakeview Ferries adds a night crossing

LAKEVIEW, 5-Mar-2031 -- Lakeview Ferries will run a night crossing between the two harbours from
June, carrying up to 200 passengers and 40 bicycles on each trip, the company said today.
"""

MARKDOWN = """# Quayside Trust buys the old rope works

**QUAYSIDE, 06-MAY-2031** – The Quayside Trust has bought the old rope works on the harbour front and
will open it as a workshop for boat builders and a small museum next spring.
"""

ZH_HTML = """<html><body>
<h1>港城海事局推出新一代船舶導航服務</h1>
<p>（港城訊，二〇三一年五月六日）港城海事局今日推出新一代船舶導航服務，覆蓋全港主要航道，
為往來船隻提供即時天氣與潮汐資訊。</p>
</body></html>
"""

ZH_TEXT = """港城海事局发布年度航道报告

2031年十二月三十一日，港城——港城海事局今日发布年度航道报告，全年进出港船只超过一万艘次，
航道事故较上年减少三成。
"""


def test_a_hyphenated_day_month_year_in_plain_text():
    release = parse_release(PLAIN, name="r.txt")
    assert release.date == "2031-03-05"
    assert release.place == "LAKEVIEW"


def test_a_hyphenated_date_in_capitals_in_markdown():
    release = parse_release(MARKDOWN, name="r.md")
    assert release.date == "2031-05-06"
    assert release.place == "QUAYSIDE"


def test_a_dateline_in_chinese_numerals_in_html():
    release = parse_release(ZH_HTML, name="r.html")
    assert release.date == "2031-05-06"
    assert release.place == "港城"


def test_a_month_and_day_in_chinese_numerals_in_plain_text():
    release = parse_release(ZH_TEXT, name="r.txt")
    assert release.date == "2031-12-31"
