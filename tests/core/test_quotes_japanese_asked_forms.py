"""A Japanese quotation led by its speaker, set in a scene ("その後の質疑応答では、") and speaking to a
listener before the manner and the verb ("…の佐藤太郎氏が市長に以下のように質問しました。「…」",
"…代表の田中一郎が参加者に次のように回答しました。「…」"), in words of our own and two styles
(Markdown, an HTML page): the quotation is the speaker's, asked or answered, and the scene is no
part of the role."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# 市民会議で公園計画を議論

本日、市民会議が開かれ、公園の整備計画について意見交換が行われました。参加者は30名でした。

その後の質疑応答では、みどり会の佐藤太郎氏が市長に以下のように質問しました。「公園の整備計画について、市長のお考えをお聞きしたいです。子どもたちが安心して遊べる場所を増やすことは、地域の未来にとって大切だと考えています。」
"""

HTML = """<html><body><h1>青葉農園、収穫体験の参加者が千人を突破</h1>
<p>青葉農園は本日、今年の収穫体験の参加者が延べ1,020人になったと発表しました。秋には新たに果樹園を開く予定です。</p>
<p>説明会では、青葉農園代表の田中一郎が参加者に次のように回答しました。「来年は受け入れ人数をさらに増やし、地元の小学校とも連携していきます。農業の楽しさを多くの方に知っていただきたいと考えています。」</p>
</body></html>"""


def _quotes(release):
    return [(q.speaker, q.role, q.text[:10]) for q in release.quotes]


def test_a_question_or_answer_led_by_its_speaker_is_a_quotation():
    assert _quotes(parse_release(MARKDOWN, name="r.md")) == [("佐藤太郎", "みどり会", "公園の整備計画につい")]
    assert _quotes(parse_release(HTML, name="r.html")) == [("田中一郎", "青葉農園代表", "来年は受け入れ人数を")]
