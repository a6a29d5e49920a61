"""Japanese speakers written bare before は: a surname alone (山田は「…」) is the full name the release
introduces with a title; a full name is a person where the release writes a title before it, also
across a clause (社長に就任する田村由紀); 「…」とも述べました; a quotation alone under "…は、新工場に
ついて次のように語りました。". Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [q.speaker for q in found]


def test_a_full_name_introduced_across_a_clause_after_its_title_html():
    found = quotes("<html><body><h1>新社長就任のお知らせ</h1>"
                   "<p>当社は、新たに代表取締役社長に就任する岸本沙織が経営を引き継ぐことをお知らせします。</p>"
                   "<p>岸本沙織は「創業以来のものづくりの精神を守りながら、海外展開を加速してまいります」と述べています。</p>"
                   "</body></html>", ".html")
    assert who(found) == ["岸本沙織"]


def test_a_surname_alone_is_the_full_name_introduced_with_a_title_plain_text():
    found = quotes("お知らせ\n\n代表取締役社長の篠原健吾が退任します。\n\n"
                   "篠原は「新しい体制のもとで、当社はさらに成長できると確信しています」とも述べました。\n")
    assert who(found) == ["篠原健吾"]


def test_a_quotation_alone_under_a_says_as_follows_line_with_a_topic_between():
    found = quotes("お知らせ\n\n代表取締役会長に就任した篠原健吾は、新工場について次のように語りました。\n\n"
                   "「この工場は地域の皆様のご協力なしには完成しませんでした。心より感謝申し上げます。」\n")
    assert who(found) == ["篠原健吾"]


def test_a_bare_name_the_release_never_titles_is_no_speaker():
    found = quotes("お知らせ\n\n岸本沙織は「創業以来のものづくりの精神を守りながら、海外展開を加速してまいります」と述べています。\n")
    assert found == []


def test_a_company_before_wa_is_no_speaker():
    found = quotes("お知らせ\n\n当社は「地域の皆様とともに、安全な工場づくりを進めてまいります」と述べています。\n")
    assert found == []
