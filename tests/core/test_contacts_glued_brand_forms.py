"""Contact cards a flattening ran together, where a brand or a desk runs on into the address: the
organisation's name written with a capital inside it ("…CommunicationsTallyPortro.press@…", kept
whole where the release prints it elsewhere), a number and a web address glued after the address's
top-level domain ("….com801-555-0148www.…"), a desk label glued to the address in lower case
("Media Relationsnews@…"); and a Chinese city line under a contact's name. Words and numbers of
our own, in two styles: a wire's flattened Markdown and a press kit's HTML template."""

from mediakit.core.analyse import parse_release


def _cards(text: str, name: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name=name).contacts]


BRAND = """# TallyPort Launches a Card for Freight Payments

SALT LAKE CITY, UT - March 11, 2026 (NEWMEDIAWIRE) - TallyPort, a freight payments company, today launched \
a card that settles freight invoices in one day. TallyPort says 2,400 carriers signed up in the pilot. \
TallyPort will open the card to all carriers in June.

 About TallyPort

 TallyPort builds payment tools for freight carriers.

 Media Contact:Renata OakesDirector Content and CommunicationsTallyPortro.press@tallyport.com801-555-0148www.tallyport.com

View the original release on www.newmediawire.com
"""

DESK = """# Varro Holdings Completes the Purchase of a Dockside Hotel

TAMPA, FL - March 12, 2026 (NEWMEDIAWIRE) - Varro Holdings Group today completed the purchase of a \
hotel with 120 rooms at the Tampa docks.

 About Varro Holdings Group

 Varro Holdings Group owns hotels and bars in Florida.

 Media Relationsnews@varroholdingsgroup.com

View the original release on www.newmediawire.com
"""

KIT = """{%extends "base/page.html"%}
{%block contents%}
<h1>Lumina 3.0 新闻稿</h1>
<p>2026/3/13: Lumina 项目宣布发布 Lumina 3.0，新增 140 个滤镜。这个版本提高了图片处理的速度，用户可以在一个窗口中同时编辑多张图片。我们的社区在过去一年里一直在改进这些功能，并且感谢所有参与测试的志愿者。</p>
<p>Lumina 是一个自由的图片编辑软件，它可以在多种操作系统上运行，并且由来自世界各地的开发者共同维护。</p>
<a name="contact"></a><h2>联系方式</h2>
<p>联系人：</p>
<p>
王晓明<br />
杭州<br />
13515567890<br />
<a href="mailto:cn@lumina.org">cn@lumina.org</a>
</p>
{% endblock %}
"""


def test_a_camel_case_brand_glued_to_the_address_stays_whole_and_apart():
    assert _cards(BRAND, "r.md") == [("Renata Oakes", "TallyPort", ["+18015550148"], ["ro.press@tallyport.com"])]


def test_a_desk_label_glued_to_its_address_in_lower_case_introduces_it():
    assert _cards(DESK, "r.md") == [(None, "Varro Holdings Group", [], ["news@varroholdingsgroup.com"])]


def test_a_city_line_under_a_chinese_name_is_no_name():
    assert _cards(KIT, "r.html") == [("王晓明", "Lumina", ["+8613515567890"], ["cn@lumina.org"])]
