"""A Japanese contact card that sets a title alone before a name written with a space ("工学部 教授
田村 亮介") gives the whole name and the title as the role, not the given name alone.

Fixtures of our own: a university's page in HTML (the card on one line after its label) and a
research institute's release as plain text (the card over several lines under a bracketed label).
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_a_one_line_card_on_a_page():
    html = ("<html><body><h1>北浜大学、軽量な新素材を開発</h1><p>2031年3月3日</p><p>北浜大学は、軽くて強い新素材を開発したと"
            "発表しました。強度は従来の2倍です。</p><p>お問い合わせ先：北浜大学 工学部 教授 松浦 健吾 TEL：045-566-1234 "
            "E-mail：matsuura@kitahama-u.ac.jp</p></body></html>")
    contact = parse_release(html, "material.html").contacts[0]
    assert (contact.name, contact.role, contact.organization) == ("松浦 健吾", "教授", "北浜大学")


def test_a_card_over_several_lines_in_a_text():
    text = ("海洋研究所、深海の新種を発見\n\n2031年5月12日\n\n海洋研究所は、水深3,000メートルの海底で新種の甲殻類を"
            "発見したと発表しました。\n\n【本件に関するお問い合わせ先】\n海洋研究所 研究推進部 准教授 石田 真理\n"
            "TEL：046-867-5500\nE-mail：ishida@marine-lab.example.jp\n")
    contact = parse_release(text, "deepsea.txt").contacts[0]
    assert (contact.name, contact.role) == ("石田 真理", "准教授")
