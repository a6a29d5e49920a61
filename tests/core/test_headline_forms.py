"""Which line is the headline: labels run into it, salutations and page headings above it."""

import pytest

from mediakit.core.analyse import parse_release

BODY = "The cooperative opened its new seed library to members and visitors from the valley this week."


@pytest.mark.parametrize("title", ["MEDIA ADVISORY: Seed Library Opens Its Doors",
                                   "News release – Seed Library Opens Its Doors",
                                   "Pressemitteilung: Seed Library Opens Its Doors"])
def test_a_label_run_into_the_headline_is_dropped(title):
    release = parse_release(f"---\ntitle: \"{title}\"\n---\n\n{BODY}\n", name="r.md")
    assert release.title == "Seed Library Opens Its Doors"
    release = parse_release(f"# {title}\n\n{BODY}\n", name="r.md")
    assert release.title == "Seed Library Opens Its Doors"


def test_a_salutation_above_the_headline_is_no_headline():
    release = parse_release(f"報道関係者各位\n\n種子図書館が開館しました\n\n2022/06/01\n\n{BODY} {BODY}\n", name="r.txt")
    assert release.title == "種子図書館が開館しました"
    assert release.date == "2022-06-01"


_JA_BODY = "株式会社みどり農園（本社：松本市）は、本日、市内に直売所を開きました。地元の野菜を毎朝並べます。"


@pytest.mark.parametrize("label", ["【報道関係者各位】", "＜ニュースリリース＞", "［報道各位］"])
@pytest.mark.parametrize("layout", ["plain", "markdown"])
def test_a_salutation_in_brackets_is_no_headline_and_no_section(label, layout):
    """A Japanese release sets its salutation or label in brackets above the headline."""
    if layout == "plain":
        text, name = f"{label}\nみどり農園、駅前に直売所を開設\n2031年6月2日\n\n{_JA_BODY}\n", "r.txt"
    else:
        text, name = f"{label}\n\nみどり農園、駅前に直売所を開設\n\n2031年6月2日\n\n{_JA_BODY}\n", "r.md"
    release = parse_release(text, name=name)
    assert release.title == "みどり農園、駅前に直売所を開設"
    assert not any("各位" in s.title or "リリース" in s.title for s in release.sections)


@pytest.mark.parametrize("page", ["# Newsroom", "# Valley Co-op Press Kit", "# 最新消息"])
def test_a_page_heading_gives_way_to_the_heading_the_story_follows(page):
    text = (f"{page}\n\nNews\n\n#### Seed Library Opens Its Doors to the Valley\n\n"
            f"LAKEVIEW, May 4, 2023 — {BODY}\n\n## Opening hours\n\n{BODY}\n")
    release = parse_release(text, name="r.md")
    assert release.title == "Seed Library Opens Its Doors to the Valley"
    assert release.place == "LAKEVIEW"
    assert [s.title for s in release.all_sections()] == ["Opening hours"]


def test_a_subheading_under_the_headline_stays_a_subheading():
    text = (f"# Valley Co-op Opens a Seed Library for Members\n\n## Members borrow seeds and return them after harvest\n\n"
            f"LAKEVIEW, May 4, 2023 — {BODY}\n")
    release = parse_release(text, name="r.md")
    assert release.title == "Valley Co-op Opens a Seed Library for Members"


def test_the_heading_the_metadata_names_is_the_headline():
    text = (f"---\ntitle: Seed Library Opens\n---\n\n## About the Valley Co-op\n\n# Seed Library Opens\n\n{BODY}\n")
    assert parse_release(text, name="r.md").title == "Seed Library Opens"


@pytest.mark.parametrize("trail", ["Home › Newsroom › 2023", "Start > Press > Seed library"])
def test_a_breadcrumb_trail_is_no_headline(trail):
    release = parse_release(f"{trail}\n\nSeed Library Opens Its Doors\n\n{BODY} {BODY}\n", name="r.txt")
    assert release.title == "Seed Library Opens Its Doors"


@pytest.mark.parametrize("title", ["Vivero «Semillas» abre hoy", "Coopérative « Graines » ouverte",
                                   "Saatgut »Talgrün« wächst"])
def test_a_headline_quoting_a_name_in_guillemets_is_no_breadcrumb(title):
    release = parse_release(f"{title}\n\n{BODY} {BODY}\n", name="r.txt")
    assert release.title == title


def test_a_headline_with_an_arrow_in_it_stays_the_headline():
    release = parse_release(f"# Seed Library Opens > 200 Varieties on Its Shelves Today\n\n{BODY}\n", name="r.md")
    assert release.title == "Seed Library Opens > 200 Varieties on Its Shelves Today"


@pytest.mark.parametrize("above", ["News", "Latest news", "Newsroom"])
def test_a_page_s_section_name_above_a_scraped_headline_is_no_headline(above):
    release = parse_release(f"{above}\n\nSeed Library Opens Its Doors\n\n{BODY} {BODY}\n", name="r.txt")
    assert release.title == "Seed Library Opens Its Doors"


def test_a_one_word_first_line_is_the_headline_when_nothing_else_is():
    assert parse_release(f"Harvest\n\n{BODY} {BODY} {BODY}\n", name="r.txt").title == "Harvest"


@pytest.mark.parametrize("text, name, title", [
    ("# Riverside Gardeners Plant a Thousand Trees,\n\n# Town Council Gives Them the Meadow\n\n"
     f"{BODY}\n", "r.md", "Riverside Gardeners Plant a Thousand Trees, Town Council Gives Them the Meadow"),
    ("<html><body><h2>川辺の庭師たちが千本の木を植え、</h2><h2>町議会が牧草地を託した</h2>"
     f"<p>{BODY}</p></body></html>", "r.html", "川辺の庭師たちが千本の木を植え、町議会が牧草地を託した"),
])
def test_a_headline_that_stops_on_a_comma_goes_on_in_the_next_heading(text, name, title):
    release = parse_release(text, name=name)
    assert release.title == title
    assert release.all_sections() == []


HEREDOC_PAGE = """<?php
    require_once("site/app.php");
    $pageTitle = "Seed Library Opens Its Doors to the Valley";
    $html = <<<EOHTML
<div id="main">
    <h1>$pageTitle</h1>
    <p><b>LAKEVIEW - May 4, 2023</b> - {BODY}</p>
    <h3>Opening hours</h3>
    <p>{BODY}</p>
</div>
EOHTML;
    $App->generatePage($pageTitle, $html);
?>
"""

ECHO_PAGE = """<?php $pageTitle = 'Seed Library Opens Its Doors to the Valley'; ob_start(); ?>
<div id="main">
    <h1><?=$pageTitle?></h1>
    <h2>Members borrow seeds and return them after the harvest</h2>
    <p><b>LAKEVIEW - May 4, 2023</b> - {BODY}</p>
    <h3>Opening hours</h3>
    <p>{BODY}</p>
</div>
<?php $html = ob_get_clean(); $App->generatePage($pageTitle, $html); ?>
"""


@pytest.mark.parametrize("page", [HEREDOC_PAGE, ECHO_PAGE])
def test_a_php_page_shows_its_heredoc_html_and_the_title_it_echoes(page):
    release = parse_release(page.replace("{BODY}", BODY), name="r.php")
    assert release.title == "Seed Library Opens Its Doors to the Valley"
    assert (release.date, release.place) == ("2023-05-04", "LAKEVIEW")
    assert [s.title for s in release.all_sections()] == ["Opening hours"]


@pytest.mark.parametrize("text, name, title", [
    ("<html><body><h1>川辺の庭師たちが <br>\n「千本の木」を植える <br>\n計画を町に提出</h1>"
     f"<p>{BODY}</p></body></html>", "r.html", "川辺の庭師たちが「千本の木」を植える計画を町に提出"),
    ("const Title = styled.div`\n  font-size: 2em;\n`\n\nfunction Page () {\n  return (\n    <div>\n"
     "      <Title>\n      Riverside Gardeners <br />\nPlant a Thousand Trees\n      </Title>\n"
     f"      <p>{BODY}</p>\n    </div>\n  )\n}}\n", "r.jsx", "Riverside Gardeners Plant a Thousand Trees"),
])
def test_a_headline_broken_over_lines_inside_one_element_is_one_headline(text, name, title):
    release = parse_release(text, name=name)
    assert release.title == title
    assert release.all_sections() == []


@pytest.mark.parametrize("text, name", [
    ("2031年6月2日\n\n川辺の庭師たちが千本の木を植えました\n\n庭師たちは町の牧草地に千本の木を植えました。"
     "参加者は百人を超え、作業は夕方まで続きました。\n\n（写真：2031年6月1日午後撮影）\n\n"
     "植樹は来年も続けられる予定です。町は苗木の費用を負担します。\n", "r.txt"),
    ("<html><body><p>June 2, 2031</p><h1>Riverside Gardeners Plant a Thousand Trees</h1>"
     f"<p>{BODY}</p><p>(Photo: June 1, 2031, the morning planting)</p><p>{BODY}</p></body></html>", "r.html"),
])
def test_a_date_line_above_the_headline_beats_a_date_in_a_caption(text, name):
    assert parse_release(text, name=name).date == "2031-06-02"


@pytest.mark.parametrize("text, name", [
    ("<html><body><h1>News &amp; Events</h1><h4>Seed Library Opens Its Doors to the Valley</h4>"
     "<ul><li>Two hundred varieties on the shelves</li><li>Free for members</li><li>Open on Saturdays</li></ul>"
     f"<p>(Lakeview, May 4, 2023) – {BODY}</p></body></html>", "r.html"),
    ("# Press & Media\n\n#### Seed Library Opens Its Doors to the Valley\n\n* Two hundred varieties on the shelves\n"
     f"* Free for members\n* Open on Saturdays\n\nLAKEVIEW, May 4, 2023 -- {BODY}\n", "r.md"),
])
def test_a_headline_over_highlight_bullets_under_a_page_heading(text, name):
    release = parse_release(text, name=name)
    assert release.title == "Seed Library Opens Its Doors to the Valley"
    assert release.date == "2023-05-04"


@pytest.mark.parametrize("markup, title", [
    ("<h1>種子図書館が <br />\n駅前に <br />\n新しく開館</h1>", "種子図書館が駅前に新しく開館"),
    ("<h1>Seed Library Opens<br>Its Second Branch Downtown</h1>", "Seed Library Opens Its Second Branch Downtown"),
])
def test_a_line_break_inside_the_headline_breaks_one_headline(markup, title):
    release = parse_release(f"{markup}\n<p>{BODY}</p>\n<h2>Opening hours</h2>\n<p>{BODY}</p>\n", name="r.html")
    assert release.title == title
    assert [s.title for s in release.sections] == ["Opening hours"]



_NAV = "".join(f"Menu item {n}\n" for n in range(1, 9))
_TAIL = "Tags\nShare\nPrint\nEmail\nSave\n"


@pytest.mark.parametrize("page, tail", [
    ("Orchard Trust Plants Its Thousandth Pear Tree :: Orchard Trust\n" + _NAV,
     "Photo: the orchard\n640\n480\n" + _TAIL + "2031-04-07 09:30:00\n"),
    ("---\ntitle: \"Orchard Trust Plants Its Thousandth Pear Tree\"\n---\n\n" + _NAV,
     _TAIL + "Staff writer\nLinks\nRelated\nMore\nMonday, April 7, 2031\n")])
def test_the_line_printing_the_pages_title_is_the_headline_and_the_story_is_read_from_it(page, tail):
    release = parse_release(page + "Orchard Trust Plants Its Thousandth Pear Tree\n"
                            + f"{BODY}\nVolunteers from three villages took part.\nMore on the website.\n" + tail,
                            name="r.txt")
    assert release.title == "Orchard Trust Plants Its Thousandth Pear Tree"
    assert release.date == "2031-04-07"


@pytest.mark.parametrize("title_line, listed", [
    ("Ferry Timetable Changes For The Winter | Island Council", "June 5, 2031: Ferry Timetable Changes For The Winter"),
    ("Ferry Timetable Changes For The Winter - Island Council", "2031-06-05 – Ferry Timetable Changes For The Winter")])
def test_below_a_long_menu_the_headline_is_the_line_listing_it_after_its_date(title_line, listed):
    menu = "".join(f"Menu entry {n}\n" for n in range(1, 60))
    page = (f"{title_line}\n{menu}{listed}\nFerries will sail less often from November.\n"
            f"HARBOURTON – {BODY} The council said the change follows a survey of riders.\n")
    release = parse_release(page, name="r.txt")
    assert release.title == "Ferry Timetable Changes For The Winter"
    assert (release.date, release.place) == ("2031-06-05", "HARBOURTON")
    assert not [s for s in release.sections if s.title.startswith("Menu")]


@pytest.mark.parametrize("title, copy", [
    ("Harbour dredging to begin in spring", "HARBOUR DREDGING TO BEG IN IN SPRING"),
    ("Rail link: northern extension approved", "RAIL LINK ; NORTHERN EXTENSI0N APPROVED")])
def test_a_slipped_copy_of_the_headline_under_it_is_no_section(title, copy):
    release = parse_release(f"---\ntitle: \"{title}\"\n---\n\n {copy}\n\n {BODY} {BODY}\n\n"
                            " HOW TO TENDER FOR THE WORKS\n\n Firms may tender for the works until the end of the month,"
                            " the ministry said.\n", name="r.txt")
    assert release.title == title
    assert [s.title for s in release.sections] == ["HOW TO TENDER FOR THE WORKS"]


def test_a_page_title_that_is_the_publishers_name_gives_way_to_the_bold_headline():
    page = """<html><head><title>Cooperativa Agraria del Valle</title></head><body>
    <div class="cuerpo"><p><b>La cooperativa abre un nuevo molino de aceite en el pueblo</b></p>
    <p>JAÉN, 3 de abril de 2031. La Cooperativa Agraria del Valle abre el lunes un molino que moltura
    la aceituna de sus 900 socios.</p></div></body></html>"""
    assert parse_release(page, name="molino.html").title == "La cooperativa abre un nuevo molino de aceite en el pueblo"
    # a page title the release does not name in its sentences is its headline
    page = page.replace("Cooperativa Agraria del Valle</title>", "Nuevo molino para la comarca</title>")
    assert parse_release(page, name="molino.html").title == "Nuevo molino para la comarca"


@pytest.mark.parametrize("head", [
    # Hugo's TOML front matter between +++ lines
    '+++\ntitle = "Seed Library Opens Its Doors"\ndate = 2031-05-06\ndraft = false\n+++\n',
    # the same metadata lines fenced off as code at the top of the page
    "```\ntitle: Seed Library Opens Its Doors\ndate: 2031-05-06\ndescription: The valley's first seed library\n```\n",
])
def test_front_matter_in_toml_or_fenced_off_gives_title_and_date(head):
    release = parse_release(f"{head}\n{BODY} {BODY} {BODY}\n\n## Opening hours\n\n{BODY} {BODY}\n", name="r.md")
    assert (release.title, release.date) == ("Seed Library Opens Its Doors", "2031-05-06")
    assert [s.title for s in release.all_sections()] == ["Opening hours"]


def test_a_code_sample_opening_a_page_is_no_front_matter():
    release = parse_release(f"# Seed Library Opens Its Doors\n\n```\nshelf: 12\n```\n\n{BODY}\n", name="r.md")
    assert release.title == "Seed Library Opens Its Doors"


@pytest.mark.parametrize("source, suffix", [
    # Markdown in Chinese: the title only in the front matter, a shorter (denser) story paragraph
    ("---\ntitle: 种子图书馆开馆\n---\n\n山谷合作社本周向社员和来访者开放了新的种子图书馆，馆内收藏了两百多个本地品种，"
     "并将每月举办一次交换活动。社员可以免费借出种子，收获之后再把新的种子还回图书馆，让更多的人一起种下去。\n\n### 开放时间\n\n图书馆每周二至周六开放，节假日照常开放。\n", ".md"),
    # an HTML page in Japanese: the title in <title>, an <h3> after the story's first paragraph
    ("<html><head><title>種子図書館が開館</title></head><body><p>谷の協同組合は今週、組合員と来訪者に向けて新しい種子図書館を"
     "開きました。館内には二百を超える地元の品種が収められ、毎月交換会が開かれます。組合員は種子を無料で借り、収穫の後に"
     "新しい種子を返します。</p><h3>開館時間</h3>"
     "<p>図書館は火曜日から土曜日まで開いています。祝日も開館します。</p></body></html>", ".html"),
])
def test_a_heading_after_a_short_cjk_story_paragraph_is_a_section(source, suffix):
    release = parse_release(source, suffix=suffix)
    assert release.title in ("种子图书馆开馆", "種子図書館が開館")
    assert [s.title for s in release.all_sections()] in (["开放时间"], ["開館時間"])


@pytest.mark.parametrize("source, suffix", [
    # Markdown: the title in the front matter, a short story paragraph opened by its dateline, then ### parts
    ("---\ntitle: Seed Library Opens Its Doors\n---\n\nLAKEVIEW, Ore. – May 6, 2031 – The cooperative opened its "
     "seed library\nto members and visitors from the valley this week.\n\n### Key facts\n\n- Two hundred varieties\n"
     "- Open every Saturday\n", ".md"),
    # HTML: the title only in <title>, the dateline paragraph, an <h3> under it
    ("<html><head><title>Seed Library Opens Its Doors</title></head><body><p>LAKEVIEW, Ore., May 6, 2031 — The "
     "cooperative opened its seed library to members and visitors from the valley this week.</p><h3>Key facts</h3>"
     "<ul><li>Two hundred varieties</li><li>Open every Saturday</li></ul></body></html>", ".html"),
])
def test_a_heading_after_the_dateline_paragraph_is_a_section(source, suffix):
    release = parse_release(source, suffix=suffix)
    assert release.title == "Seed Library Opens Its Doors"
    assert [s.title for s in release.all_sections()] == ["Key facts"]


_DATELINE = ("PORTLAND, Maine, May 3, 2031 -- Tidewater Bakery said today it has bought the harbour mill, "
             "which will grind flour for its four shops from the autumn.")


@pytest.mark.parametrize("head, name", [
    ("**Tidewater Bakery Buys**\n\n**Harbour Mill Company**\n\n{story}\n", "r.md"),
    ("<html><body><div><b>TIDEWATER BAKERY BUYS</b></div><div><b>HARBOUR MILL COMPANY</b></div>"
     "<div>{story}</div></body></html>", "r.html"),
])
def test_a_bold_headline_set_over_two_lines_above_the_dateline_is_one_headline(head, name):
    release = parse_release(head.format(story=_DATELINE), name=name)
    assert release.title.casefold() == "tidewater bakery buys harbour mill company"
    assert release.place == "PORTLAND, Maine"
    assert release.all_sections() == []


def test_a_bold_subheadline_in_sentence_case_stays_out_of_the_headline():
    text = f"**Tidewater Bakery Buys Harbour Mill**\n\n**Flour for all four shops to be ground in town**\n\n{_DATELINE}\n"
    assert parse_release(text, name="r.md").title == "Tidewater Bakery Buys Harbour Mill"


@pytest.mark.parametrize("text, title", [
    ("Harbour Board of Kestrel Bay\n\nNew ferry timetable starts on Monday with crossings every half hour\n\n"
     "Harbour Board of Kestrel Bay today published a new ferry timetable that doubles the crossings on weekdays "
     "and adds a late boat on Fridays.\n", "New ferry timetable starts on Monday with crossings every half hour"),
    ("報道関係者各位\n\n2031年5月20日\n株式会社こがね製菓\n\nこがね製菓、焼き菓子の新工場を稼働\n\n"
     "株式会社こがね製菓（本社：仙台市）は、本日、焼き菓子の新工場を稼働しました。地元の小麦を使います。\n",
     "こがね製菓、焼き菓子の新工場を稼働"),
], ids=["English scrape", "Japanese release"])
def test_the_publishers_name_over_the_headline_is_no_headline(text, title):
    """The publisher's name set on a line of its own above the headline is the words the story's
    first paragraph opens with."""
    assert parse_release(text, name="r.txt").title == title


def test_a_headline_the_story_goes_on_from_is_still_the_headline():
    text = ("Ferry timetable doubles\n\nFerry timetable doubles its weekday crossings from Monday, the harbour "
            "board said, and adds a late boat on Fridays for the summer.\n")
    assert parse_release(text, name="r.txt").title == "Ferry timetable doubles"
