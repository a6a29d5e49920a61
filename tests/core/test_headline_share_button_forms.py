"""A scrape of a web page that keeps the page's share and print buttons above the headline, each
on a line of its own ("このページを印刷する" / "ツイート" / "シェア", "ページを印刷する" / "Facebookでシェア"):
no button is the headline, the headline below them is. Words of our own, in two styles (a Japanese
town's page with bare buttons, a university's page with the buttons' verbs and the date below)."""

from mediakit.core.analyse import parse_release

TOWN = """ページ番号：20871
このページを印刷する
ツイート
シェア
緑ヶ丘町、町営プールを7月に再開
令和13年5月12日
緑ヶ丘町は、改修工事のため休止していた町営プールを7月1日に再開すると発表しました。工事費は約1億2000万円で、更衣室とろ過設備を新しくしました。
"""

UNIVERSITY = """ニュース一覧へ戻る
ページを印刷する
Facebookでシェア
北陵大学、海洋ごみを分解する新しい酵素を発見
2031年5月12日
北陵大学の研究グループは、海に流れ出たプラスチックごみを常温で分解する新しい酵素を発見したと発表しました。分解の速さは従来の約3倍です。
"""


def test_japanese_print_and_share_buttons_are_no_headline():
    release = parse_release(TOWN, name="town.txt")
    assert release.title == "緑ヶ丘町、町営プールを7月に再開"


def test_buttons_with_their_verbs_over_a_university_headline():
    release = parse_release(UNIVERSITY, name="univ.txt")
    assert release.title == "北陵大学、海洋ごみを分解する新しい酵素を発見"
    assert release.date == "2031-05-12"
