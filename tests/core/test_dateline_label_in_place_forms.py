"""A dateline's place with a label written next to it: a Chinese news desk's "請即發稿" (run at once)
after the place and its 訊 ("(港城訊、請即發稿，2031年 05月06日)"), a letterhead's number field after
its label ("NEWS RELEASE NO. 6 May 2031", "Media release No. 12/31, 6 May 2031"): the place is the
place's words alone, or none. Words of our own, in two styles for each (a PHP page and plain text;
plain text and Markdown)."""

from mediakit.core.analyse import parse_release

ZH_PHP = """<?php include 'inc/HEADER.php'; ?>
<h1>最新消息</h1>
<h4>港城科技 於海洋博覽會展示全系列導航產品</h4>
<p>(港城訊、請即發稿，2031年 05月06日) 港城科技股份有限公司今日於海洋博覽會展出全系列導航產品，
包含船用導航儀與港口管理系統，吸引眾多業界人士參觀。</p>
"""

ZH_TEXT = """港城科技推出新一代船用導航儀

（港城讯、请即发布，2031年5月6日）港城科技股份有限公司今日发布新一代船用导航仪，
支持多种卫星定位系统，可广泛应用于渔船与货轮。
"""

TROVE = """---
title: "Ferry services for the islands"
date: "2031-05-06"
---

 DEPARTMENT OF TRANSPORT

 NEWS RELEASE NO. 6 May 2031

 FERRY SERVICES FOR THE ISLANDS

 The Minister for Transport said today that two new ferries would serve the islands from July,
 doubling the number of crossings each week for the island towns.
"""

MARKDOWN = """# Two new ferries for the islands

Media release No. 12/31, 6 May 2031 – The Department of Transport will put two new ferries on the
island run from July, doubling the crossings each week for the island towns.
"""


def test_a_release_label_after_a_chinese_dateline_place_is_not_part_of_it():
    release = parse_release(ZH_PHP, name="r.php")
    assert release.place == "港城"
    assert release.date == "2031-05-06"


def test_a_simplified_label_after_the_place_in_plain_text():
    release = parse_release(ZH_TEXT, name="r.txt")
    assert release.place == "港城"
    assert release.date == "2031-05-06"


def test_a_blank_number_field_after_a_label_is_no_place():
    release = parse_release(TROVE, name="r.txt")
    assert release.place is None
    assert release.date == "2031-05-06"


def test_a_filled_in_number_field_after_a_label_is_no_place():
    release = parse_release(MARKDOWN, name="r.md")
    assert release.place is None
    assert release.date == "2031-05-06"
