"""A Japanese name holding the iteration mark 々 (a family name "野々宮", a given name "奈々") is a name as
any other in kanji: a card gives it whole, with a space or without, and the label before it stays out.
Fixtures of our own: a start-up's release in Markdown (the card on one line after its label) and a
museum's page in HTML (the card over several lines)."""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_a_spaced_family_name_with_the_mark_after_a_role_label() -> None:
    text = ("# 北浜テック、新サービスを開始\n\n2031年4月8日\n\n北浜テックは、新しい配送管理サービスを開始しました。\n\n"
            "## お問い合わせ先\n\n北浜テック株式会社　広報担当：野々宮 理沙\nTEL：03-5512-8890\nE-mail：press@kitahama-tech.example.jp\n")
    contact = parse_release(text, suffix=".md").contacts[0]
    assert (contact.name, contact.organization) == ("野々宮 理沙", "北浜テック株式会社")


def test_a_given_name_with_the_mark_on_a_card_over_lines() -> None:
    html = ("<html><body><h1>湊町美術館、春の特別展を開催</h1><p>2031年3月1日</p><p>湊町美術館は、春の特別展を開催します。</p>"
            "<h2>報道関係者お問い合わせ先</h2><p>湊町美術館 広報課<br>担当：大谷 奈々<br>電話：045-210-3344<br>"
            "メール：koho@minatomachi-museum.example.jp</p></body></html>")
    contact = parse_release(html, suffix=".html").contacts[0]
    assert contact.name == "大谷 奈々"
