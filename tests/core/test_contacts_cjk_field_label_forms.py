"""A Chinese contact block lists its fields under labels standing alone ("网址" over the web
address, "邮箱" over the e-mail): a label is no person's name. Names and addresses are invented."""

import pytest

from mediakit.core.analyse import parse_release

_STORY = ("<p>2031年5月13日 - 青岚开发组今天宣布青岚 15 正式发布，这是最先进的开源地图引擎的最新版本，为用户带来了更快的查询速度。</p>"
          "<p>青岚 15 版本的发布主要侧重于性能提升，在管理本地和分布式部署中的工作负载方面成效显著，包括改进的排序功能和更多用于监测引擎状态的能力。</p>")


@pytest.mark.parametrize("label", ["网址", "網址", "网站"])
def test_a_field_label_over_the_web_address_names_no_one_html(label):
    html = (f"<h1>青岚 15 发布</h1>{_STORY}<h2>联系方式</h2><p>{label}</p><ul><li><a href=\"https://lumen.example/\">"
            "https://lumen.example/</a></li></ul><p>邮箱</p><ul><li><a href=\"mailto:press@lumen.example\">"
            "press@lumen.example</a></li></ul>")
    contacts = parse_release(html, "kit.html").to_json()["contacts"]
    assert [(c["name"], c["emails"]) for c in contacts] == [(None, ["press@lumen.example"])]


def test_a_field_label_over_the_web_address_names_no_one_markdown():
    text = ("# 青岚 15 发布\n\n2031年5月13日 - 青岚开发组今天宣布青岚 15 正式发布，这是最先进的开源地图引擎的最新版本，为用户带来了更快的查询速度。\n\n"
            "## 联系方式\n\n网址\n\n- https://lumen.example/\n\n邮箱\n\n- press@lumen.example\n")
    contacts = parse_release(text, "kit.md").to_json()["contacts"]
    assert [(c["name"], c["emails"]) for c in contacts] == [(None, ["press@lumen.example"])]
