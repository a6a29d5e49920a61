"""A page with no headline whose first paragraph opens with the date ("2031年5月13日 - 青岚开发组
今天宣布…"): in Chinese or Japanese that paragraph is the story's first even when short in
characters (each takes two columns), so the date is the release's and the next paragraph is no
headline. Names, numbers and words are invented."""

import pytest

from mediakit.core.analyse import parse_release

_ZH = ("{% extends \"kit/base.html\" %}\n{% block kit_content %}\n"
       "<p><strong>2031年5月13日</strong> - 青岚全球开发组今天宣布<a href=\"/docs/\">青岚 15</a> 正式发布，这是最先进的开源地图引擎的最新版本。</p>\n"
       "<p>青岚 15 版本的发布主要侧重于性能提升，在管理本地和分布式部署中的工作负载方面成效显著，包括改进的排序功能。此版本改善了开发人员的体验，并添加了更多用于监测引擎状态的能力。</p>\n"
       "<h3>性能提升</h3>\n<p>新版本的排序速度提高了很多，查询现在可以并行执行，为用户节省了大量的时间。</p>\n"
       "{% endblock kit_content %}\n")
_JA = ("2031年5月13日 - 青嵐開発グループは、本日、地図エンジン青嵐 15のリリースを発表しました。\n\n"
       "青嵐 15では、最近のリリースの性能向上に加えて、並び替えの改良を含む、ローカルと分散環境の両方で作業を管理するための顕著な利点を備えています。また、状態を監視する機能が追加されています。\n\n"
       "## 性能の向上\n\nこの最新リリースでは、並び替えのアルゴリズムを改善し、多くの場合に速度が向上しています。\n")


@pytest.mark.parametrize("text, name", [(_ZH, "kit.html"), (_JA, "kit.md")])
def test_the_dated_opening_paragraph_dates_the_release_and_no_sentence_is_its_headline(text, name):
    out = parse_release(text, name).to_json()
    assert out["date"] == "2031-05-13"
    assert not (out["title"] or "").startswith("青")  # no headline: null, never the paragraph below
