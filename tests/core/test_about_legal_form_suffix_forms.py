"""A Japanese "X株式会社について" title over a paragraph that names X without its legal form ("Xは…")
is X's boilerplate, as "Xについて" over "Xは…" is.

Fixtures of our own: a wire's plain text (the title line, then the paragraph, no blank line between)
and a company's page in HTML (the title a paragraph of its own); "新製品について" over a text about
the product stays an ordinary part.
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release

WIRE = """ニュースリリース

ヒバリ精工、工作機械の新工場を稼働

名古屋, 2031年5月12日 - (JCN Newswire) - ヒバリ精工株式会社は12日、愛知県内に工作機械の新工場を稼働させたと発表しました。新工場の生産能力は年間1,200台です。

ヒバリ精工株式会社について
ヒバリ精工は1958年創業の工作機械メーカーです。

お問い合わせ先
ヒバリ精工株式会社 広報室
電話：052-551-2048
"""

PAGE = ("<html><body><h1>株式会社ツバメ食品、冷凍弁当の宅配を開始</h1><p>2031年6月3日</p>"
        "<p>株式会社ツバメ食品は、冷凍弁当の宅配サービスを7月から首都圏で始めます。初年度は5万食の販売を目指します。</p>"
        "<p>新製品について</p><p>弁当は管理栄養士が監修し、全8種類をそろえます。</p>"
        "<p>株式会社ツバメ食品について</p><p>ツバメ食品は1979年設立の食品メーカーです。</p></body></html>")


def test_a_legal_form_title_over_the_short_name_in_a_wire_s_text_is_the_boilerplate():
    release = parse_release(WIRE, "hibari.txt")
    assert [part.title for part in release.about] == ["ヒバリ精工株式会社について"]


def test_a_legal_form_title_on_a_page_is_the_boilerplate_and_a_product_part_is_not():
    release = parse_release(PAGE, "tsubame.html")
    assert [part.title for part in release.about] == ["株式会社ツバメ食品について"]
