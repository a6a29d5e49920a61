"""Chinese attributions: 他表示：“…” after a sentence naming one person with a title; “…”王明表示，
公司将… (the sentence goes on after the verb); “…，”王明补充道，“…。” (a quotation split by its
attribution, the second half short). Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_a_pronoun_stands_for_the_one_titled_person_named_before_markdown():
    found = quotes("# 数字经济大会开幕\n\n江口市市长冯立群在开幕式上致辞。他表示：“数字经济是江口未来十年发展的主引擎，"
                   "我们将为企业提供最好的营商环境。”\n", ".md")
    assert who(found) == ["冯立群"]


def test_a_pronoun_after_two_titled_people_is_not_guessed():
    found = quotes("江口市市长冯立群和副市长蒋文涛出席开幕式。他表示：“数字经济是江口未来十年发展的主引擎，"
                   "我们将为企业提供最好的营商环境。”\n")
    assert found == []


def test_the_sentence_goes_on_after_the_said_verb_plain_text():
    found = quotes("新闻稿\n\n“我们看好江口的人才优势和产业基础，这里是设立区域总部的最好选择。”华辰云计算公司总裁"
                   "邵文杰表示，公司将在江口设立华中区域总部。\n")
    assert who(found) == ["邵文杰"]


def test_a_split_quotation_with_a_short_second_half_is_one_quotation():
    found = quotes("新闻稿\n\n“储能是新型电力系统不可缺少的重要一环，”首席技术官孙雅婷补充道，“我们会继续加大研发投入。”\n")
    assert who(found) == ["孙雅婷"]
    assert "继续加大研发投入" in found[0].text
    assert found[0].text.startswith("储能是新型电力系统")
