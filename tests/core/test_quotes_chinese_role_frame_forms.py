"""A Chinese role written in a frame before the name, 作为…的 ("as …"): the role is what the frame
holds, not the frame. Names, organisations and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix):
    return [(q.speaker, q.role, q.text) for q in extract_quotes(parse_text(text, suffix).blocks)]


SPLIT = ("“新版本让每一位用户都能以更低的成本获得更好的性能，”作为社区核心成员之一的Ansel Brightwater说道，"
         "“我们会继续倾听用户的声音。”")


def test_latin_name_after_a_framed_role_in_markdown():
    found = quotes("# 青岚数据库 9 发布\n\n青岚社区今天发布了新版本。\n\n" + SPLIT + "\n", ".md")
    assert [(q[0], q[1]) for q in found] == [("Ansel Brightwater", "社区核心成员之一")]
    assert "新版本让每一位用户" in found[0][2] and "倾听用户的声音" in found[0][2]


def test_han_name_after_a_framed_title_in_html():
    html = ("<h1>青松科技发布新平台</h1>\n<p>青松科技今日发布新一代平台，受到业界关注。</p>\n"
            "<p>“这是我们迈出的重要一步。”作为青松科技总经理的韩立表示，“我们将继续投入研发，服务更多客户。”</p>\n")
    found = quotes(html, ".html")
    assert [(q[0], q[1]) for q in found] == [("韩立", "青松科技总经理")]
