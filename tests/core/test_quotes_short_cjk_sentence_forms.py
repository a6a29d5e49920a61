"""A short Chinese quotation that ends a sentence ("今年还将新建十座口袋公园。", thirteen characters) is a
quotation; a quoted name without a sentence's end ("“绿色出行”") stays none.

Fixtures of our own: a city office's release in Markdown and a district's page in HTML.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_a_short_quoted_sentence_after_the_speaker_in_markdown():
    text = ("# 东湖公园正式开放\n\n2031年3月3日，武汉——东湖新公园今天正式开放，面积达12公顷。\n\n"
            "市园林局局长王建国表示：“今年还将新建十座口袋公园。”\n\n活动以“绿色出行”为主题。\n")
    quotes = parse_release(text, "park.md").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("王建国", "今年还将新建十座口袋公园。")]


def test_a_short_quoted_sentence_after_a_said_verb_and_a_colon_on_a_page():
    html = ("<html><body><h1>南湖区新增公交线路</h1><p>2031年5月6日，长沙——南湖区今天开通三条新的公交线路。</p>"
            "<p>区交通局局长刘晓东说：“明年还要再开五条线路。”</p></body></html>")
    quotes = parse_release(html, "bus.html").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("刘晓东", "明年还要再开五条线路。")]
