"""A translated Japanese release names the speaker in a sentence of its own after the quotation,
with no と: 「…。」…の一員であるJo Roeは言います。「…。」, also a katakana name with a middle dot and
氏, このように before the verb. Names, organisations and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix):
    return [(q.speaker, q.role, q.text) for q in extract_quotes(parse_text(text, suffix).blocks)]


FIRST = "新しい版では、小さな組織でも大きな組織でも運用の手間が大きく減ります。"
SECOND = "利用者の声を聞きながら、これからも改良を続けていきます。"


def test_latin_name_after_a_role_with_a_copula_in_html():
    html = ("<h1>ハーバー 4 をリリース</h1>\n<p>ハーバー開発チームは本日、新しい版を公開しました。</p>\n"
            f"<p>「{FIRST}」ハーバー開発チームの中心メンバーの一人であるMilo Brandtは言います。「{SECOND}」</p>\n")
    found = quotes(html, ".html")
    assert found and found[0][0] == "Milo Brandt"
    assert found[0][1] == "ハーバー開発チームの中心メンバーの一人"
    assert FIRST in found[0][2] and any(SECOND in q[2] for q in found)
    assert all(q[0] == "Milo Brandt" for q in found)


def test_katakana_name_with_honorific_and_manner_word_in_plain_text():
    text = ("ハーバー 4 をリリース\n\nハーバー開発チームは本日、新しい版を公開しました。\n\n"
            f"「{FIRST}」運営委員のリナ・ファルケンベルク氏はこのように述べています。\n")
    found = quotes(text, ".txt")
    assert [(q[0], q[1]) for q in found] == [("リナ・ファルケンベルク", "運営委員")]
    assert FIRST in found[0][2]


def test_a_term_in_marks_before_a_sentence_is_no_quotation():
    text = ("ハーバー 4 をリリース\n\n新しい版には「共有フォルダ」という機能が加わりました。"
            "「共有フォルダ」は管理者が設定します。\n")
    assert quotes(text, ".txt") == []
