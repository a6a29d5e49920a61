"""A Japanese speaker introduced by a title and "である" ("事業部長である森本沙織は「…」と述べています")
is found with the title as the role, as one introduced by "の" is.

Fixtures of our own: a maker's release in Markdown and a city office's page in HTML.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_a_title_and_de_aru_before_the_name_in_markdown():
    text = ("# ヒバリ電機、蓄電池の生産を倍増\n\n2031年3月3日\n\nヒバリ電機株式会社は3日、家庭用蓄電池の国内生産を倍増させると"
            "発表しました。\n\n同社の蓄電池事業部長である森川沙織は「災害への備えとして蓄電池を求める声が増えています」と述べています。\n")
    quote = parse_release(text, "battery.md").quotes[0]
    assert quote.speaker == "森川沙織"
    assert quote.role.endswith("蓄電池事業部長")


def test_a_title_and_de_aru_before_the_name_on_a_page():
    html = ("<html><body><h1>港南市、図書館の開館時間を延長</h1><p>2031年4月1日</p><p>港南市は、市立図書館の開館時間を"
            "午後9時まで延長すると発表しました。</p><p>市長である高畑誠は「働く人にも図書館を使ってほしいと考えています」と"
            "話しています。</p></body></html>")
    quote = parse_release(html, "library.html").quotes[0]
    assert (quote.speaker, quote.role) == ("高畑誠", "市長")
