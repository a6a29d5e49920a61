"""An embargo's label in the release's own language ("Sperrfrist:", "報道解禁：") above the headline:
the release is under embargo until that date and time, the line is no dateline and no headline,
and the release's date is its own dateline's where it prints one. Words of our own, in two styles
(a German club's plain text with the embargo's date only, a Japanese university's with its own date line)."""

from mediakit.core.analyse import parse_release

DE_PLAIN = """SPERRFRIST: 07.03.2031, 11:00 Uhr

Pressemitteilung

Ruderclub Elbaue bekommt neues Bootshaus

Der Ruderclub Elbaue baut für 2,4 Millionen Euro ein neues Bootshaus am Nordufer. Es bietet Platz für 60 Boote.
"""

JA_PLAIN = """報道解禁：2031年4月10日（木）午前0時（日本時間）

プレスリリース

東湊大学、海藻から新しい生分解性プラスチックを開発

2031年4月9日
東湊大学

東湊大学の研究グループは、海藻を原料とする生分解性プラスチックを開発しました。海水中で約60日で分解します。
"""


def test_a_german_embargo_label_gives_the_embargo_and_the_date_where_no_dateline_is_printed():
    release = parse_release(DE_PLAIN, name="r.txt")
    assert release.title == "Ruderclub Elbaue bekommt neues Bootshaus"
    assert (release.status, release.embargo) == ("embargoed", "2031-03-07T11:00")
    assert release.date == "2031-03-07"


def test_a_japanese_embargo_label_is_no_release_date_when_the_release_prints_its_own():
    release = parse_release(JA_PLAIN, name="r.txt")
    assert release.title == "東湊大学、海藻から新しい生分解性プラスチックを開発"
    assert (release.status, release.embargo) == ("embargoed", "2031-04-10")
    assert release.date == "2031-04-09"


def test_a_sentence_opening_with_the_word_embargoes_is_no_embargo():
    text = "Embargoes on grain hit the port\n\nEmbargoes on grain cut the port's traffic by a third this spring, the harbour board said.\n"
    assert parse_release(text, name="r.txt").embargo is None
