"""A small heading (an h4 under a site's section name "最新消息") over a short deck line set as a
paragraph, then the dated story: the heading is the headline, the page's section name is not.
Names, numbers and words are invented."""

import pytest

_STORY = "<p>(台北訊，2031年4月24日) – 青嵐數位今天於台北車用電子展發表二款行車記錄器，整合性更高、規格更勝以往，主機可直接貼合於擋風玻璃或車內後照鏡，為每一位駕駛提供更安全、更清晰的行車環境。</p>"


@pytest.mark.parametrize("text, name", [
    ("<?php include 'inc/HEADER.php'; ?>\n<h1>最新消息</h1><span class=\"h4\">新聞</span><p class=\"dat\">2031.04.24</p>"
     "<h4>青嵐數位 發表新款行車記錄器</h4><p class=\"deck\">高規格行車記錄器 Lumo 816D 及 Lumo 806</p>" + _STORY
     + "\n<?php include 'inc/FOOTER.php'; ?>", "press.php"),
    ("<html><body><h1>最新消息</h1><h4>青嵐數位 發表新款行車記錄器</h4><p>高規格行車記錄器 Lumo 816D 及 Lumo 806</p>"
     + _STORY + "</body></html>", "press.html"),
])
def test_the_small_heading_over_a_deck_line_is_the_headline(text, name):
    from mediakit.core.analyse import parse_release

    out = parse_release(text, name).to_json()
    assert out["title"] == "青嵐數位 發表新款行車記錄器"
    assert out["date"] == "2031-04-24" and out["place"] == "台北"
