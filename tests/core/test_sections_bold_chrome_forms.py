"""A bold line naming the page's own furniture ("扫码关注我们" over a QR code, "Follow us" over
icons, "相关阅读" over links) titles no part of the release, as an <h3> "Related news" does not.
Our own words, in Chinese Markdown and English HTML."""

import pytest

from mediakit.core.analyse import parse_release

ZH = ("# 晴川书屋开设旧书修复工作室\n\n2033年3月9日，晴川书屋宣布在市中心门店开设旧书修复工作室，"
      "为读者免费修补旧书，每月可修复约两百本。\n\n## 开放时间\n\n工作室每周二至周日开放，每天上午十点至下午六点，"
      "读者可在门店前台登记预约。\n\n")
EN = ("<html><body><h1>Lakeside library opens a book repair studio</h1><p>LAKESIDE, March 9, 2033 – The "
      "Lakeside library opened a studio where volunteers repair damaged books for free, about two hundred "
      "a month.</p><h2>Opening hours</h2><p>The studio is open Tuesday to Sunday from ten to six, and "
      "readers can book a slot at the front desk.</p>")


@pytest.mark.parametrize("text, name", [
    (ZH + "**扫码关注我们**\n\n![二维码](qr.png)\n", "r.md"),
    (ZH + "**相关阅读**\n\n- [晴川书屋发布年度报告](/news/1.html)\n- [晴川书屋获评优秀书店](/news/2.html)\n", "r.md"),
    (EN + '<p><strong>Follow us</strong></p><p><img src="fb.png" alt=""></p><p><img src="x.png" alt=""></p>'
     "</body></html>", "r.html"),
])
def test_a_bold_line_over_the_page_s_furniture_is_no_section(text, name):
    wanted = ["开放时间"] if name == "r.md" else ["Opening hours"]
    assert [s.title for s in parse_release(text, name=name).all_sections()] == wanted
