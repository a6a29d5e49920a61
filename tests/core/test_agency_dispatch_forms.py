"""A news agency's dispatch whose date has no year ("【新华社北京6月4日电】", "中新网上海6月4日电
（记者 …）"), only the day ("SEVILLA, 4 (EUROPA PRESS)"), or a wire's tag and no date after it
("東京--(BUSINESS WIRE)--"), in words of our own and two styles each (Chinese plain text and HTML,
Spanish plain text and Markdown, Japanese plain text and Chinese Markdown): its place is the
dateline's, and no date is made up for it."""

from mediakit.core.analyse import parse_release

PLAIN = """港口管理局发布新一轮航线补贴政策

【新华社宁波6月4日电】港口管理局4日发布新一轮航线补贴政策，对新开国际航线给予每条最高500万元补贴，共涉及12条航线。
"""

HTML = """<html><body><h1>全市新增三条地铁线路开工建设</h1>
<p>中新网成都6月4日电（记者 李明）全市三条地铁线路4日同时开工，总投资约860亿元，预计2035年建成通车。</p></body></html>"""


def test_a_dispatch_without_a_year_gives_its_place():
    plain = parse_release(PLAIN, name="r.txt")
    assert (plain.place, plain.date) == ("宁波", None)
    html = parse_release(HTML, name="r.html")
    assert (html.place, html.date) == ("成都", None)


ES_PLAIN = """La Junta licita la nueva línea de metro

SEVILLA, 4 (EUROPA PRESS)

La Junta ha licitado este martes las obras de la nueva línea de metro, con un presupuesto de 600 millones de euros y 12 estaciones.
"""

ES_MARKDOWN = """# El puerto bate su récord de contenedores

Valencia, 4 (EFE).- El puerto ha movido este mes 500.000 contenedores, la cifra más alta de su historia, según ha informado la Autoridad Portuaria.
"""


def test_an_agency_dateline_with_only_the_day_gives_its_place():
    plain = parse_release(ES_PLAIN, name="r.txt")
    assert (plain.place, plain.date) == ("SEVILLA", None)
    md = parse_release(ES_MARKDOWN, name="r.md")
    assert (md.place, md.date) == ("Valencia", None)


JA_WIRE = """ミナト精機、新型ロボットアームを発表

東京--(BUSINESS WIRE)--(ビジネスワイヤ) -- ミナト精機株式会社は本日、新型の産業用ロボットアームを発表しました。年間販売目標は3,000台です。
"""

ZH_WIRE = """# 海港物流推出智能仓储平台

上海--(BUSINESS WIRE)--(美国商业资讯)--海港物流今日推出智能仓储平台，首批接入仓库面积达50万平方米，预计年内服务客户超过200家。
"""


def test_a_wire_dateline_in_cjk_without_a_date_gives_its_place():
    assert parse_release(JA_WIRE, name="r.txt").place == "東京"
    assert parse_release(ZH_WIRE, name="r.md").place == "上海"
