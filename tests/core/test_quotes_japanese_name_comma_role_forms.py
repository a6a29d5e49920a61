"""A Japanese translation that keeps the English "said Name, Role" order after the quotation:
"「…」と Jo Roe、Acme プロジェクトリーダは言います。". The Latin name before the ideographic comma is
the speaker and the words after it, up to は, the role. Fixtures in a WML news page (<q> marks) and
Markdown; names, organisations and numbers are invented."""

from mediakit.core.analyse import parse_release


def quotes(text, name):
    return [(q.speaker, q.role, q.text) for q in parse_release(text, name=name).quotes]


WML = """<define-tag pagetitle>Nordpass 4.0 リリース</define-tag>
<define-tag release_date>2031-03-02</define-tag>
#use wml::debian::news

<p>Nordpass プロジェクトは 4.0 をリリースしました。</p>

<p>
<q>自由なソフトウェアで暗号の鍵を守ることは大きな挑戦です。
私たちは利用者がそれを簡単に使えるようにしたい。</q>
と Maren Solvik、Nordpass プロジェクトリーダは言います。
</p>
"""

MARKDOWN = """# Halden Cloud が東京に拠点を開設

2031年5月1日

“東京の利用者に近い場所で運用できることは、私たちにとって大きな一歩です。” と Tomas Eklund、Halden Cloud のコミュニティマネージャは述べています。
"""


def test_wml_name_comma_role_after_a_q_quotation():
    found = quotes(WML, "release.wml")
    assert [(q[0], q[1]) for q in found] == [("Maren Solvik", "Nordpass プロジェクトリーダ")]
    assert found[0][2].startswith("自由なソフトウェアで暗号の鍵を守ることは")


def test_markdown_name_comma_role_after_the_quotation():
    found = quotes(MARKDOWN, "release.md")
    assert [(q[0], q[1]) for q in found] == [("Tomas Eklund", "Halden Cloud のコミュニティマネージャ")]


COMPANY_FIRST = """# Halden Cloud 4.0 を発表

2031年5月1日

「新しい索引で検索が三倍速くなり、利用者の待ち時間が大きく減りました。」と、Halden Cloud社のプロダクトマネージャ、Tomas Eklund氏は言っています。
"""


def test_a_company_before_the_comma_is_no_name():
    found = quotes(COMPANY_FIRST, "release.md")
    assert [(q[0], q[1]) for q in found] == [("Tomas Eklund", "Halden Cloud社のプロダクトマネージャ")]
