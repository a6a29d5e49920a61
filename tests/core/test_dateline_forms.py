"""Dates and datelines in the forms releases write them, in words of our own."""

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.structure import find_date

BODY = "The cooperative opened its new seed library to members and visitors from the valley this week."


@pytest.mark.parametrize("text, iso", [
    ("LAKEVIEW, Sept, 9, 2019 — The", "2019-09-09"),          # a stray comma after the month
    ("Lakeview, Ore., October, 2, 2021 - The", "2021-10-02"),
    ("2023/11/05", "2023-11-05"),                               # year first with slashes
    ("2024.2.29 発表", "2024-02-29"),                            # and with dots
    ("7 2019年6月: Lakeview", "2019-06-07"),                     # the day put before year and month
    ("民國112年4月9日", "2023-04-09"),                             # ROC years count from 1912
    ("【113年10月1日，嘉義】", "2024-10-01"),
    ("令和3年7月15日", "2021-07-15"),                              # Japanese eras
    ("平成30年1月5日", "2018-01-05"),
    ("令和元年12月2日", "2019-12-02"),
    ("the 1998 grove, 令和3年7月15日", "2021-07-15"),             # a bare year beside an era date
    ("令和3年7月15日, then 3 March 2022", "2021-07-15"),          # the earlier of two kinds
    ("Lakeview, 14 years on: 3 March 2022", "2022-03-03"),
])
def test_date_forms(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize("text", ["version 2.10.3", "ratio 2019/20", "room 12.03.1"])
def test_numbers_that_are_no_dates(text):
    assert find_date(text) is None


def test_a_weekday_after_a_chinese_date_is_no_place():
    release = parse_release(f"# 種子圖書館開幕\n\n今日，2022年5月6日星期五，{BODY}\n", name="r.md")
    assert (release.date, release.place) == ("2022-05-06", None)
    release = parse_release(f"# 种子图书馆开幕\n\n2021年9月3日（金）、{BODY}\n", name="r.md")
    assert release.date == "2021-09-03"


@pytest.mark.parametrize("opening", ["Today, 4 May 2023 — ", "Yesterday, May 4, 2023 - "])
def test_a_word_for_today_is_no_place(opening):
    release = parse_release(f"# Seed Library Opens\n\n{opening}{BODY}\n", name="r.md")
    assert (release.date, release.place) == ("2023-05-04", None)


@pytest.mark.parametrize("opening, iso", [
    ("Am heutigen 4. Mai 2023 hat die Genossenschaft ihre Saatgutbibliothek für Mitglieder und Gäste aus dem "
     "Tal eröffnet.", "2023-05-04"),
    ("En el día de hoy, 4 de mayo de 2023, la cooperativa ha abierto su biblioteca de semillas a socios y "
     "visitantes del valle.", "2023-05-04"),
    ("Ce jour, 4 mai 2023, la coopérative a ouvert sa grainothèque aux membres et aux visiteurs de la vallée.",
     "2023-05-04"),
])
def test_a_phrase_for_today_is_no_place(opening, iso):
    release = parse_release(f"# Saatgut\n\n{opening}\n", name="r.md")
    assert (release.date, release.place) == (iso, None)


@pytest.mark.parametrize("opening", [f"Beijing time, May 4, 2023 — {BODY}", f"CET, 4 May 2023 – {BODY}",
                                     "北京时间2023年5月4日，合作社向会员和来自山谷的访客开放了新的种子图书馆。"])
def test_a_time_zone_before_the_date_is_no_place(opening):
    release = parse_release(f"# Seed Library Opens\n\n{opening}\n", name="r.md")
    assert (release.date, release.place) == ("2023-05-04", None)


LATER = "Volunteers sort the seeds every Saturday, log each loan and show newcomers how to save and store their own."
ZH_BODY = "合作社向会员和来自山谷的访客开放了新的种子图书馆，这是该地区第一座由居民自己管理的种子图书馆，馆内收藏了上百个本地品种。"
ZH_LATER = "志愿者每周六都会在那里整理种子、登记借阅，并向新来的居民讲解如何留种和保存，让更多家庭可以在自家的菜园里种出老品种。"


@pytest.mark.parametrize("text", [
    f"# Seed Library Opens\n\n{BODY} {BODY}\n\n{LATER} {LATER}\n\nThe swap runs on May 4, 2031 at the hall, "
    "with tables for seeds, tools and books.\n",
    f"# 种子图书馆开幕\n\n{ZH_BODY}{ZH_BODY}\n\n{ZH_LATER}{ZH_LATER}\n\n"
    "北京时间2031年5月4日上午十点，交换日在大厅开始，届时会有种子、工具和书籍的交换桌。\n",
])
def test_a_date_in_a_sentence_after_two_paragraphs_of_the_story_is_no_dateline(text):
    release = parse_release(text, name="r.md")
    assert (release.date, release.place) == (None, None)


@pytest.mark.parametrize("text, name", [
    ("# 种子图书馆\n\n2023年5月4日上午十点，合作社向会员和来自山谷的访客开放了新的种子图书馆。\n", "r.md"),
    ("種子圖書館開幕\n\n2023年5月4日晚上，合作社向會員和來自山谷的訪客開放了新的種子圖書館。\n", "r.txt"),
])
def test_a_time_of_day_after_a_cjk_date_is_no_place(text, name):
    release = parse_release(text, name=name)
    assert (release.date, release.place) == ("2023-05-04", None)


@pytest.mark.parametrize("text, place", [
    (f"(嘉義訊，2023年4月9日){BODY}", "嘉義"),          # a news desk's mark is no part of the place
    (f"（高雄讯，2023年4月9日）{BODY}", "高雄"),
])
def test_a_dispatch_mark_leaves_the_place(text, place):
    release = parse_release(f"# 種子圖書館開幕\n\n{text}\n", name="r.md")
    assert (release.date, release.place) == ("2023-04-09", place)


def test_an_embargo_banner_is_no_dateline():
    release = parse_release("Seed Library Opens\n\nEMBARGO 06:00 12 June 2022\n\n"
                            f"{BODY} {BODY}\n", name="r.txt")
    assert release.place is None
    assert release.embargo.startswith("2022-06-12")


@pytest.mark.parametrize("line", ["Ends/Friday, June 3, 2022", "-ends- 3 June 2022", "### June 3, 2022"])
def test_an_end_mark_is_no_place(line):
    release = parse_release(f"# Seed Library Opens\n\n{BODY}\n\n{BODY}\n\n{line}\n", name="r.md")
    assert release.place is None


@pytest.mark.parametrize("line", ["Admin | May 2, 2021", "Posted by | 2 May 2021"])
def test_a_byline_is_no_place(line):
    release = parse_release(f"Seed Library Opens\n\n{line}\n\n{BODY} {BODY}\n", name="r.txt")
    assert (release.date, release.place) == ("2021-05-02", None)


@pytest.mark.parametrize("opening, place", [
    ("LAKEVIEW, Ore., May 4 /Valley Wire/ -- ", "LAKEVIEW, Ore."),    # a wire dateline with no year
    ("PINE BLUFF, Ark., Oct. 12 — ", "PINE BLUFF, Ark."),
])
def test_a_wire_dateline_without_a_year_gives_the_place(opening, place):
    text = f"---\ntitle: Seed Library Opens\ndate: 2020-05-04\n---\n\n{opening}{BODY} It opened on March 3, 2020.\n"
    release = parse_release(text, name="r.md")
    assert (release.date, release.place) == ("2020-05-04", place)


@pytest.mark.parametrize("opening, place", [
    ("Lyon, le 9 mars – ", "Lyon"),                      # a French dateline with no year
    ("Hamburg, Montag, 3. März – ", "Hamburg"),
    ("VALENCIA, 3 de marzo – ", "VALENCIA"),
    ("Denver, Colorado – ", "Denver, Colorado"),         # a mixed-case place with no date at all
])
def test_a_dateline_without_a_year_or_date_gives_the_place(opening, place):
    text = f"---\ntitle: Seed Library Opens\ndate: 2020-03-09\n---\n\n{opening}{BODY} {BODY}\n"
    release = parse_release(text, name="r.md")
    assert (release.date, release.place) == ("2020-03-09", place)


@pytest.mark.parametrize("opening", ["Jane Roe, Chief Executive – ", "Acme Seeds, Inc. – "])
def test_a_name_and_title_before_a_dash_is_no_place(opening):
    release = parse_release(f"# Seed Library Opens\n\n{opening}{BODY} {BODY}\n", name="r.md")
    assert release.place is None


@pytest.mark.parametrize("opening, place", [
    ("ADELAIDE, SA, 3 March 2025 — ", "ADELAIDE, SA"),      # a region's letters are no weekday
    ("Hamburg, Freitag, 7. März 2025 – ", "Hamburg"),
    ("Sevilla, lunes 3 de marzo de 2025 – ", "Sevilla"),
])
def test_a_weekday_between_place_and_date_is_no_part_of_the_place(opening, place):
    release = parse_release(f"# Seed Library Opens\n\n{opening}{BODY}\n", name="r.md")
    assert release.place == place


@pytest.mark.parametrize("banner, stamp", [
    ("EMBARGOED UNTIL 00:01 hrs GMT, 6 June 2022", "2022-06-06T00:01+00:00"),
    ("Embargo: 6 June 2022, 10:30 CEST", "2022-06-06T10:30+02:00"),
])
def test_an_embargo_keeps_its_time_zone(banner, stamp):
    release = parse_release(f"Seed Library Opens\n\n{banner}\n\n{BODY} {BODY}\n", name="r.txt")
    assert release.embargo == stamp


@pytest.mark.parametrize("opening, place, dateline", [
    ("【112年1月24日，嘉義】", "嘉義", "【112年1月24日"),   # the place after an ROC date in brackets
    ("Lakeview, Ore. (May 4, 2023) – ", "Lakeview, Ore.", "Lakeview, Ore. (May 4, 2023)"),
])
def test_a_bracketed_dateline(opening, place, dateline):
    release = parse_release(f"# Seed Library Opens\n\n{opening}{BODY} {BODY}\n", name="r.md")
    assert (release.place, release.dateline) == (place, dateline)


@pytest.mark.parametrize("opening, place", [
    ("(Kingston, ON) March 3, 2025 – ", "Kingston, ON"),     # a place in brackets; ON is a province
    ("LAKEVIEW (Valley Wire) — ", "LAKEVIEW"),               # a wire's name after the place, no date
])
def test_a_place_in_or_before_brackets(opening, place):
    release = parse_release(f"# Seed Library Opens\n\n{opening}{BODY} {BODY}\n", name="r.md")
    assert release.place == place


@pytest.mark.parametrize("line, place", [
    ("2031年5月6日，杭州——本馆今日宣布新馆开放，新馆设有阅览室和自习室。", "杭州"),  # date first, then a dash pair
    ("大阪、2031年5月6日 — 本日、新館を開館しました。新館には閲覧室があります。", "大阪"),  # a story of 25 CJK characters
])
def test_cjk_datelines_before_a_story_of_ordinary_length(line, place):
    from mediakit.core.analyse import parse_release

    release = parse_release("# 新馆开放\n\n" + line + "\n", suffix=".md")
    assert (release.place, release.date) == (place, "2031-05-06")


@pytest.mark.parametrize("text, place", [
    ("Library opens its new wing\nFOR IMMEDIATE RELEASE\nSpringfield, Ohio,\nThe city library opened its new wing on "
     "Monday, with two reading rooms and a children's floor for the families of the town.\n", "Springfield, Ohio"),
    ("# Harbour ferry returns\n\nPORTLAND, Maine —\n\nThe harbour ferry returns to the bay on Saturday after a winter "
     "of repairs, with six crossings a day until the end of the summer season.\n", "PORTLAND, Maine"),
])
def test_a_place_alone_on_its_line_above_the_story(text, place):
    from mediakit.core.analyse import parse_release

    assert parse_release(text, suffix=".md" if text.startswith("#") else ".txt").place == place


def test_a_name_and_a_title_on_a_line_are_no_place():
    from mediakit.core.analyse import parse_release

    text = ("# Trust names a new chair\n\nJane Roe, Chair,\n\nThe trust named its new chair on Monday after a year "
            "in which its board met twelve times and its members voted twice.\n")
    assert parse_release(text, suffix=".md").place is None


@pytest.mark.parametrize("lines, place", [
    (["DENVER -", "The county clerk today opened a second office in the north of the city, with longer hours "
      "on weekdays and a desk for voter registration."], "DENVER"),
    (["BOSTON", "—", "The harbour authority today named the builder of its new ferry terminal, which is due "
      "to open before the summer of next year."], "BOSTON"),
])
def test_an_upper_case_place_alone_with_its_dash(lines, place):
    from mediakit.core.analyse import parse_release

    text = "\n".join(["County opens a second office", "Press Release", "May 4, 2031", *lines]) + "\n"
    release = parse_release(text, suffix=".txt")
    assert (release.place, release.date) == (place, "2031-05-04")


def test_an_upper_case_label_with_a_dash_is_no_place():
    from mediakit.core.analyse import parse_release

    text = ("Office hours change\nMay 4, 2031\nUPDATE -\nThe county clerk's office will close at noon on Friday "
            "for the staff's training day, and open as usual on Monday.\n")
    assert parse_release(text, suffix=".txt").place is None


@pytest.mark.parametrize("line", [
    "新しい窓口では2031年5月6日から土曜日も受付を行い、平日の受付時間も午後七時まで延長します。",
    "市立図書館は改装を終えました。閲覧室は2031年5月6日に再開し、自習室も同じ日から使えるようになります。",
])
def test_a_date_inside_a_japanese_sentence_gives_no_place(line):
    from mediakit.core.analyse import parse_release

    release = parse_release("# 窓口の受付時間を延長\n\n" + line + "\n", suffix=".md")
    assert release.place is None


@pytest.mark.parametrize("line, place", [
    ("GARDEN EXPO 2031, DENVER, Colo., May 6, 2031 – The expo opened its gates to more than forty growers today.",
     "DENVER, Colo."),
    ("Harbour Days 31, Portland, Maine, May 6, 2031 – The festival opened on the quay with music and boats today.",
     "Portland, Maine"),
])
def test_an_event_named_before_the_dateline_place_is_left_out(line, place):
    from mediakit.core.analyse import parse_release

    assert parse_release("# Expo opens\n\n" + line + "\n", suffix=".md").place == place


@pytest.mark.parametrize("above, below", [
    ("2031年3月9日", "（写真：2031年3月8日午後撮影）"),
    ("March 9, 2031", "(Photo taken March 8, 2031)"),
])
def test_the_date_line_above_the_headline_outranks_a_caption_date_below_it(above, below):
    text = f"<p>{above}</p>\n<h1>Seed Library Opens Its Doors</h1>\n<p>{BODY}</p>\n<p>{below}</p>\n<p>{BODY}</p>\n"
    assert parse_release(text, name="r.html").date == "2031-03-09"


LONG = ("The cooperative opened its new seed library to members and visitors from the valley this week, "
        "with shelves of heirloom beans, squash and maize sorted by the growers who saved them.")
MORE = ("Members may borrow up to a dozen packets a season and bring back seed from their own harvest, "
        "which volunteers test for germination before it goes back on the shelves for others.")


@pytest.mark.parametrize("later", [
    "Le 14 juin 2031, la bibliothèque a aussi reçu le prix régional des semences paysannes.",
    "- The autumn swap is planned for October 3, 2031 in the old grain hall",
])
def test_a_date_under_a_later_heading_is_no_dateline(later):
    text = (f"---\ndate: 2031-05-02\n---\n\n# Seed Library Opens\n\n{LONG}\n\n{MORE}\n\n"
            f"## What comes next\n\n{later}\n")
    release = parse_release(text, name="r.md")
    assert (release.date, release.place) == ("2031-05-02", None)
    assert [s.title for s in release.sections] == ["What comes next"]


def test_a_sub_headline_over_page_chrome_still_leaves_the_dateline_below_it():
    text = (f"# Seed Library Opens\n\n{LONG}\n\n### Shared by\n\nValley Growers\n\n"
            f"LAKEVIEW, Ore., May 2, 2031 – {LONG}\n")
    release = parse_release(text, name="r.md")
    assert (release.date, release.place) == ("2031-05-02", "LAKEVIEW, Ore.")


@pytest.mark.parametrize("key", ["publishDate: 2031-04-11", 'pubDate: "2031-04-11T09:00:00Z"'])
def test_a_post_date_under_another_generator_s_key_is_the_date(key):
    text = f"---\ntitle: Lantern walk\n{key}\n---\n\nFamilies walked the towpath with paper lanterns on Friday evening.\n"
    assert parse_release(text, name="r.md").date == "2031-04-11"


@pytest.mark.parametrize("line", [
    "2031 年 5 月 6 日，綠野種子基金會（GSF）正式開放種子圖書館，讓會員免費借用在地品種的種子。",
    "2031年5月6日，青禾农业合作社有限公司（Qinghe）宣布开放种子图书馆，会员可以免费借用本地品种的种子。",
])
def test_an_organisation_opening_a_chinese_lead_is_no_place(line):
    release = parse_release(f"# 種子圖書館開幕\n\n{line}\n", name="r.md")
    assert (release.date, release.place) == ("2031-05-06", None)


def test_a_chinese_place_after_the_date_is_still_the_place():
    release = parse_release("# 種子圖書館開幕\n\n2031年5月6日，台中——綠野合作社今天開放種子圖書館，會員可以免費借用種子。\n", name="r.md")
    assert release.place == "台中"


@pytest.mark.parametrize("sentence", [
    "The two owners were told to come back to the tribunal on June 2, 2031. Both face a fine if the panel rules against them.",
    "Members are asked to bring their seed packets to the library on Friday, 6 June 2031, for sorting by the volunteers of the garden club."])
def test_a_sentence_running_up_to_a_date_is_no_dateline(sentence):
    release = parse_release(f"FOR IMMEDIATE RELEASE\nMonday, March 3, 2031\nSeed Library Opens Its Doors\n"
                            f"{BODY}\n{sentence}\n", name="r.txt")
    assert release.place is None
    assert release.date == "2031-03-03"


@pytest.mark.parametrize("opening, place", [
    ("Cape May, New Jersey-- ", "Cape May, New Jersey"), ("Lakeview, Oregon -- ", "Lakeview, Oregon")])
def test_a_typed_double_dash_ends_a_dateline_with_no_date(opening, place):
    release = parse_release(f"Seed Library Opens Its Doors\n\n{opening}{BODY} {BODY}\n", name="r.txt")
    assert (release.place, release.date) == (place, None)


@pytest.mark.parametrize("text, place", [
    (f"# Seed Library Opens\n\nNEWS RELEASE\n\nFor Immediate Release\n\nMarch 4, 2023\n\n"
     f"**LAKEVIEW, Oregon** -- {BODY}\n", "LAKEVIEW, Oregon"),                 # a bold place, Markdown
    (f"Seed Library Opens\n\nFOR IMMEDIATE RELEASE\n4 March 2023\n\nKENDAL, Cumbria -- {BODY}\n",
     "KENDAL, Cumbria"),                                                        # and plain text
])
def test_an_upper_case_place_before_a_typed_dash_under_the_date_line(text, place):
    release = parse_release(text, name="r.md" if text.startswith("#") else "r.txt")
    assert (release.date, release.place) == ("2023-03-04", place)


@pytest.mark.parametrize("line, place", [
    (f"March 4, 2023 — LAKEVIEW, Ore. — {BODY}", "LAKEVIEW, Ore."),
    (f"4 March 2023, KENDAL – {BODY}", "KENDAL"),
    ("4 mars 2023 – Lyon – La coopérative a ouvert sa grainothèque aux membres et aux visiteurs.", "Lyon"),
])
def test_a_dateline_opening_with_its_date_gives_the_place_after_it(line, place):
    release = parse_release(f"# Seed Library Opens\n\n{line}\n", name="r.md")
    assert (release.date, release.place) == ("2023-03-04", place)


def test_a_name_after_an_opening_date_is_no_place_unless_a_region():
    release = parse_release(f"# Seed Library Opens\n\nMarch 4, 2023 - Jane Roe - {BODY}\n", name="r.md")
    assert (release.date, release.place) == ("2023-03-04", None)


@pytest.mark.parametrize("line, place", [
    (f"(Valley Newsline) - March 4, 2023 - LAKEVIEW — {BODY}", "LAKEVIEW"),      # the wire's tag first,
    (f"(RuralWire) – 4 March 2023 – Lakeview, Ore. – {BODY}", "Lakeview, Ore."),  # the place after the date
    (f"LAKEVIEW, Ore. - (Valley Newsline) - March 4, 2023 - {BODY}", "LAKEVIEW, Ore."),  # the tag between
])
def test_a_wire_tag_beside_the_date_is_no_place(line, place):
    release = parse_release(f"# Seed Library Opens\n\n{line}\n", name="r.md")
    assert (release.date, release.place) == ("2023-03-04", place)


@pytest.mark.parametrize("text", [
    ("Posted March 2, 2031\nHarbour museum reopens its ship hall\nPORTSMOUTH, N.H. – The harbour museum will "
     "reopen its ship hall to visitors on Saturday, March 7, after two years of repairs to the roof and walls.\n"
     "On June 4, 1921, the hall first opened its doors with a single schooner and a room of charts.\n"),
    ("# Trail society marks a century\n\n2 March 2031\n\nKENDAL, Cumbria — The trail society invites "
     "walkers to a day on the fells this spring, with guided routes for every pace and a picnic at the top.\n\n"
     "On 4 June 1931, twelve walkers met in a farmhouse kitchen and founded the society.\n"),
])
def test_a_date_in_a_later_paragraph_is_no_dateline_once_the_place_opened_the_story(text):
    from mediakit.core.analyse import parse_release

    release = parse_release(text, suffix=".md" if text.startswith("#") else ".txt")
    assert release.place in ("PORTSMOUTH, N.H.", "KENDAL, Cumbria")
    assert release.date == "2031-03-02"


@pytest.mark.parametrize("text, name, place", [
    ("<html><body><h1>Reading room reopens</h1><p class=meta>Posted on June 2, 2031</p><p>NORTH BAY, June 2, 2031 – "
     "The Lakeside Library Trust has reopened its reading room after a repair of the roof and will stay open "
     "until nine on weekdays.</p></body></html>", "r.html", "NORTH BAY"),
    ("# Fähre fährt auch sonntags\n\nVeröffentlicht am 3. April 2031\n\nSeehafen, 3. April 2031. Die Fährgesellschaft "
     "fährt ab Mai auch sonntags, sechs Mal am Tag, und nimmt Fahrräder kostenlos mit.\n", "r.md", "Seehafen"),
])
def test_a_pages_publication_line_is_no_dateline_place(text, name, place):
    release = parse_release(text, name=name)
    assert release.place == place


@pytest.mark.parametrize("text, suffix", [
    # a Markdown post: the date line under the headline, typed with no space after its comma
    ("# Seed library joins the county network\n4 October,2026\n\n" + BODY + " " + BODY + "\n", ".md"),
    # plain text, month first: "October 4,2026"
    ("Seed library joins the county network\n\nLAKEVIEW, October 4,2026 - " + BODY + " " + BODY + "\n", ".txt"),
])
def test_a_date_typed_with_no_space_after_its_comma(text, suffix):
    release = parse_release(text, suffix=suffix)
    assert release.date == "2026-10-04"


def test_a_count_after_a_day_is_still_no_date():
    assert find_date("By March 3,000 volunteers had signed up") is None


@pytest.mark.parametrize("text, name, place", [
    ("# Seed Library Opens Its Doors\n\n" + BODY + "\n\nThe library lends seeds for free.\n\nENDS.\n\n"
     "HOBART, 14th May\n\nMedia contact: Jo Pell 0412 555 018\n", "r.md", "HOBART"),
    ("Saatgutbibliothek öffnet ihre Türen\n\nDie Genossenschaft hat ihre Saatgutbibliothek für Mitglieder "
     "und Gäste aus dem Tal geöffnet.\n\nDie Bibliothek verleiht Saatgut kostenlos.\n\nKiel, 14. Mai 2031\n\n"
     "ENDE\n", "r.txt", "Kiel"),
])
def test_a_sign_off_by_the_end_mark_gives_the_place_a_release_prints_no_dateline_for(text, name, place):
    release = parse_release(text, name=name)
    assert release.place == place
    assert release.all_sections() == []


def test_a_date_line_with_no_place_by_the_end_mark_gives_no_place():
    text = "# Seed Library Opens Its Doors\n\n" + BODY + "\n\nDated: 14th May\n\n###\n"
    assert parse_release(text, name="r.md").place is None


@pytest.mark.parametrize("line, place", [
    ("LAKEVIEW, OR / Valley Newsline / March 4, 2031 / The co-op opened its seed library to members.", "LAKEVIEW, OR"),
    ("Lakeview, Oregon--(Valley Newsline - March 4, 2031) - The co-op opened its seed library to members.",
     "Lakeview, Oregon"),
    ("LAKEVIEW, Ore. (Newsline) March 4, 2031 -- The co-op opened its seed library to members.", "LAKEVIEW, Ore."),
])
@pytest.mark.parametrize("head, name", [("# Seed Library Opens\n\n", "r.md"), ("Seed Library Opens\n\n", "r.txt")])
def test_a_wire_tag_before_the_date_in_slashes_brackets_or_a_bracket_closed_after_it_is_no_place(
        line, place, head, name):
    release = parse_release(f"{head}{line}\n\n{BODY}\n", name=name)
    assert (release.place, release.date) == (place, "2031-03-04")


def test_a_place_with_a_wire_tag_and_no_date_is_the_dateline_place():
    text = ("Saatgutbibliothek öffnet\n\nKiel (Nordnachrichten) - Die Genossenschaft hat ihre Saatgutbibliothek "
            "für Mitglieder und Gäste geöffnet.\n\nDie Bibliothek verleiht Saatgut kostenlos.\n")
    assert parse_release(text, name="r.txt").place == "Kiel"


@pytest.mark.parametrize("text, name", [
    ("# 山城启用新图书馆\n\n新华社重庆2031年4月8日电 重庆市文化局8日宣布，山城新图书馆正式开放。\n\n"
     "该局负责人表示，新馆藏书将逐年增加。\n", "r.md"),
    ("山城啟用新圖書館\n\n中央社重慶2031年4月8日電 重慶市文化局8日宣布，山城新圖書館正式開放。\n\n"
     "該局負責人表示，新館藏書將逐年增加。\n", "r.txt"),
], ids=["simplified, Markdown", "traditional, plain text"])
def test_a_news_agency_before_the_place_is_no_part_of_it(text, name):
    release = parse_release(text, name=name)
    assert release.date == "2031-04-08"
    assert release.place in ("重庆", "重慶")
