"""Wire and agency datelines with no year: a tag naming two services ("Zürich (awp/sda) -",
"Hamburg (ots/Newsline) -"), an agency's tag closed by a full stop before its dash ("Sevilla,
4 jun (EFE).-"); and a CJK bracket round a place before the date ("【大阪】2031年6月4日 -"). In
words of our own and two styles each: the place is the dateline's, without its brackets."""

from mediakit.core.analyse import parse_release

DE_PLAIN = """Seilbahn nimmt nach Revision den Betrieb wieder auf

Zürich (awp/sda) - Die Seilbahn auf den Hausberg fährt ab Samstag wieder, nachdem in sechs Wochen 1.200 Meter Tragseil ersetzt wurden, teilte die Betreibergesellschaft am Donnerstag mit.
"""

DE_MARKDOWN = """# Hafen meldet Rekord beim Containerumschlag

Bremerhaven (ots/Newsline) - Der Hafen hat im ersten Halbjahr 2,4 Millionen Standardcontainer umgeschlagen und damit den bisherigen Rekord übertroffen, wie die Hafengesellschaft am Mittwoch mitteilte.
"""


def test_a_tag_naming_two_services_after_the_place():
    assert parse_release(DE_PLAIN, name="r.txt").place == "Zürich"
    assert parse_release(DE_MARKDOWN, name="r.md").place == "Bremerhaven"


ES_PLAIN = """El puerto recibe el mayor crucero de su historia

Sevilla, 4 jun (EFE).- El puerto ha recibido este miércoles el mayor crucero de su historia, con capacidad para 4.200 pasajeros, según ha informado la autoridad portuaria en un comunicado.
"""

ES_HTML = """<html><body><h1>La ciudad abre 12 nuevas zonas de baño</h1>
<p>Valencia, 4 jun (Newsline).- La ciudad ha abierto este miércoles 12 nuevas zonas de baño en el río, que estarán vigiladas por 40 socorristas durante todo el verano.</p></body></html>"""


def test_an_agency_tag_closed_by_a_full_stop_before_the_dash():
    plain = parse_release(ES_PLAIN, name="r.txt")
    assert (plain.place, plain.date) == ("Sevilla", None)
    html = parse_release(ES_HTML, name="r.html")
    assert (html.place, html.date) == ("Valencia", None)


JA_PLAIN = """ナニワ精工、新型ドローンを発売

【大阪】2031年6月4日 - ナニワ精工株式会社は本日、点検用の新型ドローンを発売しました。初年度の販売目標は1,500台です。
"""

ZH_MARKDOWN = """# 星海物流启用新一代分拣中心

〔深圳〕2031年6月4日——星海物流今日启用新一代分拣中心，日处理包裹能力达到120万件，较原有中心提升40%。
"""


def test_a_cjk_bracket_round_the_place_is_not_part_of_it():
    ja = parse_release(JA_PLAIN, name="r.txt")
    assert (ja.place, ja.date) == ("大阪", "2031-06-04")
    zh = parse_release(ZH_MARKDOWN, name="r.md")
    assert (zh.place, zh.date) == ("深圳", "2031-06-04")
