"""Chinese attributions with more of the ways a release writes its said-verb (解释道, 说到, 讲道,
评论说, 发言), a setting closed by 后 ("在加入项目后"), a longer setting after a comma, and a topic
between the name and the verb that runs up to it (就此, 对新平台, 对于这次成果有这样). Names,
firms and words are invented."""

import pytest

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes

_WORDS = "这个平台能让更多团队一起工作，我们也会继续投入研发，为用户提供更稳定的服务。"


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


@pytest.mark.parametrize("lead, speaker, role", [
    ("青岚科技工程师 Mara Olsen 解释道：", "Mara Olsen", "青岚科技工程师"),
    ("青岚科技工程师 Mara Olsen 在加入项目后解释道：", "Mara Olsen", "青岚科技工程师"),
    ("社区中一位成员 Karl Weiss 说到：", "Karl Weiss", "社区中一位成员"),
    ("平台组组长 Ivo Brandt，在年会的一个开发者座谈会中讲道：", "Ivo Brandt", "平台组组长"),
    ("平台创始人 Ada Brenner，对于这次成果有这样发言：", "Ada Brenner", "平台创始人"),
    ("项目负责人 Lena Fors 对新平台评论说：", "Lena Fors", "项目负责人"),
    ("青岚科技总经理罗嘉明就此表示：", "罗嘉明", "青岚科技总经理"),
])
def test_the_verb_the_setting_and_the_topic_before_the_quotation_plain_text(lead, speaker, role):
    found = quotes("青岚科技今天发布新平台。\n\n" + lead + "“" + _WORDS + "”\n")
    assert [(q.speaker, q.role) for q in found] == [(speaker, role)]
    assert found[0].text.startswith("这个平台能让更多团队")


def test_a_topic_over_a_line_break_before_a_q_tagged_quotation_html():
    found = quotes("<h1>青嵐平台發布</h1><p>青嵐科技今天發布新平台。</p>\n"
                   "<p>專案負責人 Lena Fors 對\n新平台評論說：<q>去年我們與其他團隊合作了很多，今年會把這些成果帶給所有用戶。</q></p>\n",
                   ".html")
    assert [(q.speaker, q.role) for q in found] == [("Lena Fors", "專案負責人")]


def test_a_role_opening_with_the_topic_word_is_no_topic():
    found = quotes("青岚科技今天发布新平台。\n\n青岚公司对外事务部主任罗嘉明表示：“" + _WORDS + "”\n")
    assert [(q.speaker, q.role) for q in found] == [("罗嘉明", "青岚公司对外事务部主任")]


def test_an_unknown_verb_still_attributes_nothing():
    found = quotes("青岚科技今天发布新平台。\n\n青岚科技工程师 Mara Olsen 唱道：“" + _WORDS + "”\n")
    assert found == []
