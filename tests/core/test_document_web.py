"""Web pages, templates, filings and scrapes: the blocks a reader sees and the facts the page gives."""

import textwrap

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.document import parse_text


def texts(doc):
    return [b.text for b in doc.blocks]


# --- page facts ------------------------------------------------------------------------------

def test_open_graph_title_loses_the_site_name_and_entities_are_decoded():
    page = """<html><head><title>ignored</title>
    <meta property="og:title" content="Ferry service returns to the island &amp; its harbour | Harbour Board">
    <meta property="og:site_name" content="Harbour Board">
    <meta property="article:published_time" content="2031-05-06T08:00:00+02:00">
    </head><body><p>The ferry sails again from Monday, the board said.</p></body></html>"""
    doc = parse_text(page, ".html")
    assert doc.front_matter["title"] == "Ferry service returns to the island & its harbour"
    assert doc.front_matter["site_name"] == "Harbour Board"
    assert doc.front_matter["date"] == "2031-05-06"


def test_title_element_keeps_the_part_the_page_prints_as_its_headline():
    page = """<html><head><title>Orchard Society &#8211; Apple week opens with a record crop</title></head>
    <body><h2>Apple week opens with a record crop</h2><time datetime="2029-10-02">2 Oct</time>
    <p>Growers brought more fruit than ever.</p></body></html>"""
    doc = parse_text(page, ".html")
    assert doc.front_matter["title"] == "Apple week opens with a record crop"
    assert doc.front_matter["date"] == "2029-10-02"


@pytest.mark.parametrize("page, suffix", [
    ('<?xml version="1.0" encoding="UTF-8"?>\n<html itemdate="2030-04-11">\n<head><title>Lantern walk by the canal</title>'
     "</head>\n<body><h1>Lantern walk by the canal</h1><p>Families walked the towpath with paper lanterns.</p></body></html>",
     ".xhtml"),
    ('<article data-date="2030-04-11T18:00"><h2>Lantern walk by the canal</h2>'
     "<p>Families walked the towpath with paper lanterns.</p><p>The next walk is in autumn.</p></article>", ".html"),
])
def test_a_date_attribute_on_the_root_element_is_the_page_date(page, suffix):
    release = parse_release(page, name="walk" + suffix)
    assert release.date == "2030-04-11"


def test_a_title_whose_suffix_is_no_site_name_is_kept_whole():
    page = "<title>Rivers - and how we keep them clean</title><p>Volunteers met on the bank at dawn today.</p>"
    assert parse_text(page, ".html").front_matter["title"] == "Rivers - and how we keep them clean"


def test_front_matter_title_entities_are_decoded():
    doc = parse_text('---\ntitle: "Night Market&reg; returns"\n---\n\nStalls open at six.\n')
    assert doc.front_matter["title"] == "Night Market® returns"


# --- page chrome -------------------------------------------------------------------------------

_CHROME_PAGE = """<html><body>
<a href="#story" class="skip">Jump to the story</a>
<header><div class="logo">Valley Post</div><ul><li><a href="/">Home</a></li><li><a href="/a">Archive</a></li></ul></header>
<nav><a href="/x">Topics</a> <a href="/y">Events</a></nav>
<div class="cookie-banner">We use cookies. <button>OK</button></div>
<main id="story">
  <h1>Library opens a seed bank for local gardeners</h1>
  <p>The town library will lend seeds from next month, its head librarian said, so that gardeners can
  grow and return them after the harvest.</p>
  <div class="share-bar"><a href="https://social.example/share">Share</a></div>
  <p>Each packet comes with a card on when to sow and how to save seeds for the next season.</p>
</main>
<aside><h3>Most read</h3><p>Something else entirely happened somewhere.</p></aside>
<footer><p>Copyright Valley Post</p></footer>
</body></html>"""


def test_a_pages_chrome_is_left_out_and_its_main_content_kept():
    doc = parse_text(_CHROME_PAGE, ".html")
    assert texts(doc)[0] == "Library opens a seed bank for local gardeners"
    joined = " ".join(texts(doc))
    for chrome in ("Jump to the story", "Archive", "Topics", "cookies", "Share", "Most read", "Copyright"):
        assert chrome not in joined
    assert "Each packet comes with a card" in joined
    assert any("web page" in w for w in doc.repairs.warnings())


def test_without_landmarks_the_skip_link_target_is_the_content_and_class_names_mark_chrome():
    page = """<body><a href="#body-text">Skip</a>
    <div id="top-menu"><a href="/">Start</a> | <a href="/b">Board</a></div>
    <div id="body-text"><div class="breadcrumb"><a href="/">Start</a> &gt; News</div>
    <div class="headline">Choir tour raises funds for the hospice</div>
    <p>Singers raised enough over the summer to pay for a new garden at the hospice, the choir said.</p>
    <div class="related-posts"><a href="/c">Older: choir elects a new leader</a></div></div>
    <div id="site-footer">Contact the webmaster</div></body>"""
    assert texts(parse_text(page, ".html")) == [
        "Choir tour raises funds for the hospice",
        "Singers raised enough over the summer to pay for a new garden at the hospice, the choir said."]


def test_the_article_holding_most_text_wins_over_teasers_and_keeps_its_own_header():
    page = """<body><article><h2><a href="/t1">Teaser one</a></h2></article>
    <article><header><h1>Bakery wins the regional bread prize</h1></header>
    <p>The small bakery on the square won the prize for its rye loaf, the jury announced on Friday evening.</p>
    <footer>Press contact: Ana Ruiz, +34 600 000 000</footer></article>
    <article><h2><a href="/t2">Teaser two</a></h2></article></body>"""
    assert texts(parse_text(page, ".html")) == [
        "Bakery wins the regional bread prize",
        "The small bakery on the square won the prize for its rye loaf, the jury announced on Friday evening.",
        "Press contact: Ana Ruiz, +34 600 000 000"]


def test_a_table_of_contents_of_in_page_links_goes_and_the_sections_stay():
    page = """<h1>Kit for the spring fair</h1><h2>Contents</h2>
    <p><a href="#one">Dates</a><br><a href="#two">Stands</a><br><a href="#three">Contacts</a></p>
    <h2 id="one">Dates</h2><p>The fair runs for three days in April on the common.</p>
    <h2 id="two">Stands</h2><p>Forty stands will sell food and crafts.</p>
    <h2 id="three">Contacts</h2><p>Write to the fair office.</p>"""
    assert texts(parse_text(page, ".html")) == [
        "Kit for the spring fair", "Dates", "The fair runs for three days in April on the common.",
        "Stands", "Forty stands will sell food and crafts.", "Contacts", "Write to the fair office."]


def test_an_element_holding_most_of_the_text_is_kept_whatever_its_class_says():
    body = " ".join(["The museum will stay open late on Thursdays through the winter."] * 5)
    page = f'<div class="layout with-sidebar"><h1>Late opening at the museum</h1><p>{body}</p></div>'
    assert texts(parse_text(page, ".html"))[1] == body


# --- template sources ----------------------------------------------------------------------------

def test_wml_define_tags_give_title_and_date_and_the_title_is_the_headline():
    source = ("#use wml::site::news\n<define-tag pagetitle>Mirror network doubles &amp; grows</define-tag>\n"
              "<define-tag release_date>2030-01-15</define-tag>\n## a translator's note\n"
              "<p>The project now runs mirrors \\\non every continent, its team said.</p>\n")
    doc = parse_text(source, ".wml")
    assert doc.front_matter["title"] == "Mirror network doubles & grows"
    assert doc.front_matter["date"] == "2030-01-15"
    assert texts(doc) == ["Mirror network doubles & grows",
                          "The project now runs mirrors on every continent, its team said."]
    assert doc.blocks[0].kind == "heading"


def test_jinja_title_block_is_a_fact_and_template_tags_never_show():
    source = ("{% extends 'page.html' %}{% block title %}Press kit: tram line{% endblock %}\n"
              "{% block body %}<h1>Tram line reaches the airport</h1><p>Trams run every {{ minutes }} ten minutes"
              " from today.</p>{% endblock %}")
    doc = parse_text(source, ".njk")
    assert doc.front_matter["title"] == "Press kit: tram line"
    assert texts(doc) == ["Tram line reaches the airport", "Trams run every ten minutes from today."]


def test_php_code_goes_and_its_html_stays():
    source = ("<?php require 'top.php'; $title = \"Stadium roof finished early\"; ?>\n"
              "<h1>Stadium roof finished early</h1>\n<p>Builders finished a month ahead of plan.</p>\n"
              "<?php include 'bottom.php'; ?>")
    doc = parse_text(source, ".php")
    assert doc.front_matter["title"] == "Stadium roof finished early"
    assert texts(doc) == ["Stadium roof finished early", "Builders finished a month ahead of plan."]


def test_php_markup_kept_in_a_heredoc_is_the_page_and_its_variables_are_filled_in():
    source = ("\t<?php require 'site.php';\n\t$headline = \"Ferry service returns to the island\";\n"
              "\t$body = <<<PAGE\n<div><h1>$headline</h1>\n<p>Boats sail twice a day from {$port} in June.</p>\n"
              "</div>\nPAGE;\n\t$Site->render($body);\n?>\n")
    doc = parse_text(source, ".php")
    assert texts(doc) == ["Ferry service returns to the island", "Boats sail twice a day from in June."]
    assert doc.blocks[0].kind == "heading"


def test_a_php_variable_echoed_alone_prints_the_string_the_file_gives_it():
    source = ("<?php $pageTitle = 'Orchard festival moves to the riverside';\n$who = get_author(); ?>\n"
              "<h1><?= $pageTitle ?></h1>\n<p>By <?php echo $who; ?> staff.</p>\n<p>Stalls open at nine.</p>\n")
    doc = parse_text(source, ".php")
    assert texts(doc) == ["Orchard festival moves to the riverside", "By staff.", "Stalls open at nine."]


_JSX = """import React from 'react'
import styled from 'styled-components'
import Shell from './Shell'
const Big = styled.div`
  font-size: 2.2em;
  margin: 1em 0;
`
const Small = styled(Shell)`
  display: block;
  font-size: 0.9em;
`
const Strong = styled(Shell)`
  color: #222;
`
export default function Page () {
  return (
    <Shell>
      <Banner />
      <Small>Statement</Small>
      <Big>Clean air zone widened</Big>
      <Big>to the whole city centre</Big>
      <Small>The council widened the zone today. <Strong>Fines start in May.</Strong>{' '}See the map.</Small>
      <Footer />
    </Shell>
  )
}
"""


def test_jsx_renders_its_markup_with_large_styled_text_as_headings_and_split_headlines_joined():
    doc = parse_text(_JSX, ".jsx")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Statement"),
        ("heading", "Clean air zone widened to the whole city centre"),
        ("paragraph", "The council widened the zone today. Fines start in May. See the map.")]


def test_a_cjk_headline_split_over_two_elements_is_joined_without_a_space():
    doc = parse_text("<h1>新しい図書館が駅前に</h1><h1>の開館を発表</h1><p>本日発表しました。</p>", ".html")
    assert texts(doc)[0] == "新しい図書館が駅前にの開館を発表"


def test_two_headings_that_each_stand_alone_are_not_joined():
    doc = parse_text("<h2>Results</h2><h2>Outlook</h2><p>Text.</p>", ".html")
    assert texts(doc) == ["Results", "Outlook", "Text."]


def test_cjk_source_lines_broken_mid_sentence_join_without_spaces():
    doc = parse_text("<p>今天，大会\n即将结束。来自世界各地的\n参与者 (Alice Example)\n参加了。</p>", ".html")
    assert texts(doc) == ["今天，大会即将结束。来自世界各地的参与者 (Alice Example) 参加了。"]


# --- filings -------------------------------------------------------------------------------------

_FILING = """<SEC-HEADER>
CONFORMED PERIOD OF REPORT:\t20310304
FILED AS OF DATE:\t\t20310305
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<TEXT>
FORM 8-K  CURRENT REPORT
Item 9.01 Financial Statements and Exhibits. Exhibit 99.1 press release.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<TEXT>
                                                    Exhibit 99.1

             Lantern Works Reports Higher First Quarter Sales

    SPRINGVALE, Ore., March 4 -- Lantern Works Inc. said on Tuesday that its
sales rose by a fifth in the first quarter, helped by demand for its solar
lamps in rural markets.

    About Lantern Works

    Lantern Works makes lamps.
</TEXT>
</DOCUMENT>
"""


def test_a_filing_shows_the_release_in_its_exhibit_and_dates_from_its_header():
    doc = parse_text(_FILING, ".txt")
    assert texts(doc)[0] == "Lantern Works Reports Higher First Quarter Sales"
    assert not any("FORM 8-K" in t or "Exhibit 99.1" in t for t in texts(doc))
    assert doc.front_matter["date"] == "2031-03-04"
    assert "About Lantern Works" in texts(doc)


def test_page_numbers_at_a_filings_page_marks_go_with_the_marks():
    exhibit = ("<SEC-HEADER>\nFILED AS OF DATE:\t\t20310305\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n"
               "Quarry Mutual Opens Its Third Depot\n\n"
               "    ASHBY, Kan., May 2 -- Quarry Mutual said its third depot opened to members,\n"
               "\t\t\t\t7\n<PAGE>  \n"
               "and it will stay open at weekends through the summer.\n\n"
               "    Members can order stone online, it said.\n"
               "                                  - 8 -\n<PAGE>   9\n"
               "    The depot employs staff from the town.\n</TEXT>\n</DOCUMENT>\n")
    joined = " ".join(texts(parse_text(exhibit, ".txt")))
    assert "members, and it will stay open" in joined
    assert not any(n in joined.split() for n in ("7", "8", "9", "-"))


def test_a_report_that_pastes_its_release_in_shows_only_the_release():
    for intro, signatures in (("The Company issued the following press release on March 3, 2032:", "SIGNATURES"),
                              ("On that day the registrant released the following news release.", "   SIGNATURE")):
        filing = ("<SEC-HEADER>\nACCESSION NUMBER:\t\t0000000000-32-000001\n</SEC-HEADER>\n<DOCUMENT>\n"
                  "<TYPE>8-K\n<TEXT>\n            SECURITIES AND EXCHANGE COMMISSION\n"
                  "                 FORM 8-K\nRegistrant's telephone number: (555) 010-0144\n\n"
                  f"Item 5.  Other Events\n\n{intro}\n\n"
                  "Meadow Dairy Names A New Chief Cheesemaker\n\n"
                  "Dale Town, Vt.-- Meadow Dairy named a new chief cheesemaker for its two farms.\n\n"
                  f"{signatures}\n\nPursuant to the requirements of the Act, this report is signed.\n"
                  "</TEXT>\n</DOCUMENT>\n")
        shown = texts(parse_text(filing, ".txt"))
        assert shown[0] == "Meadow Dairy Names A New Chief Cheesemaker"
        assert not any("FORM 8-K" in t or "Pursuant" in t or "010-0144" in t for t in shown)
    bare = "<SEC-HEADER>\nFORM TYPE:\t\t8-K\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nItem 8. Other Events\n</TEXT>\n</DOCUMENT>\n"
    assert texts(parse_text(bare, ".txt")) == ["Item 8. Other Events"]


# --- plain-text scrapes ----------------------------------------------------------------------------

def test_a_scrape_keeps_short_lines_apart_and_joins_a_sentence_broken_before_a_number():
    scrape = ("Clinic extends its evening hours\nMarch 3\nWHO:\nThe clinic team\nWHERE:\nMain Street 4\n"
              "For more details, please call the front desk of the clinic, on\n(555) 010-0199 or\n"
              "desk@clinic.example\nClick Here for the Leaflet\nfor immediate release\n")
    assert texts(parse_text(scrape, ".txt")) == [
        "Clinic extends its evening hours", "March 3", "WHO:", "The clinic team", "WHERE:", "Main Street 4",
        "For more details, please call the front desk of the clinic, on (555) 010-0199 or desk@clinic.example",
        "Click Here for the Leaflet", "for immediate release"]


def test_bullets_on_their_own_line_join_their_item_and_page_numbers_go():
    scrape = ("Members taking part:\n•\nThe rowing club\n• The chess club\n2\n· The drama group\n3\n"
              "Everyone is welcome.\n")
    doc = parse_text(scrape, ".txt")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Members taking part:"), ("item", "The rowing club"), ("item", "The chess club"),
        ("item", "The drama group"), ("paragraph", "Everyone is welcome.")]


def test_table_rows_in_hard_wrapped_text_stay_rows():
    text = ("The harbour trust said on Monday that its income rose last year, as more boats\n"
            "used the new moorings and the cafe on the quay had its best summer so far.\n\n"
            "                      2030      2029\n"
            "    Moorings           410       380\n"
            "    Cafe               120        95\n\n"
            "The trust will publish its full accounts in the autumn, it said in a statement\n"
            "issued after the meeting of its board of trustees at the harbour office.\n")
    assert texts(parse_text(text, ".txt"))[1:4] == ["2030 2029", "Moorings 410 380", "Cafe 120 95"]


def test_a_scraped_page_loses_its_browser_title_line_and_the_list_of_other_posts():
    teasers = "".join(f"Updates\nNotice number {i} about roadworks\nOpen\nJune {i}, 2030\n" for i in range(1, 6))
    scrape = ("Bus lanes open on the ring road :: City Transport\nUpdates\nBus lanes open on the ring road\n"
              "The new lanes opened this morning and buses already run faster, the city said in a statement.\n"
              "Riders can check times online.\nA second phase follows next year.\nMore on the website.\n"
              "Press office: 555 0100\nIssued by the press office\nMore updates\n" + teasers
              + "Sign up for the newsletter\nEmail\n")
    doc = parse_text(scrape, ".txt")
    assert doc.front_matter["title"] == "Bus lanes open on the ring road"
    assert texts(doc)[0] == "Updates"
    assert texts(doc)[-1] == "Issued by the press office"


@pytest.mark.parametrize("menu", [
    "Jump to navigation\nSearch this site\nMenu\nNewsroom\nWritten by\nPat Lee\nPosted\nMay 2, 2031\nHome\n"
    "Newsroom\nMarch 2031\nStories\n",
    "Accessibility\nSign in\nFollow\n|\nLanguages\nEnglish\nEspañol\nSections\nCity news\nBy the desk\n"
    "3 min read\nUpdated 2 May 2031\nYou are here\nCity news\n",
])
def test_a_browser_title_line_goes_when_its_headline_stands_alone_under_a_long_menu(menu):
    scrape = ("Harbour ferry adds a night crossing | Port Authority\n" + menu
              + "Harbour ferry adds a night crossing\n"
              "The ferry will leave the pier at midnight from next week, the authority said on Friday.\n")
    doc = parse_text(scrape, ".txt")
    assert doc.front_matter["title"] == "Harbour ferry adds a night crossing"
    assert doc.front_matter["site_name"] == "Port Authority"
    assert not texts(doc)[0].startswith("Harbour ferry adds a night crossing |")


STORY = ("The ferry will leave the pier at midnight from next week, the authority said on Friday, and a second "
         "boat joins the timetable in the summer, when the crossings double for the season of the festival.\n")


@pytest.mark.parametrize("footer", [
    "Tagged with:\nFerries\nNight crossings\nShare\nLatest Posts\nA new bus stop opens on the quay for riders "
    "who come from the old town on the morning service and the evening one\nMay 2, 2031\nNews\n"
    "Name*\nPlease leave this field empty.\n",
    "Share this article\nFacebook\nX\nRelated news\nLibrary hours change over the winter months\nTags:\n"
    "harbour, ferries\n",
])
def test_a_scraped_page_loses_its_footer_of_tags_sharing_and_other_posts(footer):
    scrape = "Harbour ferry adds a night crossing\n" + STORY + "Tickets are sold on board.\n" + footer
    doc = parse_text(scrape, ".txt")
    assert texts(doc)[-1] == "Tickets are sold on board."


def test_a_footer_word_before_more_of_the_release_is_kept():
    scrape = ("Harbour ferry adds a night crossing\n" + STORY + "Share\nMedia contact: Pat Lee, press@port.example\n"
              "The authority thanks the crews who worked through the winter to make the new timetable possible.\n")
    assert texts(parse_text(scrape, ".txt"))[-1].startswith("The authority thanks")


def test_double_encoded_utf8_is_repaired():
    doc = parse_text("The cafÃ© opens â€” at last.\n\nâ\x80¢ Coffee\n", ".txt")
    assert texts(doc) == ["The café opens — at last.", "Coffee"]
    assert any("double UTF-8" in w for w in doc.repairs.warnings())


# --- bad front matter -----------------------------------------------------------------------------

def test_front_matter_with_an_impossible_date_is_ignored_with_a_warning():
    release = parse_release("---\ntitle: Market day\ndate: 2020-02-30\n---\n\n# Market day moves\n\nStalls open at six.\n")
    assert release.title == "Market day moves"
    assert any("front matter" in w for w in release.warnings)


def test_front_matter_that_is_not_yaml_is_ignored_and_the_body_read():
    doc = parse_text("---\ntitle: [unclosed\nplace: : :\n---\n\nThe hall reopens on Friday.\n")
    assert doc.front_matter == {}
    assert texts(doc) == ["The hall reopens on Friday."]
    assert any("front matter" in w for w in doc.repairs.warnings())


# --- pages crawled to Markdown ------------------------------------------------------------------------

_CRAWL = """Tide tables move online | Coast Office

* [Home](/)
* [Maps](/maps)
* [Weather](/weather)
* [Shipping](/shipping)

---

* [Ports](/ports)
* [Careers](/jobs)
* [Contact](/contact)

# Tide tables move online

The coast office will publish its tide tables on the web only from next year, a spokesperson said today.

Further reading:

* [Tide basics](https://coast.example/basics)
* [Archive](https://coast.example/archive)

Coast Office, 2031

* [Privacy](/privacy)
* [Terms](/terms)
* [Cookies](/cookies)
* [Sitemap](/sitemap)
* [Jobs](/jobs)
* [Press](/press)
"""


def test_a_crawled_page_loses_its_menus_and_the_lines_above_its_headline():
    doc = parse_text(_CRAWL, ".md")
    assert texts(doc) == [
        "Tide tables move online",
        "The coast office will publish its tide tables on the web only from next year, a spokesperson said today.",
        "Further reading:", "Tide basics", "Archive", "Coast Office, 2031"]


def test_a_list_of_contact_links_is_no_menu():
    lines = "\n".join(f"* [Desk {i}](mailto:desk{i}@example.org)" for i in range(8))
    doc = parse_text(f"# Contacts for the regatta\n\n{lines}\n", ".md")
    assert len(doc.blocks) == 9


def test_hard_wrapped_chinese_and_japanese_lines_join_with_no_space():
    # A text layer (a PDF's, or a copy from one) breaks CJK paragraphs at the page width.
    ja = ("本日、当会は新しい図書館の建設計画を発表しました。建設は来年の春に始まり、\n"
          "完成は再来年の秋を予定しています。地域の皆様のご協力に心より感謝申し上げ\n"
          "ます。\n\n詳しい日程は後日お知らせします。新しい図書館には閲覧室と学習室を\n"
          "設け、開館時間も延長する予定です。ご期待ください。よろしくお願いします。\n")
    assert texts(parse_text(ja, ".txt")) == [
        "本日、当会は新しい図書館の建設計画を発表しました。建設は来年の春に始まり、完成は再来年の秋を予定しています。"
        "地域の皆様のご協力に心より感謝申し上げます。",
        "詳しい日程は後日お知らせします。新しい図書館には閲覧室と学習室を設け、開館時間も延長する予定です。"
        "ご期待ください。よろしくお願いします。"]
    zh = ("本会今日宣布，位于市中心的新社区服务中心将于明年\n2032年春季正式开放，届时将为居民提供宽敞的阅读室和\n"
          "多功能活动室，欢迎社区内的居民踊跃参加各项活动和课程。\n\n"
          "中心的开放时间为每天上午九时至晚上十时，周末及公众\n假期亦照常开放，中心内并设有儿童游乐区、自修室\n"
          "和咖啡室，方便家庭及学生前来使用中心的各项设施。\n")
    assert texts(parse_text(zh, ".txt"))[0] == ("本会今日宣布，位于市中心的新社区服务中心将于明年2032年春季正式开放，"
                                                 "届时将为居民提供宽敞的阅读室和多功能活动室，欢迎社区内的居民踊跃参加各项活动和课程。")


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width))


_LONG = ("The harbour trust said on Monday that the new ferry pier will open to passengers next spring, after "
         "two years of building work that kept the old landing stage in use for every crossing of the bay.")
_HOURS = ("Ferries will leave the new pier every half hour from six in the morning until midnight, and every "
          "hour through the night on weekends, with a later last crossing on the evenings of public holidays.")
_CUT = ("The opening of the pier was first planned for the summer of 2031, but storms in the winter set the "
        "work back by several months, and the trust thanked its crews and the traders of the town, who kept "
        "their shops open while the quay stayed closed to cars and to every delivery van for half a year.")


@pytest.mark.parametrize("width", [72, 118])  # a mail's width and a wide page's text layer
def test_a_paragraph_cut_by_a_page_break_joins_again(width):
    lines = _wrap(_CUT, width).split("\n")
    cuts = [i for i in range(1, len(lines) - 1) if lines[i + 1][0].islower() or lines[i + 1][0].isdigit()]
    cut = cuts[0] + 1  # a page ends after a full line, and the paragraph goes on in lower case or a number
    text = "\n\n".join(["Ferry pier to open next spring", _wrap(_LONG, width), "\n".join(lines[:cut]),
                        "\n".join(lines[cut:]), "Opening hours", _wrap(_HOURS, width)]) + "\n"
    assert texts(parse_text(text, ".txt")) == ["Ferry pier to open next spring", _LONG, _CUT, "Opening hours", _HOURS]


@pytest.mark.parametrize("page", [
    '{% extends "site/base.html" %}\n\n{% block content %}\n<h2>Orchard fair opens</h2>\n<p>The fair opens on Friday '
    'with 40 growers.</p>\n{% endblock %}\n',
    '{%load static%}{%block main%}<h2>Orchard fair opens</h2><p>The fair opens on Friday with 40 growers.</p>'
    '{%endblock%}',
])
def test_template_tags_in_an_html_page_are_no_text(page):
    release = parse_release(page, name="fair.html")
    assert release.title == "Orchard fair opens"
    assert not any("{%" in b.text for b in release.blocks)


def test_a_page_with_no_headline_keeps_the_date_of_its_first_paragraph():
    page = ("<p>May 4, 2031 - The county library today opened its new reading room, with space for eighty "
            "readers and a children's corner.</p><p>The room is open every day from nine until six.</p>")
    release = parse_release(page, name="room.html")
    assert release.date == "2031-05-04" and release.title == "room"


def test_a_scraped_links_words_go_on_with_the_sentence_after_them():
    scrape = ("Harbour Board\nChair Ines Okafor\nopened the new pontoon on Saturday with the sailing club.\n"
              "Boats may moor there from May.\nDeputy Harbour Master T. Lind\n"
              "was in charge of the works for the board, which paid for them.\nNEWS\nSee the map\n")
    assert texts(parse_text(scrape, ".txt")) == [
        "Harbour Board", "Chair Ines Okafor opened the new pontoon on Saturday with the sailing club.",
        "Boats may moor there from May.",
        "Deputy Harbour Master T. Lind was in charge of the works for the board, which paid for them.",
        "NEWS", "See the map"]


def test_an_ordinals_raised_suffix_on_its_own_line_goes_back_on_its_number():
    scrape = ("Market Hall\nThe market opens at 12 East 4\nth\nStreet on Saturday.\n"
              "It is the 21\nst\nyear of the fair, the organisers said in a statement.\nStalls\n")
    assert texts(parse_text(scrape, ".txt")) == [
        "Market Hall", "The market opens at 12 East 4th Street on Saturday.",
        "It is the 21st year of the fair, the organisers said in a statement.", "Stalls"]


# --- layout tables ---------------------------------------------------------------------------

def test_a_table_cell_that_lays_out_the_page_is_walked_as_the_page_it_holds():
    page = """<html><body><table width="100%"><tr><td><font class=top>Valley Rail</font></td>
    <td><img src="logo.gif"></td></tr></table>
    <table><tr><td><h1 align=center>Night trains return to the valley line</h1>
    <p><b>CRESTON, 4 March 2031</b>. Valley Rail will run two night trains a week from May.</p>
    <ul><li>Tickets go on sale on Monday.</li><li>Bikes travel free.</li></ul></td></tr></table></body></html>"""
    doc = parse_text(page, ".html")
    heading = next(b for b in doc.blocks if b.kind == "heading")
    assert heading.text == "Night trains return to the valley line" and heading.level == 1
    assert "Tickets go on sale on Monday." in texts(doc)
    assert [b.kind for b in doc.blocks].count("item") == 2


def test_a_one_cell_title_bar_stays_a_bold_line_and_its_contact_card_keeps_its_lines():
    page = """<html><body><p>The museum opens its new wing on Saturday with free entry all weekend.</p>
    <table cellpadding=3><tr bgcolor="#336699"><td><b><font color=white>Media enquiries</font></b></td></tr></table>
    <table><tr><td><p>Tomas Lind<br>Harbour Museum<br>Tel. +46 8 555 0143</p></td></tr></table>
    <table><tr><th>Wing</th><th>Rooms</th></tr><tr><td>North</td><td>12</td></tr></table></body></html>"""
    doc = parse_text(page, ".html")
    bar = next(b for b in doc.blocks if b.text == "Media enquiries")
    assert bar.strong
    assert "Tomas Lind" in texts(doc) and "Tel. +46 8 555 0143" in texts(doc)
    assert "North | 12" in texts(doc)  # a data row is still one line of its cells


@pytest.mark.parametrize("cards", [
    # a label row above, then one row of two cards, their lines set apart by <br>
    """<table><tr><th>Media contact</th><th>Investor contact</th></tr>
    <tr><td>Rosa Fenn<br>Tidewater Ferries<br>+44 20 7946 0321<br>rosa.fenn@tidewater.example</td>
    <td>Ivo Marsh<br>Tidewater Ferries<br>+44 20 7946 0999<br>ivo.marsh@tidewater.example</td></tr></table>""",
    # each card's label in its own cell, in bold, German style
    """<table><tbody><tr><td><b>Pressekontakt</b><br>Rosa Fenn<br>Tidewater Ferries<br>Tel. +44 20 7946 0321<br>
    rosa.fenn@tidewater.example</td><td><b>Ansprechpartner Investoren</b><br>Ivo Marsh<br>Tidewater Ferries<br>
    Tel. +44 20 7946 0999<br>ivo.marsh@tidewater.example</td></tr></tbody></table>""",
], ids=["label row", "labels in the cells"])
def test_table_cells_of_lines_set_with_breaks_are_contact_cards_not_one_data_row(cards):
    page = f"""<html><body><article><h1>Tidewater Ferries orders two electric boats</h1>
    <p>PORTWELL, March 4, 2031 – Tidewater Ferries ordered two electric boats for its island route.</p>
    {cards}</article></body></html>"""
    release = parse_release(page, name="ferries.html")
    assert [(c.name, c.organization, c.phones, c.emails) for c in release.contacts] == [
        ("Rosa Fenn", "Tidewater Ferries", ["+442079460321"], ["rosa.fenn@tidewater.example"]),
        ("Ivo Marsh", "Tidewater Ferries", ["+442079460999"], ["ivo.marsh@tidewater.example"])]


def test_a_data_row_whose_cells_break_one_line_stays_one_line_of_its_cells():
    page = """<html><body><p>The port handled more freight than ever this quarter, the authority said.</p>
    <table><tr><th>Quarter<br>ended</th><th>Freight<br>(tonnes)</th></tr>
    <tr><td>June 30,<br>2031</td><td>41,200</td></tr></table></body></html>"""
    assert "June 30, 2031 | 41,200" in texts(parse_text(page, ".html"))


def test_label_bars_over_a_table_cell_with_its_own_bold_headline_are_no_titles():
    # the site's section name and a date band, each a one-cell row above the cell of the release
    page = """<html><head><title>Lakeside Library Trust</title></head><body>
    <table width="100%"><tr><td><a href="/">Home</a> | <a href="/news/">News</a></td><td><img src="t.gif"></td></tr></table>
    <table width="640"><tr bgcolor="#224466"><td><b><font color="#ffffff">Office of Public Programs</font></b></td></tr>
    <tr><td align=right><b>Monday, June 2, 2031</b></td></tr>
    <tr><td><p><b><font size="+1">Reading room reopens with longer evening hours</font></b></p>
    <p>NORTH BAY, June 2, 2031 - The Lakeside Library Trust has reopened its reading room after a repair
    of the roof and will stay open until nine on weekdays.</p>
    <p><b>Opening hours</b></p><p>Weekdays 9 to 21, Saturdays 10 to 16.</p></td></tr></table></body></html>"""
    release = parse_release(page, name="trust.html")
    assert release.title == "Reading room reopens with longer evening hours"
    assert [s.title for s in release.all_sections()] == ["Opening hours"]


def test_a_label_bar_in_its_own_table_above_lines_set_with_breaks_is_no_title():
    page = """<html><body><table border=0 width="100%"><tr><td class=kopf><b>Presse und Öffentlichkeitsarbeit</b></td></tr></table>
    <table border=0 width="100%"><tr><td><strong>Fähre fährt ab Mai auch am Sonntag</strong><br>
    Seehafen, 3. April 2031. Die Fährgesellschaft Seehafen fährt ab Mai auch sonntags, sechs Mal am Tag,
    und nimmt Fahrräder kostenlos mit.<br><br><strong>Fahrplan</strong><br>Abfahrt stündlich ab 9 Uhr.</td></tr>
    </table></body></html>"""
    release = parse_release(page, name="faehre.html")
    assert release.title == "Fähre fährt ab Mai auch am Sonntag"
    assert [s.title for s in release.all_sections()] == ["Fahrplan"]


@pytest.mark.parametrize("text, name", [
    ("<html><body><h1>Co-op switches on its third solar farm</h1><p>GREENFIELD, Sept. 9, 2031 -- The energy co-op "
     "switched on its third solar farm on Monday, an array that will supply 3,400 homes.</p><h3>Related news</h3>"
     "<p><a href=\"/news/wind\">Co-op signs wind deal for 25 turbines</a><br>August 2, 2031</p>"
     "<p><a href=\"/news/rates\">Rates to fall 5% in October</a><br>July 14, 2031</p></body></html>", "r.html"),
    ("# Genossenschaft nimmt dritten Solarpark in Betrieb\n\nGrünfeld, 9. September 2031. Die Energiegenossenschaft "
     "hat am Montag ihren dritten Solarpark in Betrieb genommen, der 3.400 Haushalte versorgt.\n\n"
     "### Weitere Meldungen\n\n- [Genossenschaft bestellt 25 Windräder](/meldungen/wind)\n"
     "- [Strompreis sinkt um 5 %](/meldungen/preise)\n", "r.md"),
])
def test_the_links_under_a_related_news_heading_are_other_releases_not_this_ones_figures(text, name):
    release = parse_release(text, name=name)
    assert [f.value for f in release.figures] == [3400]
    assert [s.title for s in release.all_sections()] == []


@pytest.mark.parametrize("source, suffix", [
    ("import React from 'react'\n\nconst meta = {\n  title: 'Harbour ferry adds Sunday sailings',\n  date: '2031-04-03',\n}\n\n"
     "export default function Release(): JSX.Element {\n  return (\n    <Layout title={meta.title}>\n"
     "      <h1>{meta.title}</h1>\n      <p>SEAPORT, April 3, 2031 — Harbour Ferries will sail on Sundays from May, six "
     "times a day, and will carry bicycles free of charge.</p>\n      <h2>Timetable</h2>\n      <p>Boats leave "
     "every hour from nine in the morning.</p>\n    </Layout>\n  )\n}\n", ".tsx"),
    ("import React from \"react\"\n\nconst headline = \"港口渡轮周日加开班次\"\n\nfunction Release () {\n  return (\n"
     "    <div>\n      <h1>{ headline }</h1>\n      <p>（海港讯，2031年4月3日）海港渡轮公司宣布，自五月起周日每天加开六个班次，并免费运载自行车。</p>\n"
     "      <h2>时刻表</h2>\n      <p>每小时一班，上午九点起航。</p>\n    </div>\n  )\n}\n", ".jsx"),
])
def test_a_components_own_text_constant_prints_where_the_markup_names_it(source, suffix):
    release = parse_release(source, name="release" + suffix)
    assert release.title in ("Harbour ferry adds Sunday sailings", "港口渡轮周日加开班次")
    assert release.date == "2031-04-03"
    assert [s.title for s in release.all_sections()] in (["Timetable"], ["时刻表"])


def test_an_older_filing_shows_the_release_it_files_under_another_exhibit_number():
    filing = ("<SEC-HEADER>\nCONFORMED PERIOD OF REPORT:\t19970611\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n"
              "<TEXT>\n                 FORM 8-K\nITEM 7. FINANCIAL STATEMENTS AND EXHIBITS.\n\n"
              "20.1  Press release dated June 2, 1997.\n\n                 SIGNATURES\n</TEXT>\n</DOCUMENT>\n"
              "<DOCUMENT>\n<TYPE>EX-20.1\n<DESCRIPTION>PRESS RELEASE\n<TEXT>\n<PAGE>   1\n"
              "                          EXHIBIT 20.1\n\n                          PRESS RELEASE\n<PAGE>   2\n"
              "HARBOUR LOOMS TO BUY A WEAVING MILL\n\n"
              "     Fallbrook, ME (June 2, 1997) -- Harbour Looms Inc. today agreed to buy a weaving\n"
              "mill on the river, adding forty looms to its two sheds.\n</TEXT>\n</DOCUMENT>\n"
              "<DOCUMENT>\n<TYPE>EX-27\n<DESCRIPTION>FINANCIAL DATA SCHEDULE\n<TEXT>\nTOTAL-ASSETS 1,200\n"
              "</TEXT>\n</DOCUMENT>\n")
    release = parse_release(filing, name="filing.txt")
    assert release.title == "HARBOUR LOOMS TO BUY A WEAVING MILL"
    assert (release.date, release.place) == ("1997-06-02", "Fallbrook, ME")
    assert not any("EXHIBIT" in t or "FORM 8-K" in t for t in texts(parse_text(filing, ".txt")))
    schedule_only = filing.replace("<TYPE>EX-20.1\n<DESCRIPTION>PRESS RELEASE", "<TYPE>EX-20.1\n<DESCRIPTION>PROXY CARD")
    assert "HARBOUR LOOMS" not in parse_release(schedule_only, name="filing.txt").title
