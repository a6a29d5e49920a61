"""A whole page flattened into one paragraph, in words of our own and two styles (plain text in
German, Markdown in English): the paragraph is cut at its run-in dateline, so the headline, the
date and the place are the release's, not the site's menu run into them."""

from mediakit.core.analyse import parse_release

DE_PLAIN = ("Start Über uns Presse Pressemitteilungen Jobs Kontakt Pressemitteilungen Neue Fähre verbindet "
            "Lindau und Bregenz Lindau, 4. Juni 2031 – Die Bodensee-Schifffahrt Lindau hat heute eine neue "
            "Fährlinie nach Bregenz eröffnet. Die Fähre fährt im Sommer stündlich und bietet Platz für 300 "
            "Fahrgäste. „Wir bringen die Ufer näher zusammen“, sagte Geschäftsführerin Anna Roth.\n")

EN_MARKDOWN = ("Skip to content Services Pricing Blog Careers Contact Tallgrass Wind Finishes Its Largest "
               "Turbine Farm SALINA, Kan., June 4, 2031 /PRNewswire/ -- Tallgrass Wind today switched on "
               "48 turbines on the plains west of town, enough for 60,000 homes. \"This is the biggest day "
               "in our history,\" said chief executive Roy Dale.\n")

ONE_STORY = ("The harbour board met on Monday and agreed the budget for the coming year after a long debate "
             "about fees. " * 4 + "\n")


def test_a_flattened_page_shows_its_headline_date_and_place():
    release = parse_release(DE_PLAIN, name="r.txt")
    assert (release.title, release.date, release.place) == (
        "Neue Fähre verbindet Lindau und Bregenz", "2031-06-04", "Lindau")
    release = parse_release(EN_MARKDOWN, name="r.md")
    assert (release.title, release.date, release.place) == (
        "Tallgrass Wind Finishes Its Largest Turbine Farm", "2031-06-04", "SALINA, Kan.")


def test_a_long_paragraph_without_a_dateline_is_left_whole():
    release = parse_release(ONE_STORY, name="r.txt")
    assert len([b for b in release.blocks if b.text]) == 1


EN_NO_PLACE = ("Menu Home Events Contact Latest news Orchard Library Opens a Repair Café June 4, 2031 – Orchard "
               "Library today opened a repair café where volunteers fix lamps, toasters and bicycles for free every "
               "Saturday morning in the old reading room. \"Nothing should be thrown away too soon,\" said the "
               "librarian, Ann Vole.\n")

ZH_PLAIN = ("首页 新闻中心 通知公告 联系我们 新闻中心 我区新建8座社区食堂 2031年6月4日 我区今年将新建8座社区食堂，"
            "每座可同时容纳100人就餐，预计年底前全部建成开放，优先为辖区老年人提供午餐服务。区民政局表示，"
            "食堂选址均位于老旧小区集中的街道，并将提供送餐上门服务。\n")

OWN_DATELINE = ("PORTSMOUTH, England - June 4, 2031 (HARBOUR WIRE) - The Harbour Board today approved a new ferry "
                "terminal on the east quay, with room for four ferries at a time and a waiting hall for 600 "
                "passengers, after two years of planning and a public consultation that drew 3,000 replies.\n")

ACCENTED = ("Inicio Noticias Contacto Grupo Sierra abre una planta en Puebla CIUDAD DE MÉXICO, 4 de junio de 2031 "
            "/PRNewswire/ -- Grupo Sierra inauguró hoy una planta de autopartes en Puebla que empleará a 900 "
            "personas y producirá dos millones de piezas al año para la industria automotriz.\n")


def test_a_flattened_page_with_a_date_only_dateline():
    release = parse_release(EN_NO_PLACE, name="r.txt")
    assert (release.title, release.date) == ("Orchard Library Opens a Repair Café", "2031-06-04")
    release = parse_release(ZH_PLAIN, name="r.txt")
    assert (release.title, release.date) == ("我区新建8座社区食堂", "2031-06-04")


def test_a_paragraph_opened_by_its_own_dateline_is_not_cut():
    release = parse_release("# Harbour Board Approves Ferry Terminal\n\n" + OWN_DATELINE, name="r.md")
    assert release.place == "PORTSMOUTH, England"


def test_an_accented_place_in_capitals_is_kept_whole():
    release = parse_release(ACCENTED, name="r.txt")
    assert (release.title, release.place) == ("Grupo Sierra abre una planta en Puebla", "CIUDAD DE MÉXICO")
