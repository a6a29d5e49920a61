"""A short Chinese or Japanese question standing alone titles the part that answers it
("指引明确了哪些内容？" over its answer), as "What comes next?" does; a page's field in brackets
("【责任编辑：王芳】", "【字体：大 中 小】") titles nothing, though a bracketed title ("【背景】") does.
Our own words, in Chinese plain text, Japanese Markdown and Chinese HTML."""

import pytest

from mediakit.core.analyse import parse_release

ZH = ("市图书馆推出旧书修复服务\n\n2033年3月9日，市图书馆宣布在总馆开设旧书修复工作室，为读者免费修补破损图书，"
      "每月可修复约两百本。\n\n")
JA = ("# 市立図書館が古書修復サービスを開始\n\n2033年3月9日、市立図書館は本館に古書修復の工房を開設し、"
      "破損した本を無料で修復するサービスを始めると発表しました。\n\n")


def titles(text, name):
    return [s.title for s in parse_release(text, name=name).all_sections()]


@pytest.mark.parametrize("text, name, wanted", [
    (ZH + "哪些图书可以修复？\n\n读者借阅或自有的纸质图书均可送修。\n\n如何预约？\n\n读者可在总馆服务台登记，"
     "也可以通过图书馆的公众号预约。\n", "r.txt", ["哪些图书可以修复？", "如何预约？"]),
    (JA + "どんな本を直せるのか？\n\n図書館の本も、利用者自身の本も修復の対象です。\n", "r.md", ["どんな本を直せるのか？"]),
])
def test_a_short_cjk_question_standing_alone_titles_its_answer(text, name, wanted):
    assert titles(text, name) == wanted


@pytest.mark.parametrize("text, name", [
    (ZH + "【背景】\n\n读者借阅或自有的纸质图书均可送修。\n\n（完）\n\n【责任编辑：王芳】\n", "r.txt"),
    ("<html><body><h1>市图书馆推出旧书修复服务</h1><p>【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> "
     "<a href=\"#\">小</a>】</p><p>" + ZH.split("\n\n")[1] + "</p><p>【背景】</p><p>读者借阅或自有的纸质图书均可送修。</p>"
     "<p>【责任编辑：王芳】</p></body></html>", "r.html"),
])
def test_a_bracketed_page_field_is_no_title(text, name):
    assert titles(text, name) == ["背景"]
