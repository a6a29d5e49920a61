"""Which lines title parts of the body, and which only look like titles, in words of our own."""

import pytest
from scaling import LINEAR, growth

from mediakit.core.analyse import parse_release
from mediakit.core.model import Block
from mediakit.core.structure import build_sections

OTHER = ("Members may borrow up to ten packets of seed each season and return seed saved from the harvest "
         "so that the library keeps growing from year to year.")
PROSE = ("The cooperative opened its new seed library to members and visitors from the valley this week, "
         "with more than two hundred varieties on its shelves.")


def titles(text, name="r.txt"):
    return [s.title for s in parse_release(text, name=name).all_sections()]


def test_advisory_labels_standing_alone_are_sections():
    text = ("Seed Library Opening\n\nLAKEVIEW, May 4, 2023 — " + PROSE + "\n\nWHO:\n\nThe co-op's board\n\n"
            "WHEN:\n\nSaturday at noon\n\nPHOTO/INTERVIEW:\n\nThe head librarian\n")
    assert titles(text) == ["WHO:", "WHEN:", "PHOTO/INTERVIEW:"]
    text = ("# Saatgutbibliothek öffnet\n\nLAKEVIEW, 4. Mai 2023 – " + PROSE + "\n\nWann:\n\nSamstag, 12 Uhr\n\n"
            "Wo:\n\nIm Gemeindesaal\n")
    assert titles(text, "r.md") == ["Wann:", "Wo:"]


@pytest.mark.parametrize("label", ["Notes:", "Notas", "Background"])
def test_a_closing_part_s_stock_title_is_a_section(label):
    text = f"Seed Library Opening\n\n{PROSE}\n\n{OTHER}\n\n{label}\n\n(1) Seeds are lent free of charge\n"
    assert titles(text) == [label]


def test_marked_japanese_lines_are_sections_without_their_mark():
    text = ("種子図書館が開館\n\n2023年5月4日\n\n" + "種子図書館は本日開館しました。" * 8 + "\n\n〇連絡先\n\n担当：山田\n\n"
            "◆開館時間のご案内\n\n" + "毎週土曜日に開館します。" * 10 + "\n")
    assert titles(text) == ["連絡先", "開館時間のご案内"]


def test_a_short_cjk_line_over_a_list_is_a_section_and_a_lead_in_is_not():
    text = ("種子図書館が開館\n\n" + "種子図書館は本日開館しました。" * 8 + "\n\n主な品種\n\n- トマト\n- ナス\n\n"
            "貸し出しでは\n\n- 会員証\n- 返却日\n")
    assert titles(text) == ["主な品種"]


def test_parallel_lines_ending_in_a_colon_are_sections_and_a_single_lead_in_is_not():
    series = (f"# Seed Plan\n\n{PROSE}\n\nThis spring:\n\n- Tomatoes\n- Beans\n\n{OTHER}\n\n"
              "Next autumn:\n\n- Garlic\n- Onions\n")
    assert titles(series, "r.md") == ["This spring:", "Next autumn:"]
    single = f"# Seed Plan\n\n{PROSE}\n\nThe library will lend members:\n\n- Tomatoes\n- Beans\n\n{PROSE}\n"
    assert titles(single, "r.md") == []


def test_an_intro_line_right_under_the_dateline_paragraph_leads_into_its_list_and_is_no_title():
    plain = ("Seed Library Opening\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "\n\n"
             "La biblioteca presta a sus socios las siguientes semillas:\n\n- Tomates\n- Judías\n\n" + OTHER + "\n")
    assert titles(plain) == []
    page = ("<html><body><h1>Seed Library Opening</h1><p><b>LAKEVIEW, May 4, 2023</b> - " + PROSE + "</p>"
            "<p>Members can borrow these kinds this spring:</p><ul><li>Tomatoes</li><li>Beans</li></ul>"
            "<p><b>Opening hours</b></p><p>" + OTHER + "</p></body></html>")
    assert titles(page, "r.html") == ["Opening hours"]


def test_table_rows_and_running_heads_are_no_sections():
    table = ("VALLEY CO-OP, INC.\n\nSTATEMENT OF OPERATIONS\n\n(thousands)\n\nSeed sales $ 1,204 $ 998\n\n"
             "OPERATING COSTS AND FEES\n\nStaff 310 295\n\nTOTAL MEMBER RESULT $ 41 $ 12\n\n")
    text = (f"Valley Co-op Reports Results\n\nLAKEVIEW, May 4, 2023 -- {PROSE}\n\nOutlook\n\n{OTHER}\n\n"
            + table + table.replace("STATEMENT OF OPERATIONS", "BALANCE SHEET")
            + table.replace("STATEMENT OF OPERATIONS", "CASH FLOWS")
            + "VALLEY CO-OP, INC. SUPPLEMENTAL MEMBER INFORMATION\n\nMembers 1,200 1,100\n")
    assert titles(text) == ["Outlook", "STATEMENT OF OPERATIONS", "BALANCE SHEET", "CASH FLOWS",
                           "SUPPLEMENTAL MEMBER INFORMATION"]


def test_a_wire_page_after_its_source_line_is_no_section():
    text = (f"# Seed Library Opens\n\nLAKEVIEW, May 4, 2023 /Valley Wire/ -- {PROSE}\n\n## About the Co-op\n\n{OTHER}\n\n"
            "SOURCE Valley Co-op\n\n## Products\n\n- For Growers\n- For Shops\n\n## Contact the Wire\n\n- Call us\n\n"
            "Reach our privacy desk:\n\n- Call toll-free: 800-555-0199\n- privacy@wire.example\n")
    assert titles(text, "r.md") == ["About the Co-op"]


@pytest.mark.parametrize("sidebar", ["## Photos\n\n![a](x.jpg)\n\n![b](y.jpg)\n",
                                     "## Audio / Video\n\nCo-op opening\n\nView\n",
                                     "## Related posts\n\n- Spring fair\n- Winter market\n"])
def test_photo_and_link_sidebars_are_no_sections(sidebar):
    text = f"# Seed Library Opens\n\n{PROSE}\n\n## Opening Hours\n\n{OTHER}\n\n{sidebar}"
    assert titles(text, "r.md") == ["Opening Hours"]


def test_a_photos_heading_over_text_stays_a_section():
    text = f"# Seed Library Opens\n\n{PROSE}\n\n## Photos\n\n{OTHER}\n"
    assert titles(text, "r.md") == ["Photos"]


def test_a_bare_line_above_the_story_is_a_byline_not_a_section():
    text = f"Seed Library Opens\n\nValley Seed Co-operative\n\n{PROSE}\n\nOpening Hours\n\n{OTHER}\n"
    assert titles(text) == ["Opening Hours"]


def test_a_section_s_copy_stops_where_the_contacts_begin():
    text = (f"# Seed Library Opens\n\n{PROSE}\n\n## Opening Hours\n\n{OTHER}\n\n"
            "Media contact: Jo Lark, +1 503 555 0142, jo.lark@example.org\n")
    release = parse_release(text, name="r.md")
    hours = release.all_sections()[0]
    assert hours.body == OTHER
    assert release.contacts and release.contacts[0].name == "Jo Lark"


def test_many_running_heads_take_time_linear_in_the_body():
    def body(count: int) -> list[Block]:
        lines = []
        for n in range(count):
            head = f"VALLEY UNIT {n} CO-OP"
            lines += [head, f"{head} SUMMARY OF RESULTS", "Seed sales 1,204 998", head, head]
        blocks = [Block("paragraph", text) for text in lines]
        for i, block in enumerate(blocks):
            block.index = i
        return blocks

    ratio = growth(lambda blocks: build_sections(blocks, 0), body, 400)
    assert ratio < LINEAR, f"4x the body took {ratio:.1f}x the time"


def test_an_end_mark_and_a_caption_are_no_sections():
    text = ("種子図書館が開館\n\n" + "種子図書館は本日開館しました。" * 8 + "\n\n写真：開館式の様子\n\n"
            + "毎週土曜日に開館します。" * 10 + "\n\n以上\n\n" + "本件の担当は広報課です。" * 10 + "\n")
    assert titles(text) == []


@pytest.mark.parametrize("text, label", [
    ("# 新图书馆开放\n\n北京，2031年5月6日——本馆今日宣布新馆开放，新馆设有阅览室和自习室。\n\n媒体联系人\n\n李女士\n\n"
     "电话：010-6500 4321\n\n邮箱：press@library.example\n", "媒体联系人"),
    ("新館の開館について\n\n東京、2031年5月6日 — 本日、新館を開館しました。新館には閲覧室があります。\n\n〇お問い合わせ先\n\n"
     "担当：佐藤\n\n電話：03-5555-0123\n\nメール：info@hall.example\n", "お問い合わせ先"),
])
def test_a_cjk_contact_label_alone_titles_the_contacts_part(text, label):
    from mediakit.core.analyse import parse_release

    release = parse_release(text, suffix=".md" if text.startswith("#") else ".txt")
    assert [s.title for s in release.all_sections()][-1] == label
    assert release.contacts  # and the contacts are still read under it


@pytest.mark.parametrize("text, name, titles", [
    # a wire archive that ran every paragraph into one, two spaces where a paragraph ended
    ("# Valley Co-op Opens a Seed Library\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "  " + OTHER
     + "  About Valley Co-op: The cooperative has served growers in the valley since its founding.  "
       "About Lakeview Seed Savers: The savers keep old varieties of beans and squash alive.\n",
     "r.md", ["About Valley Co-op", "About Lakeview Seed Savers"]),
    # a plain-text scrape in Spanish, one space after the sentence
    ("La cooperativa abre una biblioteca de semillas\n\nLAKEVIEW, 4 de mayo de 2023 – La cooperativa abrió su "
     "biblioteca de semillas a los socios y visitantes del valle esta semana. Acerca de Cooperativa del Valle: "
     "La cooperativa atiende a los agricultores del valle desde su fundación hace muchos años.\n",
     "r.txt", ["Acerca de Cooperativa del Valle"]),
    # the title in capitals, its text naming the organisation again in ordinary case
    ("# Valley Co-op Opens a Seed Library\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + " ABOUT VALLEY CO-OP Valley Co-op "
     "has served growers in the valley since its founding and keeps a seed bank of old varieties.\n",
     "r.md", ["ABOUT VALLEY CO-OP"]),
    ("Genossenschaft eröffnet Saatgutbibliothek\n\nSEEHAFEN, 4. Mai 2023 – Die Genossenschaft hat ihre "
     "Saatgutbibliothek für Mitglieder und Gäste aus dem Tal geöffnet. ÜBER SEEHAFEN SAATGUT Seehafen Saatgut "
     "versorgt die Gärtner im Tal seit vielen Jahren mit alten Sorten und berät sie beim Anbau.\n",
     "r.txt", ["ÜBER SEEHAFEN SAATGUT"]),
])
def test_about_titles_run_into_a_flattened_paragraph(text, name, titles):
    release = parse_release(text, name=name)
    assert [a.title for a in release.about] == titles
    assert [s.title for s in release.all_sections()] == titles


@pytest.mark.parametrize("text, name", [
    ("# Valley Co-op Opens a Seed Library\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "\n\n"
     "The chair of the board said: “We wanted every grower to have seed of their own.”About Valley Co-op\n\n"
     "The cooperative has served growers in the valley since its founding.\n", "r.md"),
    ("Valley Co-op Opens a Seed Library\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "\n\n"
     "The chair said the library would open every Saturday (weather permitting)About Valley Co-op\n\n"
     "The cooperative has served growers in the valley since its founding.\n", "r.txt"),
])
def test_an_about_title_glued_after_a_closing_quote_or_bracket(text, name):
    release = parse_release(text, name=name)
    assert [a.title for a in release.about] == ["About Valley Co-op"]


@pytest.mark.parametrize("text, name", [
    ("# Valley Co-op Opens a Seed Library\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "\n\n"
     "About Valley Growers Co-opValley Growers Co-op is a member-owned cooperative serving the valley.\n", "r.md"),
    ("Valley Co-op Opens a Seed Library\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "\n\n"
     "ABOUT VALLEY GROWERS CO-OPVALLEY GROWERS CO-OP is a member-owned cooperative serving the valley.\n", "r.txt"),
])
def test_an_about_title_glued_to_its_text_with_no_space_between(text, name):
    release = parse_release(text, name=name)
    assert [a.title.casefold() for a in release.about] == ["about valley growers co-op"]


_SEEDS = ("本日、谷の組合は種子図書館を開きました。会員は誰でも種を借りられます。貸出は一度に五袋までで、"
          "返却は次の季節までにお願いしています。種は組合の畑で育てたものです。") * 2
_RULES = ("貸出の規則は組合の総会で決めたもので、種を返すときには育てた畑の場所と収穫の様子を用紙に書いてもらいます。"
          "用紙は図書館の入口に置いてあり、記入した用紙は次の会員が種を選ぶときの参考になります。") * 2


@pytest.mark.parametrize("source, suffix", [
    (f"# 種子図書館が開館\n\n{_SEEDS}\n\n※1 組合の貸出規則 組合HP掲載\n\n{_RULES}\n\n## 開館時間\n\n毎週土曜日です。\n", ".md"),
    (f"<h1>種子図書館が開館</h1><p>{_SEEDS}</p><div><a href='https://example.org/rules'>※1　組合の貸出規則</a></div>"
     f"<p>{_RULES}</p><h2>開館時間</h2><p>毎週土曜日です。</p>", ".html"),
])
def test_a_note_under_its_reference_mark_is_no_section(source, suffix):
    assert [s.title for s in parse_release(source, suffix=suffix).sections] == ["開館時間"]


@pytest.mark.parametrize("source, suffix", [
    ("Seed Library Opens Its Doors\nMay 4, 2031\nLAKEVIEW -\n" + "The cooperative opened its seed library to members "
     "and visitors from the valley this week, with shelves for two hundred kinds of seed.\nVolunteers from the\n"
     "Lakeview Garden Club, the county extension office and three schools\nhelped sort the first donations over the "
     "winter, and they will keep the catalogue up to date every month.\n", ".txt"),
    ("# Saatgutbibliothek eröffnet\n\nDie Genossenschaft hat ihre Saatgutbibliothek für alle Mitglieder und Gäste aus "
     "dem Tal geöffnet, mit Regalen für zweihundert Sorten.\n\nGeholfen haben Freiwillige von der\n\n"
     "Gartenfreunde Lakeview, dem Kreisamt und drei Schulen, die im Winter die ersten Spenden sortiert haben und "
     "den Katalog jeden Monat pflegen werden.\n", ".md"),
])
def test_a_line_ending_on_an_article_or_preposition_goes_on_and_titles_nothing(source, suffix):
    assert parse_release(source, suffix=suffix).sections == []


@pytest.mark.parametrize("links", [
    "**[Join the library](https://example.org/join)**",
    '<p><a href="/guide.pdf" class="btn">Download the guide</a> <a href="/order">Order a print copy</a></p>',
])
def test_a_line_of_links_only_is_no_title(links):
    text = f"# Seed Library Opens\n\n{PROSE}\n\n## Opening hours\n\n{OTHER}\n\n{links}\n\n## Who may borrow\n\n{OTHER}x\n"
    assert titles(text, "r.md") == ["Opening hours", "Who may borrow"]


@pytest.mark.parametrize("caption", [
    "***Volunteers sorting bean packets in the hall***",
    "_**The new shelves, photographed by a member**_",
])
def test_an_italic_caption_below_an_image_is_no_title(caption):
    text = (f"# Seed Library Opens\n\n{PROSE}\n\n![shelves](shelves.jpg)\n\n{caption}\n\n{OTHER}\n\n"
            f"**Opening hours**\n\n{OTHER}x\n")
    assert titles(text, "r.md") == ["Opening hours"]


@pytest.mark.parametrize("text, first", [
    ("# Seed Library Opens\n\n## Why a library\n\nLAKEVIEW, Ore., May 2, 2031 – " + PROSE + "\n\n## Opening hours\n\n"
     + OTHER + "\n", "Why a library"),
    ("# 種子圖書館開幕\n\n## 為什麼要有種子圖書館\n\n2031年5月2日，台中——綠野合作社今天開放種子圖書館，會員可以免費借用在地品種的種子。\n\n"
     "## 開放時間\n\n每週六上午九點到下午五點開放，平日需要預約。\n", "為什麼要有種子圖書館"),
])
def test_a_part_s_heading_above_the_dateline_is_a_section(text, first):
    assert titles(text, "r.md")[0] == first


def test_a_sub_headline_above_the_dateline_is_no_section():
    text = ("# Seed Library Opens\n\n## The valley's growers can now borrow more than two hundred heirloom varieties "
            "for free\n\nLAKEVIEW, Ore., May 2, 2031 – " + PROSE + "\n\n## Opening hours\n\n" + OTHER + "\n")
    assert titles(text, "r.md") == ["Opening hours"]


@pytest.mark.parametrize("box", [
    "### Want seeds of your own? Join the library today!\n\n[Become a member](https://example.org/join)",
    '<h3>Une association ? Rejoignez la grainothèque !</h3>\n<p><a href="/adherer" class="button">Adhérer</a></p>',
])
def test_a_box_heading_over_nothing_but_a_button_is_no_section(box):
    text = f"# Seed Library Opens\n\n{PROSE}\n\n## Opening hours\n\n{OTHER}\n\n{box}\n\n## Who may borrow\n\n{OTHER}x\n"
    assert titles(text, "r.md") == ["Opening hours", "Who may borrow"]


@pytest.mark.parametrize("text, name", [
    ("# Seed Library Opens\n\nLAKEVIEW, May 4, 2023 — " + PROSE + "\n\n## About the Seed Co-op\n\n" + OTHER
     + "\n\n**Media contact:**\n\nJo Pell\n\njo.pell@seedcoop.org\n\n## Grow with us\n\nJoin the co-op in two minutes.\n",
     "r.md"),
    ("<html><body><h1>Seed Library Opens</h1><p>LAKEVIEW, May 4, 2023 — " + PROSE + "</p><h2>About the Seed Co-op</h2><p>"
     + OTHER + "</p><p><strong>Press contact</strong><br>Jo Pell<br>jo.pell@seedcoop.org</p><section><h2>Start "
     "saving seed today</h2><p>Free for members.</p><a href=\"/join\">Join</a></section></body></html>", "r.html"),
])
def test_a_call_to_action_after_the_contacts_is_no_section(text, name):
    found = titles(text, name)
    assert "About the Seed Co-op" in found and found[-1] in ("Media contact:", "Press contact")


def test_a_titled_part_after_the_contacts_stays_a_section():
    text = ("# Seed Library Opens\n\nLAKEVIEW, May 4, 2023 — " + PROSE + "\n\n**Media contact:**\n\nJo Pell\n\n"
            "jo.pell@seedcoop.org\n\n## About the Seed Co-op\n\n" + OTHER + "\n")
    assert titles(text, "r.md")[-1] == "About the Seed Co-op"


@pytest.mark.parametrize("name", ["r.md", "r.txt"])
def test_an_about_title_between_double_spaces_of_a_flattened_text_is_a_section(name):
    text = ("Seed Library Opens\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "  " + OTHER + "  About the Valley "
            "Orchard Society  The award-winning Valley Orchard Society keeps old fruit varieties alive across the "
            "valley and lends grafting tools to its members.\n")
    if name == "r.md":
        text = "# " + text
    release = parse_release(text, name=name)
    assert [a.title for a in release.about] == ["About the Valley Orchard Society"]


@pytest.mark.parametrize("name", ["r.md", "r.txt"])
def test_an_about_title_run_into_a_text_naming_it_again_is_a_section(name):
    text = ("Seed Library Opens\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + " " + OTHER + " About Seedfolk Commons "
            "Seedfolk Commons™ runs free seed libraries in twelve valley towns and trains volunteer librarians.\n")
    if name == "r.md":
        text = "# " + text
    release = parse_release(text, name=name)
    assert [a.title for a in release.about] == ["About Seedfolk Commons"]


@pytest.mark.parametrize("label, name", [("Press Contact:", "r.md"), ("Investor contact", "r.txt")])
def test_a_plain_contact_label_titles_the_contacts(label, name):
    text = ("Seed Library Opens\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "\n\n" + OTHER + "\n\n" + label
            + "\n\nJo Pell\n\n541-555-0142\n\njo.pell@seedcoop.org\n")
    assert titles("# " + text if name == "r.md" else text, name)[-1] == label


def test_a_sentence_leading_into_the_contacts_is_no_title():
    text = ("Seed Library Opens\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "\n\n" + OTHER
            + "\n\nFor interviews, contact:\n\nJo Pell\n\n541-555-0142\n\njo.pell@seedcoop.org\n")
    assert "For interviews, contact:" not in titles(text)


@pytest.mark.parametrize("lead, name", [("The survey found:", "r.md"), ("Members' favourites include:", "r.txt")])
def test_an_intro_clause_over_a_list_among_colon_titles_is_no_title(lead, name):
    text = ("Seed Library Opens\n\nLAKEVIEW, May 4, 2023 -- " + PROSE + "\n\nHighlights:\n\n- Two hundred varieties\n\n"
            "- A grafting day each spring\n\n" + OTHER + "\n\n" + lead + "\n\n- Beans from the hills\n\n- Frost-hardy kale\n\n"
            + OTHER + "\n\nHow to join:\n\n- Bring a packet\n\n- Sign the register\n\n" + OTHER + "\n")
    found = titles("# " + text if name == "r.md" else text, name)
    assert lead not in found and "How to join:" in found


@pytest.mark.parametrize("closing", ["## About the Seed Co-op\n\nThe co-op lends seed.", "## Notes to editors\n\nPhotos on request."])
def test_a_short_titled_part_after_the_contacts_is_no_call_to_action(closing):
    text = ("# Seed Library Opens\n\nLAKEVIEW, May 4, 2023 — " + PROSE + "\n\n**Media contact:**\n\nJo Pell\n\n"
            "jo.pell@seedcoop.org\n\n" + closing + "\n")
    assert titles(text, "r.md")[-1] == closing.split("\n")[0][3:]


@pytest.mark.parametrize("label, name", [("Pressekontakt:", "r.txt"), ("Contacto", "r.txt"), ("Pressekontakt", "r.md")])
def test_a_one_word_contact_label_standing_alone_titles_the_contacts(label, name):
    text = (f"Seed Library Opening\n\nLAKEVIEW, May 4, 2023 — {PROSE}\n\n{OTHER}\n\n{label}\n\n"
            "Dana Reed\n\n+1 555 0100 200\n\npress@seeds.invalid\n")
    assert titles(text, name) == [label]


@pytest.mark.parametrize("question, name", [("What comes next?", "r.txt"), ("¿Cómo participar?", "r.txt"),
                                            ("Wie geht es weiter?", "r.txt")])
def test_a_short_question_standing_alone_titles_its_part(question, name):
    text = f"Seed Library Opening\n\nLAKEVIEW, May 4, 2023 — {PROSE}\n\n{question}\n\n{OTHER}\n"
    assert titles(text, name) == [question]


def test_a_long_question_standing_alone_is_a_sentence_not_a_title():
    text = (f"Seed Library Opening\n\nLAKEVIEW, May 4, 2023 — {PROSE}\n\n"
            f"Who would have thought a library of seeds could grow so quickly in one valley?\n\n{OTHER}\n")
    assert titles(text) == []


def test_numbered_lines_right_under_each_other_are_a_list_not_titles():
    page = ("<html><body><h1>市民协会向市政府递交联署</h1><p>（江城讯，2031年4月2日）江城市民协会今天向市政府递交了"
            "有一万二千人签名的联署书，要求市政府在预算中照顾夜间出行的市民，并公开相关的审议过程。</p>"
            "<p>联署书提出三项要求：<br>（1）延长公交夜班线路<br>（2）增加自行车道<br>（3）公开预算审议</p>"
            "<p>协会表示，市政府将在五月的会议上答复联署书的要求，协会届时会向市民报告答复的内容和下一步的安排。</p>"
            "<p><b>联系方式</b></p><p>江城市民协会 电话：020-5550-1234</p></body></html>")
    assert titles(page, "r.html") == ["联系方式"]
    text = ("# Riders hand in their petition\n\nLAKEVIEW, May 4, 2031 — " + PROSE + "\n\n"
            "(1) Longer night buses\n\n(2) More cycle lanes\n\n(3) An open budget\n\n" + OTHER + "\n\n"
            "(1) The route plan\n\nThe night buses would run every half hour until two in the morning on the three lines "
            "that cross the river, the riders' group wrote in its petition.\n\n(2) The budget\n\n"
            "The council would publish the draft budget of the bus company a month before its vote, so that "
            "riders can read it and ask questions at the hearing.\n")
    assert titles(text, "r.md") == ["(1) The route plan", "(2) The budget"]


@pytest.mark.parametrize("closing, name", [
    # Markdown: a pipe table of the report's documents under its heading
    ("## Report files\n\n| Full report | Summary |\n|---|---|\n| [PDF](/report.pdf) | [PDF](/summary.pdf) |\n", "r.md"),
    # HTML: the same list of documents as a table row
    ("<h3>Report files</h3><table><tr><td><a href='/report.pdf'>Full report</a></td>"
     "<td><a href='/summary.pdf'>Summary</a></td></tr></table>", "r.html"),
])
def test_a_table_of_documents_after_the_contacts_is_no_call_to_action(closing, name):
    if name == "r.md":
        text = ("# Seed Library Opens\n\nLAKEVIEW, May 4, 2023 — " + PROSE + "\n\nFor further information contact "
                "Jo Pell, 541-555-0142, or jo.pell@seedcoop.org.\n\n" + closing)
    else:
        text = ("<h1>Seed Library Opens</h1><p>LAKEVIEW, May 4, 2023 — " + PROSE + "</p><p>For further information "
                "contact Jo Pell, 541-555-0142, or jo.pell@seedcoop.org.</p>" + closing)
    assert titles(text, name)[-1] == "Report files"


@pytest.mark.parametrize("text, wanted", [
    # Japanese, a heading mark that is also a bullet over each part, the part's text on the next line
    ("市民農園が開園\n\n2031年4月2日\n\n" + "江城市は本日、市民農園を開園しました。" * 4 + "\n\n■農園の概要\n"
     + "農園は駅の北側にあり、二百区画を貸し出します。" * 3 + "\n\n■今後の予定\n" + "六月には収穫祭を開きます。" * 3 + "\n",
     ["農園の概要", "今後の予定"]),
    # Chinese, ● marks, a blank line between each heading and its text
    ("江城图书馆扩建完工\n\n2031年4月2日\n\n" + "江城图书馆今天宣布扩建工程完工。" * 4 + "\n\n●扩建内容\n\n"
     + "新馆增加了三层阅览室和儿童区。" * 3 + "\n\n●开放时间\n\n" + "每天上午九点至晚上九点开放。" * 3 + "\n",
     ["扩建内容", "开放时间"]),
])
def test_a_heading_mark_that_is_also_a_bullet_titles_its_part(text, wanted):
    assert titles(text) == wanted


def test_marked_lines_in_a_row_stay_a_list():
    text = ("市民農園が開園\n\n2031年4月2日\n\n" + "江城市は本日、市民農園を開園しました。" * 4 + "\n\n"
            "■水道\n■物置\n■駐輪場\n\n" + "区画の申し込みは五月から受け付けます。" * 3 + "\n")
    release = parse_release(text, name="r.txt")
    assert titles(text) == []
    assert [b.text for b in release.blocks if b.kind == "item"] == ["水道", "物置", "駐輪場"]


@pytest.mark.parametrize("text, name, label", [
    (f"Seed Library Opening\n\nLAKEVIEW, May 4, 2031 — {PROSE}\n\n{OTHER}\n\nMedia contacts\n\n"
     "Lakeview Co-op Press Team\n\npress@lakeview-coop.example.org\n", "r.txt", "Media contacts"),
    (f"# Saatgutbibliothek öffnet\n\nSEEHAFEN, 4. Mai 2031 – {PROSE}\n\n{OTHER}\n\n## Pressekontakt\n\n"
     "Presseteam der Genossenschaft Seehafen\n\npresse@genossenschaft-seehafen.example.de\n", "r.md", "Pressekontakt"),
])
def test_a_desk_named_under_the_contacts_title_is_no_section(text, name, label):
    release = parse_release(text, name=name)
    assert [s.title for s in release.all_sections()] == [label]
    assert [c.emails for c in release.contacts] == [[text.strip().split("\n")[-1]]]
