"""A Japanese title "X について" whose X carries a company's legal form ("一般社団法人 X について",
"株式会社X について") is X's boilerplate even where its text does not open by naming X ("2015年設立。");
"新サービスについて" over a text about the service stays an ordinary part. Our own words, in Japanese
plain text and HTML."""

import pytest

from mediakit.core.analyse import parse_release

LEAD = "一般社団法人こもれび文庫は、子ども向けの移動図書館の運行を2033年4月から始めることをお知らせいたします。"
PROFILE = "2015年設立。地域の図書館と協力し、本に触れる機会の少ない子どもたちに読書の場を届けています。"
SERVICE = "移動図書館は毎週土曜日に市内の公園を巡回し、絵本や児童書を無料で貸し出します。"


def about_titles(text, name):
    return [part.title for part in parse_release(text, name=name).about]


@pytest.mark.parametrize("text, name", [
    (f"移動図書館の運行開始について\n\n2033年3月9日\n\n{LEAD}\n\n■新サービスについて\n{SERVICE}\n\n"
     f"■一般社団法人 こもれび文庫について\n{PROFILE}\n", "r.txt"),
    (f"<html><body><h1>移動図書館の運行開始について</h1><p>2033年3月9日</p><p>{LEAD}</p>"
     f"<h2>新サービスについて</h2><p>{SERVICE}</p><h2>一般社団法人 こもれび文庫について</h2><p>{PROFILE}</p>"
     "</body></html>", "r.html"),
])
def test_a_company_named_by_its_legal_form_before_nitsuite_titles_its_boilerplate(text, name):
    assert about_titles(text, name) == ["一般社団法人 こもれび文庫について"]
