"""The headline under a masthead, in words of our own and two styles each: a publisher's name (and
address, web address) above a label line is not the headline, the line below the label is; a line
holding only a web address ends a letterhead; in a Japanese notice the date, the salutation 各位 and
the company named with its legal form stand above the headline. And where the page's first heading
is the site's name, or the HTML title names the list page, the release's own heading is the headline."""

from mediakit.core.analyse import parse_release

PLAIN = """Ministry of Fisheries and Coasts
Government of the Northern Isles

PRESS RELEASE

Ministry Opens Two New Marine Reserves

Port Allan, June 4, 2031 – The Ministry of Fisheries and Coasts today opened two marine reserves covering 800 square kilometres of the northern coast.
"""

HTML = """<html><body>
<p>Tidewell Instruments, Inc.</p><p>14 Quay Road, Harbourside</p><p>www.tidewell.example</p>
<p>Tidewell Launches Low-Cost Tide Gauge</p>
<p>HARBOURSIDE, 4 June 2031 – Tidewell Instruments today launched a tide gauge that costs a tenth of the models ports use now.</p>
</body></html>"""

JA_PLAIN = """2031年6月4日

各位

株式会社あおば精工

本社移転に関するお知らせ

当社は、本日開催の取締役会において、本社を移転することを決議いたしましたので、お知らせいたします。移転費用は約5億円を見込んでおります。
"""

JA_HTML = """<html><body><p>2031年6月4日</p><p>関係各位</p><p>ひかり食品株式会社</p>
<p>新商品「海のめぐみ」発売のお知らせ</p>
<p>当社は、本日、新商品の発売を決定いたしましたので、お知らせいたします。販売目標は年間50万個です。</p></body></html>"""

MD_SITE = """# Coastline Trust

[Home](/) | [News](/news)

## Coastline Trust Buys 40 Acres of Salt Marsh

*Press release*

SEAPORT, Maine, June 4, 2031 — The Coastline Trust today bought 40 acres of salt marsh to protect it from building.
"""

HTML_LIST = """<html><head><title>Press releases – Orchard Labs</title></head><body>
<h1>Press releases</h1>
<h2>Orchard Labs Opens Research Centre in Cork</h2>
<p>CORK, 4 June 2031 – Orchard Labs today opened a research centre in Cork with 80 scientists.</p>
</body></html>"""


def test_the_line_under_the_label_is_the_headline_not_the_publisher():
    assert parse_release(PLAIN, name="r.txt").title == "Ministry Opens Two New Marine Reserves"


def test_a_web_address_ends_the_letterhead():
    assert parse_release(HTML, name="r.html").title == "Tidewell Launches Low-Cost Tide Gauge"


def test_a_japanese_notice_shows_its_headline_not_the_issuer():
    assert parse_release(JA_PLAIN, name="r.txt").title == "本社移転に関するお知らせ"
    assert parse_release(JA_HTML, name="r.html").title == "新商品「海のめぐみ」発売のお知らせ"


def test_the_site_heading_and_the_list_page_title_are_not_the_headline():
    assert parse_release(MD_SITE, name="r.md").title == "Coastline Trust Buys 40 Acres of Salt Marsh"
    assert parse_release(HTML_LIST, name="r.html").title == "Orchard Labs Opens Research Centre in Cork"


JA_REPRESENTATIVE = """2031年6月4日
各位
株式会社こまち電工
代表取締役社長　佐藤 健

社長交代のお知らせ

当社は、本日開催の取締役会において、代表取締役の異動を決議いたしましたので、お知らせいたします。
"""


def test_the_issuers_representative_is_no_headline():
    assert parse_release(JA_REPRESENTATIVE, name="r.txt").title == "社長交代のお知らせ"


JA_DISCLOSURE = """2031年6月4日
各位
会社名　株式会社みなと製菓
代表者名　代表取締役社長　中村 修
（コード番号：9876　東証スタンダード）
問合せ先　取締役経営企画部長　小林 恵
（TEL．03－9876－5432）

配当予想の修正に関するお知らせ

当社は、本日開催の取締役会において、配当予想を修正することを決議いたしましたので、お知らせいたします。
"""


def test_a_disclosures_masthead_fields_are_no_headline():
    assert parse_release(JA_DISCLOSURE, name="r.txt").title == "配当予想の修正に関するお知らせ"
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in JA_DISCLOSURE.splitlines() if line) + "</body></html>"
    assert parse_release(html, name="r.html").title == "配当予想の修正に関するお知らせ"
