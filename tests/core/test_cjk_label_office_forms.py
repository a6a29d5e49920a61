"""Two CJK forms, in words of our own and two styles each: a date under a field label written with a
full-width colon ("發布日期：…") is no dateline with the label as its place, so the real dateline
below it gives the place; and an office ending in 局 ("事務局") after its organisation's name on a
contact line is that organisation's desk."""

from mediakit.core.analyse import parse_release

ZH_HTML = """<html><body><h2>海灣科技董事會通過新廠投資案</h2>
<div class="date">發布日期：2031-05-06</div>
<p>【2031年5月6日，台中】海灣科技今日召開董事會，通過投資新台幣12億元興建第三座工廠，預計新增員工300人。</p>
<p>新聞聯絡人：吳佩珊<br>電話：(04)2345-6789<br>Email：pr@haiwan.example</p></body></html>"""

JA_MARKDOWN = """# 港町水族館、新館の建設を発表

発表日：2031年5月6日

【2031年5月6日，横浜】港町水族館は本日、総工費約80億円の新館を建設すると発表しました。年間来館者数は120万人を見込みます。

## お問い合わせ

港町水族館協会　事務局
TEL：045-222-3333
E-mail：info@minato-aqua.example
"""

JA_PLAIN = """山間鉄道保存会、蒸気機関車の修復を完了

2031年6月1日

山間鉄道保存会は、3年をかけて進めてきた蒸気機関車の修復を完了しました。修復費用は約2億円です。

本件に関するお問い合わせ
山間鉄道保存会　事務局
電話：0263-12-3456
メール：office@sanka-rail.example
"""


def test_a_label_with_a_full_width_colon_is_no_place():
    assert parse_release(ZH_HTML, name="r.html").place == "台中"
    assert parse_release(JA_MARKDOWN, name="r.md").place == "横浜"


def test_a_secretariat_after_its_organisation_is_its_desk():
    for text, name, org in ((JA_MARKDOWN, "r.md", "港町水族館協会"), (JA_PLAIN, "r.txt", "山間鉄道保存会")):
        (contact,) = parse_release(text, name=name).contacts
        assert contact.organization == org
