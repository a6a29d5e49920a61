"""A release in Chinese or Japanese with no headline printed, opened by a short dated line: the
paragraph of whole sentences below it ("…を発表しました。") is the story, not a headline, so the
title is null and the dated line is the dateline. Words of our own, in two styles (a Django
template fragment in Chinese, plain text in Japanese)."""

from mediakit.core.analyse import load_release

FRAGMENT = """{% extends "pages/about/press/kit/base.html" %}
{% block kit_content %}
<p><strong>2031年5月6日</strong> - 灯笼项目今天宣布灯笼9正式发布，这是其开源地图服务器的最新版本。</p>
<p>灯笼9的发布主要侧重于性能提升，地图瓦片的绘制速度提高了一倍，并新增了样式编辑器，同时支持在手机和平板电脑上使用离线地图，方便远离网络的野外工作人员，也让城市规划部门能够更快地更新街道和公交线路的数据。</p>
<p>灯笼项目负责人表示，这是项目加入港城基金会以来的第一个版本，来自30个国家的200多名贡献者参与了开发。</p>
{% endblock kit_content %}
"""

PLAIN = """2031年5月6日 – 港城フェリーは本日、夜間便の運航開始を発表しました。

港城フェリーは6月から二つの港を結ぶ夜間便を運航し、一便あたり最大200人の乗客と40台の自転車を運びます。夜間便は毎日午後9時と午後11時に出発し、通勤客と観光客の双方に利用されることが見込まれています。
"""


def test_a_chinese_kit_fragment_opened_by_a_dated_line_has_no_title(tmp_path):
    path = tmp_path / "kit-9-zh.html"
    path.write_text(FRAGMENT, encoding="utf-8")
    release = load_release(str(path))
    assert release.to_json()["title"] is None
    assert release.date == "2031-05-06"


def test_japanese_plain_text_opened_by_a_dated_line_has_no_title(tmp_path):
    path = tmp_path / "night-ferry.txt"
    path.write_text(PLAIN, encoding="utf-8")
    release = load_release(str(path))
    assert release.to_json()["title"] is None
    assert release.date == "2031-05-06"
