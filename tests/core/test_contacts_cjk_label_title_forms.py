"""A Japanese contact label set in angle brackets ("＜報道関係者からのお問い合わせ先＞") opens the block
with the card line under it; a Chinese name's title written after it ("陳嘉欣女士") is left off a full
name, not off a surname alone ("陈小姐"); "For interviews please contact the X press office …" hands
over X's desk (made-up releases in plain text and Markdown)."""

import pytest

from mediakit.core.analyse import parse_release


@pytest.mark.parametrize("name", ["r.txt", "r.md"])
def test_an_angle_bracketed_japanese_label_over_a_company_role_and_surname(name):
    text = ("2026年7月1日\n株式会社ひかりソフト\n\nクラウド会計サービスの提供開始について\n\n株式会社ひかりソフト（本社：東京都渋谷区）は、"
            "クラウド会計サービスの提供を開始しました。\n\n＜報道関係者からのお問い合わせ先＞\n株式会社ひかりソフト 広報担当：鈴木\n"
            "TEL：03-5555-1234　MAIL：press@hikarisoft.co.jp\n")
    if name == "r.md":
        text = text.replace("\n", "  \n")
    [card] = parse_release(text, name=name).contacts
    assert (card.name, card.organization, card.phones) == ("鈴木", "株式会社ひかりソフト", ["+81355551234"])


@pytest.mark.parametrize("person, shown", [("陳嘉欣女士", "陳嘉欣"), ("王麗先生", "王麗"), ("陳小姐", "陳小姐")])
def test_a_title_after_a_full_chinese_name_is_left_off(person, shown):
    text = ("香港創新基金公布資助計劃\n\n（2026年4月12日，香港）香港創新基金今日公布新一輪資助計劃。\n\n傳媒查詢：\n"
            f"香港創新基金 企業傳訊部\n{person}\n電話：(852) 2555 1234\n電郵：media@hkif.org.hk\n")
    assert [c.name for c in parse_release(text, name="r.txt").contacts] == [shown]


def test_for_interviews_sentence_hands_over_the_named_press_office():
    text = ("# One in five rivers fails water tests\n\n**LONDON, 17 March 2026** — One in five rivers fails basic water "
            "quality tests, says a report by Clearwater Watch.\n\n## Media enquiries\n\nFor interviews please contact "
            "the Clearwater Watch press office on 020 7946 0958 or email press@clearwaterwatch.org.uk\n")
    [card] = parse_release(text, name="r.md").contacts
    assert (card.name, card.organization, card.phones) == (None, "Clearwater Watch", ["+442079460958"])
