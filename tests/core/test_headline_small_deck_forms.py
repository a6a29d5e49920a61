"""A site's section name as the page's large heading, the release's headline as a small heading
(an h4) under it and a still smaller deck heading (an h5) between the headline and the story, in
words of our own and two styles (a PHP page's HTML, Markdown): the small heading over the deck is
the headline, not the section name, and the deck titles no part."""

from mediakit.core.analyse import parse_release

PHP = """<?php include 'inc/header.php'; ?>
<div class="hero"><h1>最新消息</h1></div>
<div class="row"><span class="h4">新聞</span><p class="dat">2031.03.08</p>
<h4>綠谷科技於高雄智慧城市展推出全新路燈感測平台</h4>
<h5>整合空氣品質偵測、車流統計與遠端調光功能的智慧路燈方案</h5>
<img src="../images/expo.jpg" />
<p>(高雄訊，2031年03月08日) – 綠谷科技股份有限公司於2031年高雄智慧城市展期間展出新一代路燈感測平台，
單一燈桿可同時偵測空氣品質與車流，並透過雲端平台遠端調光，協助城市節省約35%的路燈用電。</p>
<p>綠谷科技表示，該平台已於三個城市完成試辦，並預計於明年擴大導入。</p>
</div>
<?php include 'inc/footer.php'; ?>"""

MARKDOWN = """# Aktuelles

#### Wellbrook Mobility eröffnet Ladepark mit 48 Schnellladern in Kassel

##### Der neue Standort an der Autobahn soll jährlich rund 90.000 Ladevorgänge ermöglichen

Kassel, 8. März 2031 – Die Wellbrook Mobility GmbH hat heute in Kassel einen Ladepark mit 48 Schnellladepunkten eröffnet, der an sieben Tagen in der Woche rund um die Uhr zugänglich ist.

Nach Angaben des Unternehmens werden dort jährlich rund 90.000 Ladevorgänge erwartet.
"""


def test_the_small_heading_over_its_deck_is_the_headline():
    release = parse_release(PHP, name="press-events.php")
    assert release.title == "綠谷科技於高雄智慧城市展推出全新路燈感測平台"
    assert release.place == "高雄"
    assert [s.title for s in release.sections] == []
    release = parse_release(MARKDOWN, name="r.md")
    assert release.title == "Wellbrook Mobility eröffnet Ladepark mit 48 Schnellladern in Kassel"
    assert all("Ladevorgänge" not in s.title for s in release.sections)
