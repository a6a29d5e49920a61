"""A bracketed contact label with the card run on after it on the same line ("【お問い合わせ先】
株式会社… 広報室 山田 太郎 TEL：…", "[Media Contact] Jo Roe, …"): the closing bracket ends the label as
its colon would, and the card after it is read (organisation, person, phone, address). Words and
numbers of our own, in two styles: a Japanese plain-text release and an English HTML page."""

from mediakit.core.analyse import parse_release

PLAIN_JA = """株式会社しおさい製菓、焼き菓子の新工場を稼働

2026年4月6日

株式会社しおさい製菓は、静岡県に焼き菓子の新工場を稼働させました。

＜本件に関するお問い合わせ先＞株式会社しおさい製菓 広報室 村井 千尋 TEL：054-271-6630 E-mail：koho@shiosai-seika.co.jp
"""

HTML_EN = """<html><body><h1>Larkfield Water names new chief engineer</h1>
<p>NORWICH, 6 April 2026 &ndash; Larkfield Water has named a new chief engineer.</p>
<p>[Media Contact] Owen Tranter, Larkfield Water, 01603 496 021, owen.tranter@larkfieldwater.co.uk</p>
</body></html>"""


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


def test_the_card_run_on_after_a_bracketed_label_is_read():
    assert _cards(PLAIN_JA, "r.txt") == [("村井 千尋", "株式会社しおさい製菓", ["+81542716630"], ["koho@shiosai-seika.co.jp"])]
    assert _cards(HTML_EN, "r.html") == [("Owen Tranter", "Larkfield Water", ["+441603496021"],
                                          ["owen.tranter@larkfieldwater.co.uk"])]
