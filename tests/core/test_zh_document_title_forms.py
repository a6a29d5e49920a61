"""A Chinese government document's title opening with the word for "about" and ending in the kind
of document ("关于开展…的通知", a notice on …), in words of our own and two styles (Simplified HTML,
Traditional plain text): it is the headline, not an "About …" boilerplate title; an "About" part
naming an organisation still is one."""

from mediakit.core.analyse import parse_release
from mediakit.core.structure.about import is_about_title

HTML = """<html><head><title>关于开展夏季防汛演练的通知-某某县应急管理局</title></head><body>
<h1>关于开展夏季防汛演练的通知</h1>
<p>各乡镇、各部门：为提高防汛应急能力，县应急管理局定于6月4日组织开展夏季防汛演练，参演人员约800人。</p>
</body></html>"""

PLAIN = """關於調整公共自行車收費標準的公告

為改善服務品質，本局自2031年7月1日起調整公共自行車收費標準，前30分鐘維持免費，之後每30分鐘收費10元。

交通局
2031年6月4日
"""


def test_a_document_title_on_a_matter_is_the_headline():
    assert parse_release(HTML, name="r.html").title == "关于开展夏季防汛演练的通知"
    assert parse_release(PLAIN, name="r.txt").title == "關於調整公共自行車收費標準的公告"


def test_an_about_title_naming_an_organisation_is_still_boilerplate():
    assert is_about_title("关于海湾科技") and is_about_title("關於本基金會")
