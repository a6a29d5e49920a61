"""A Chinese speaker named by what they are rather than an office ("居民孙桂芳表示", "家长李明说") is
found with that word as the role, as one named by an office ("局长王建国表示") is.

Fixtures of our own: a city park's opening in Markdown (a resident quoted after a long description)
and a village's notice in HTML (a villager quoted, the attribution before the quote).
"""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def test_a_resident_quoted_after_a_description_in_markdown():
    text = ("# 滨江公园正式开放\n\n2031年4月2日，宁波——滨江公园今天正式开放，面积达12公顷。\n\n"
            "家住滨江小区的居民陈秀英表示：“新公园让我们每天都有地方散步了，孩子们也很喜欢这里。”\n")
    quote = parse_release(text, "park.md").quotes[0]
    assert (quote.speaker, quote.role) == ("陈秀英", "家住滨江小区的居民")


def test_a_villager_quoted_after_the_attribution_on_a_page():
    html = ("<html><body><h1>青山村通上自来水</h1><p>2031年9月1日，丽水——青山村今天通上了自来水，全村128户受益。</p>"
            "<p>村民赵德福说：“以前每天都要去山下挑水，现在打开龙头就有干净的水了。”</p></body></html>")
    quote = parse_release(html, "water.html").quotes[0]
    assert (quote.speaker, quote.role) == ("赵德福", "村民")
