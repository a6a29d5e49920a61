"""Headline, labels, dateline, sections and boilerplate, read from small written releases."""

import pytest

from mediakit.core.analyse import load_release, parse_release
from mediakit.core.structure import find_date, parse_embargo, region_for_place


def section_titles(release):
    return [s.title for s in release.all_sections()]


def test_markdown_release_with_damage(fixture_path):
    release = load_release(fixture_path("damaged_release.md"))
    assert release.title == "Harbourline Opens a Tidal Energy Test Site for Start-ups"
    assert (release.date, release.place) == ("2025-03-03", "Kowloon")
    assert release.status == "for immediate release"
    # "Press Release" and the headline are not sections; uneven levels still nest
    assert section_titles(release) == ["Site Facilities", "Grid Connection", "Partners", "About Harbourline"]
    top = [s.title for s in release.sections]
    assert top == ["Site Facilities", "Partners", "About Harbourline"]
    assert release.sections[0].children[0].level == 2
    assert [a.title for a in release.about] == ["About Harbourline"]
    assert "HK$120 million" in release.blocks[release.sections[0].block - 2].text or any(
        "HK$120 million" in b.text for b in release.blocks)
    assert len(release.warnings) == 5


def test_section_keeps_its_own_body(fixture_path):
    release = load_release(fixture_path("damaged_release.md"))
    grid = release.all_sections()[1]
    assert grid.body.startswith("A 5 MW connection links the site")
    assert "Partners" not in grid.body


def test_anchors_are_unique():
    release = parse_release("# Headline here\n\nBody text of the release goes here.\n\n"
                            "## Results\n\nOne.\n\n## Results\n\nTwo.\n")
    anchors = [s.anchor for s in release.all_sections()]
    assert anchors == ["results", "results-2"]


def test_plain_text_scrape(fixture_path):
    release = load_release(fixture_path("plain_release.txt"))
    assert release.title == "Riverbend Council Approves New Footbridge"
    assert (release.date, release.place) == ("2024-04-09", "RIVERBEND")
    # an upper-case line is a section; table-like short lines are not
    assert section_titles(release) == ["WHAT RESIDENTS SAID AT THE HEARING"]


def test_html_release_takes_headline_from_front_matter(fixture_path):
    release = load_release(fixture_path("sample_release.html"))
    assert release.title == "Northwind Foundation Names a New Director"
    assert (release.date, release.place) == ("2022-06-01", "Portland, OR")
    assert section_titles(release) == ["About the Northwind Foundation"]
    assert not any("document.write" in b.text for b in release.blocks)


def test_embargo_is_read_with_date_and_time(fixture_path):
    release = load_release(fixture_path("embargoed_release.md"))
    assert release.status == "embargoed"
    assert release.embargo == "2025-03-05T10:00+00:00"
    assert (release.date, release.place) == ("2025-03-03", "London, UK")


def test_chinese_dateline_and_about(fixture_path):
    release = load_release(fixture_path("chinese_release.md"))
    assert (release.date, release.place) == ("2023-01-08", "台北")
    assert [a.title for a in release.about] == ["关于星河科技"]


@pytest.mark.parametrize("text, iso", [
    ("Hong Kong, 25 February 2026 – Body", "2026-02-25"),
    ("WAKEFIELD, Mass., Dec. 4, 2019 /PRNewswire/ -- Body", "2019-12-04"),
    ("London, UK – 3 March 2025: Body", "2025-03-03"),
    ("台北，2023年1月8日", "2023-01-08"),
    ("Tuesday, March 14, 2025", "2025-03-14"),
    ("Berlin, 3. März 2025 – Die Firma", "2025-03-03"),
    ("München, den 14. Oktober 2024", "2024-10-14"),
    ("Paris, le 1er mars 2025 –", "2025-03-01"),
    ("Madrid, 3 de marzo de 2025.", "2025-03-03"),
    ("Milano, 12 giugno 2025 –", "2025-06-12"),
    ("Amsterdam, 3 maart 2025 –", "2025-03-03"),
    ("Wien, 03.03.2025 –", "2025-03-03"),
])
def test_dateline_dates(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize("line, place", [
    ("Berlin, 3. März 2025 – Die Solvia AG übernimmt den Kälteanlagenbauer Nordfrost aus Rostock.", "Berlin"),
    ("Paris, le 3 mars 2025 – La société annonce aujourd’hui l’ouverture de son usine de Lyon.", "Paris"),
    ("München, Montag, 3. März 2025 – Die Stadtwerke nehmen heute ihr neues Kraftwerk in Betrieb.", "München"),
])
def test_foreign_dateline_places_lose_article_and_weekday(line, place):
    release = parse_release("# Eine Überschrift für den Test\n\n" + line + "\n")
    assert release.place == place


def test_dateline_place_forms():
    release = parse_release("# A Headline For Testing\n\nWAKEFIELD, Mass., Dec. 4, 2019 /PRNewswire/ -- "
                            "The company announced a new product line for its customers today.\n")
    assert (release.place, release.date) == ("WAKEFIELD, Mass.", "2019-12-04")
    assert release.dateline == "WAKEFIELD, Mass., Dec. 4, 2019 /PRNewswire/"


def test_embargo_forms():
    assert parse_embargo("Thursday 5 March 2025, 00:01 GMT") == "2025-03-05T00:01+00:00"
    assert parse_embargo("March 5, 2025 at 2 p.m. ET") == "2025-03-05T14:00 ET"
    assert parse_embargo("4 March 2025 09:00 (UTC+8)") == "2025-03-04T09:00+08:00"
    assert parse_embargo("5 March 2025, 10:00 — PRESS") == "2025-03-05T10:00"
    assert parse_embargo("further notice") == "further notice"


@pytest.mark.parametrize("place, region", [
    ("Hong Kong", "HK"), ("WAKEFIELD, Mass.", "US"), ("Wakefield, MA", "US"), ("OBERKIRCH, Germany", "DE"),
    ("London, UK", "GB"), ("台北", "TW"), ("Atlantis", None), (None, None),
    ("MANCHESTER", "GB"), ("Manchester, N.H.", "US"), ("Birmingham, Ala.", "US"), ("LEEDS, England", "GB"),
    ("Berlin", "DE"), ("Portland, Ore.", "US"),
    ("Cape May, New Jersey", "US"), ("FARGO, North Dakota", "US"), ("West Virginia", "US"), ("New Caledonia", None),


    ("TRURO, Nova Scotia", "CA"), ("London, Ont.", "CA"), ("Perth, ON", "CA"), ("Richmond, B.C.", "CA"),
    ("Perth, Australia", "AU"), ("Paris, Texas", "US"),
])
def test_region_from_place(place, region):
    assert region_for_place(place) == region


def test_labels_are_not_the_headline():
    release = parse_release("**Press Release**\n\n**For Immediate Release**\n\n"
                            "**Acme Opens a Plant in Nowhere Valley**\n\n"
                            "Nowhere Valley, 2 May 2024 – Acme opened a plant that will employ local people.\n")
    assert release.title == "Acme Opens a Plant in Nowhere Valley"
    assert release.all_sections() == []


def test_odd_content_never_raises():
    for text in ["", "   ", "#", "****", "<div></div>", "---\n---\n", "> > >", "\x00\x01"]:
        parse_release(text)


def test_a_short_line_over_a_list_is_a_section_and_a_lead_in_is_not():
    release = parse_release(
        "# Corvane Reports Results\n\nSAN JOSE, Calif., March 3, 2025 -- Corvane today reported its results for "
        "the fourth quarter, with revenue up on the year and margins wider than before.\n\n"
        "Fourth Quarter 2024 Highlights\n\n- Revenue of $48.6 million.\n- Gross margin of 61.5%.\n\n"
        "The quarter also included:\n\n- Two new plants.\n- One new market.\n")
    assert section_titles(release) == ["Fourth Quarter 2024 Highlights"]


def test_a_wire_place_line_under_a_date_line_and_its_subheadline():
    release = parse_release(
        "<h1>Lumora Health Raises $85 Million Series C</h1><h2>Round led by Westfield Capital</h2>"
        "<p>March 04, 2025 08:00 AM Eastern Standard Time</p>"
        "<p>NEW YORK--(BUSINESS WIRE)--Lumora Health, Inc., a provider of remote cardiac monitoring, today "
        "announced an $85 million financing.</p><p><b>About Lumora Health</b></p>"
        "<p>Lumora Health, Inc. is a New York-based company that monitors patients in 22 states.</p>"
        "<p><b>Contacts</b></p><p>Media:<br>Hannah Cole<br>hannah.cole@lumorahealth.com</p>", suffix=".html")
    assert (release.date, release.place) == ("2025-03-04", "NEW YORK")
    assert section_titles(release) == ["About Lumora Health", "Contacts"]


def test_french_about_with_elision():
    release = parse_release("# Hélios Mobilité lève des fonds\n\n**Paris, le 3 mars 2025** – La start-up annonce "
                            "une levée de fonds auprès de trois fonds européens.\n\n## À propos d'Hélios Mobilité\n\n"
                            "Fondée en 2021 à Lyon, Hélios Mobilité conçoit des navettes.\n")
    assert [a.title for a in release.about] == ["À propos d'Hélios Mobilité"]


def test_contact_lines_above_the_headline_and_a_date_line():
    release = parse_release("CONTACT: Maria Gonzalez\n(512) 555-0176\nmgonzalez@austinparks.org\n\n"
                            "FOR IMMEDIATE RELEASE\nMarch 3, 2025\n\n"
                            "CITY OF AUSTIN OPENS THREE NEW SPLASH PADS AHEAD OF SUMMER\n\n"
                            "AUSTIN, Texas - The Austin Parks and Recreation Department will open three new splash "
                            "pads on Saturday, completing a project to bring free water play to neighborhoods.\n",
                            name="release.txt")
    assert release.title == "CITY OF AUSTIN OPENS THREE NEW SPLASH PADS AHEAD OF SUMMER"
    assert (release.date, release.place) == ("2025-03-03", "AUSTIN, Texas")
    assert [(c.name, c.organization, c.phones) for c in release.contacts] == [
        ("Maria Gonzalez", "Austin Parks and Recreation Department", ["+15125550176"])]


@pytest.mark.parametrize("text, suffix", [
    ("# Acme Opens a Plant\n\nLEEDS, 3 May 2025 – Acme opened a plant today that will employ local people "
     "for years to come.\n\n**About Acme Anvils**\nAcme Anvils is a maker of anvils founded in 1901.\n", ".md"),
    ("ACME OPENS A PLANT\n\nLEEDS, 3 May 2025 - Acme opened a plant today that will employ local people for "
     "years to come, the company said.\n\nAbout Acme Anvils\nAcme Anvils is a maker of anvils founded in 1901 "
     "and run from a yard near the canal.\n", ".txt"),
])
def test_an_about_title_run_into_its_first_paragraph(text, suffix):
    release = parse_release(text, name="release" + suffix)
    assert [a.title for a in release.about] == ["About Acme Anvils"]
    assert release.about[0].text.startswith("Acme Anvils is a maker")


def test_a_bold_run_in_label_is_no_section():
    release = parse_release("# Acme Opens a Plant\n\nLEEDS, 3 May 2025 – Acme opened a plant today that will "
                            "employ local people.\n\n**Staffing:** The plant will employ 38 people.\n")
    assert section_titles(release) == []


def test_a_date_in_brackets_after_the_place_and_an_about_title_ending_in_inc():
    release = parse_release(
        "# Coalition Releases Safety Report\n\n**Washington, D.C. (March 3, 2025)** — Pedestrian deaths in the "
        "largest cities fell in 2024, according to a report released today.\n\nAbout Maplewood Foods Inc.\n\n"
        "Maplewood Foods Inc. is a Canadian food company with sales in 40 countries and a long history.\n")
    assert (release.date, release.place) == ("2025-03-03", "Washington, D.C.")
    assert [a.title for a in release.about] == ["About Maplewood Foods Inc."]


def test_stock_closing_titles_are_sections_whatever_follows():
    release = parse_release("Acme Opens a Plant in Nowhere Valley\n\n"
                            "Nowhere Valley, 2 May 2024 – Acme opened a plant that will employ 200 local people "
                            "from next year, the company said on Tuesday.\n\nENDS\n\nNotes to editors\n"
                            "Acme is a made-up company.\n", suffix=".txt")
    assert section_titles(release) == ["Notes to editors"]


@pytest.mark.parametrize("suffix, source", [
    (".md", "# 灯籠魚閲覧室が開館\n\n灯籠魚財団は本日、港に新しい閲覧室を開きました。閲覧室は毎日開いています。\n\n"
            "## 新しい閲覧室について\n\n閲覧室には六十席があり、子ども向けの一角もあります。\n\n"
            "## 灯籠魚財団について\n\n灯籠魚財団は2001年に設立された、港町の読書を支える団体です。\n"),
    (".html", "<h1>灯籠魚閲覧室が開館</h1><p>灯籠魚財団は本日、港に新しい閲覧室を開きました。閲覧室は毎日開いています。</p>"
              "<p><strong>新しい閲覧室について</strong></p><p>閲覧室には六十席があり、子ども向けの一角もあります。</p>"
              "<p><strong>灯籠魚財団 について</strong></p><p>灯籠魚財団 は2001年に設立された、港町の読書を支える団体です。</p>"),
])
def test_a_japanese_about_title_names_what_it_presents_before_its_about_word(suffix, source):
    release = parse_release(source, suffix=suffix)
    assert [a.title for a in release.about] == [release.sections[-1].title]
    assert release.about[0].title.startswith("灯籠魚財団")


@pytest.mark.parametrize("suffix, source", [
    # Markdown: bold titles over bullet fact lists, the organisation's full legal name in the name field
    (".md", "---\ntitle: 灯籠魚閲覧室が開館\n---\n\n灯籠魚財団は本日、港に新しい閲覧室を開きました。閲覧室は毎日開いています。"
            "閲覧室には六十席があり、子ども向けの一角もあります。\n\n**新しい閲覧室について**\n\n"
            "閲覧室には六十席があり、子ども向けの一角もあります。週末には読み聞かせの会も開きます。\n\n"
            "**灯籠魚財団について**\n\n* 名称: 一般財団法人 灯籠魚財団\n* 理事長: 港 花子\n* 事業内容: 港町の読書の支援\n"),
    # an HTML page: a heading over the company profile's fields, one paragraph each
    (".html", "<h1>灯籠魚閲覧室が開館</h1><p>灯籠魚財団は本日、港に新しい閲覧室を開きました。閲覧室は毎日開いています。"
              "閲覧室には六十席があり、子ども向けの一角もあります。週末には読み聞かせの会も開きます。</p>"
              "<h3>灯籠魚財団について</h3><p>社名：一般財団法人灯籠魚財団</p><p>所在地：港町1-2-3</p><p>設立：2001年</p>"),
])
def test_a_japanese_about_over_a_fact_list_naming_the_organisation(suffix, source):
    release = parse_release(source, suffix=suffix)
    assert [a.title for a in release.about] == ["灯籠魚財団について"]


@pytest.mark.parametrize("text, title", [
    ("Exhibit 99.1\n\nContact: Pat Lee\n          (555) 010-0142\n          pat.lee@mill.example\n\n"
     "                                         May 4, 2031\n\n              Riverside Mill raises its output\n"
     "            and hires a second shift\n\nRIVERSIDE, Ore. - Riverside Mill said today it will raise its output "
     "by a third this year and hire forty workers for a second shift at its plant on the river.\n",
     "Riverside Mill raises its output and hires a second shift"),
    ("NEWS\nFor more information:\nJo Park\n+44 20 7946 0321\njo.park@harbour.example\n"
     "Harbour trust opens a sailing school for children\nPORTREE, Skye – The harbour trust opened a sailing school "
     "on Monday for the children of the island, with lessons free of charge through the summer months.\n",
     "Harbour trust opens a sailing school for children"),
])
def test_a_headline_printed_under_the_contacts_is_the_lines_above_the_story(text, title):
    release = parse_release(text, name="r.txt")
    assert release.title == title


@pytest.mark.parametrize("suffix, source, title, issuer", [
    # Markdown in Japanese: "会社概要" (company profile) over a fact list whose first field names the company
    (".md", "---\ntitle: 灯籠魚閲覧室が開館\n---\n\n灯籠魚は本日、港に新しい閲覧室を開きました。閲覧室は毎日開いています。"
            "閲覧室には六十席があり、子ども向けの一角もあります。\n\n## 会社概要\n\n- 会社名：株式会社灯籠魚\n"
            "- 所在地：港町1-2-3\n", "会社概要", "株式会社灯籠魚"),
    # HTML in Chinese: "公司简介" in brackets over the profile
    (".html", "<h1>灯笼鱼阅览室开放</h1><p>灯笼鱼今天在海滨开放了一间新的阅览室，可容纳六十位读者，每天开放，"
              "并设有儿童角。</p><p><strong>【公司简介】</strong></p><p>公司名称：灯笼鱼文化有限公司</p>"
              "<p>地址：港口路1号</p>", "公司简介", "灯笼鱼文化有限公司"),
])
def test_a_boilerplate_titled_company_profile_is_about_and_names_the_issuer_from_its_fields(suffix, source, title, issuer):
    release = parse_release(source, suffix=suffix)
    assert [a.title for a in release.about] == [title]
    assert release.organization == issuer


@pytest.mark.parametrize("suffix, source, title", [
    # Markdown in Italian: "Chi siamo" (who we are) over the issuer's profile
    (".md", "# La cooperativa apre una biblioteca dei semi\n\nLa cooperativa apre sabato una biblioteca dei semi "
            "per i soci e per i visitatori della valle, con cento varietà da scambiare ogni mese.\n\n## Chi siamo\n\n"
            "La cooperativa Valle Verde riunisce dal 1990 gli orticoltori della valle.\n", "Chi siamo"),
    # plain text in French: "Qui sommes-nous ?" on a line of its own over the profile
    (".txt", "La coopérative ouvre une grainothèque\n\nLa coopérative ouvre samedi une grainothèque pour ses membres "
             "et les visiteurs de la vallée, avec cent variétés à échanger chaque mois.\n\nQui sommes-nous ?\n\n"
             "La coopérative Val Vert réunit depuis 1990 les maraîchers de la vallée.\n", "Qui sommes-nous ?"),
])
def test_a_who_we_are_heading_is_about(suffix, source, title):
    release = parse_release(source, suffix=suffix)
    assert [a.title for a in release.about] == [title]
