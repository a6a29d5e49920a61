"""A contact line of a Japanese release where the person's name is longer than four characters (a
family name of three and a given name of three, or a given name in kana) and stands before the
affiliation in brackets, in words of our own and two styles (plain text, an HTML page): the name is
the contact's name and the bracketed affiliation its organisation."""

from mediakit.core.analyse import parse_release

TEXT = """こども食堂ネット、夏休みの無料食堂を拡大

本日、こども食堂ネットは夏休み期間中の無料食堂を市内25か所に拡大すると発表しました。昨年の利用者は延べ3,400人でした。

連絡先
長谷川由紀子（Kodomo Table Kobe）　080-2222-3333
"""

HTML = """<html><body><h1>みなと清掃隊、海岸清掃に500人が参加</h1>
<p>本日、みなと清掃隊は先週末の海岸清掃に約500人が参加し、ごみ2トンを回収したと発表しました。</p>
<h3>お問い合わせ先</h3>
<p>森田さおり（Minato Clean Crew）　090-4444-5555</p>
</body></html>"""


def _people(release):
    return [(c.name, c.organization, c.phones) for c in release.contacts if c.name]


def test_a_long_name_before_its_bracketed_affiliation_is_the_contact():
    assert _people(parse_release(TEXT, name="r.txt")) == [("長谷川由紀子", "Kodomo Table Kobe", ["+818022223333"])]
    assert _people(parse_release(HTML, name="r.html")) == [("森田さおり", "Minato Clean Crew", ["+819044445555"])]
