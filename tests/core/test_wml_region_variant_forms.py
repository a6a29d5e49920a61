"""A Chinese WML news page writes each regional wording inline ("[CN:项目:][TW:專案:][HK:計劃:]");
the page shows one region's: the mainland's where it is written in simplified characters, Taiwan's
otherwise. A WML page's title is its headline even where the body has a heading of its own, which
is then a part of the body. Names and words are invented."""

from mediakit.core.analyse import parse_release

_TRADITIONAL = """<define-tag pagetitle>青嵐[TW:專案:][CN:項目:][HK:計劃:]正式啟動</define-tag>
<define-tag release_date>2031-04-01</define-tag>
#use wml::debian::news

<h1>歡迎新成員！</h1>

<p>青嵐[TW:專案:][CN:項目:][HK:計劃:]今天宣佈，來自三個社群的開發者將一起維護新的[TWHK:套件:][CN:軟件包:]庫。</p>

<p>專案負責人 Lena Fors 在加入青嵐[TW:專案:][CNHK:項目:]後解釋道：<q>我們希望每一個[TWHK:套件:][CN:軟件包:]都能在幾分鐘內安裝好，並且讓所有用戶都能參與。</q></p>
"""

_SIMPLIFIED = """<define-tag pagetitle>青岚[CN:项目:][TW:專案:]正式启动</define-tag>
<define-tag release_date>2031-04-01</define-tag>
#use wml::debian::news

<p>青岚[CN:项目:][TW:專案:]今天宣布，来自三个社区的开发者将一起维护新的[CN:软件包:][TWHK:套件:]库。这个[CN:项目:][TW:專案:]的成员们说，他们会为用户提供更多的服务。</p>
"""


def _release(text):
    return parse_release(text, "news.wml").to_json()


def test_a_traditional_page_shows_taiwans_wording_and_its_title_over_the_body_heading():
    out = _release(_TRADITIONAL)
    assert out["title"] == "青嵐專案正式啟動"
    assert [s["title"] for s in out["sections"]] == ["歡迎新成員！"]
    assert [(q["speaker"], q["role"]) for q in out["quotes"]] == [("Lena Fors", "專案負責人")]
    assert "套件" in out["quotes"][0]["text"] and "[" not in out["quotes"][0]["text"]


def test_a_simplified_page_shows_the_mainlands_wording():
    release = parse_release(_SIMPLIFIED, "news.wml")
    assert release.to_json()["title"] == "青岚项目正式启动"
    body = " ".join(b.text for b in release.blocks)
    assert "软件包" in body and "套件" not in body and "專案" not in body and "[" not in body


def test_square_brackets_that_name_no_region_stay():
    out = _release("<define-tag pagetitle>Lumen 2.0 [beta] released</define-tag>\n"
                   "<p>The [beta] build of Lumen 2.0 is out today for every user of the old one.</p>\n")
    assert out["title"] == "Lumen 2.0 [beta] released"
