"""A Chinese courtesy word after the speaker's name (先生, 女士): no part of the name, whether the
name is written in Han characters or in Latin letters glued to the Chinese text; a role framed by
来自 ("from") is the role without the frame. Names, organisations and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix):
    return [(q.speaker, q.role, q.text) for q in extract_quotes(parse_text(text, suffix).blocks)]


def test_latin_name_with_courtesy_word_in_html():
    html = ("<h1>青岚数据库 7 发布</h1>\n<p>2031-04-02 - 青岚社区今天发布了新版本，这是迄今最重要的一次更新。</p>\n"
            '<p>"我们的社区着重构建那些适用于现代基础架构的核心特性，"\n'
            '  <a href="/team/">青岚社区</a>的核心组成员之一Orla Whitcombe女士说道。\n\n'
            '  "新版本代表着社区多年的努力成果。"</p>\n')
    found = quotes(html, ".html")
    assert [(q[0], q[1]) for q in found] == [("Orla Whitcombe", "青岚社区的核心组成员之一")]
    assert "核心特性" in found[0][2] and "多年的努力成果" in found[0][2]


def test_han_name_with_courtesy_word_in_markdown():
    md = ("# 松果科技发布新平台\n\n松果科技今日发布新一代平台，受到业界关注。\n\n"
          "“这是我们迈出的重要一步，也是团队三年努力的结果。”松果科技总经理韩立先生表示。\n")
    assert [(q[0], q[1]) for q in quotes(md, ".md")] == [("韩立", "松果科技总经理")]


def test_role_from_an_organisation_in_markdown():
    md = ("# 松果科技发布新平台\n\n松果科技今日发布新一代平台。\n\n"
          "“自从第一版发布以来，我们便广泛使用这款产品，新的功能终于给我们带来了期待已久的便利，” "
          "来自[雪原物流公司](https://example.org/)的技术负责人 Pim Castellan表示。\n")
    assert [(q[0], q[1]) for q in quotes(md, ".md")] == [("Pim Castellan", "雪原物流公司的技术负责人")]


def test_surname_alone_keeps_its_courtesy_word():
    md = ("# 松果科技发布新平台\n\n松果科技今日发布新一代平台。\n\n"
          "“这是我们迈出的重要一步，也是团队三年努力的结果。”李先生表示。\n")
    assert [q[0] for q in quotes(md, ".md")] == ["李先生"]
