"""A Japanese attribution in the polite present after the quotation ("…が付け加えます", "…と説明します"),
as translated releases write it, names the speaker as the past and plain forms do. Names and
organisations are invented."""

from mediakit.core.analyse import parse_release


def quoted(text, name):
    return [(q.speaker, q.text) for q in parse_release(text, name=name).quotes]


def test_polite_present_after_an_inline_quotation_in_html():
    html = ("<html><body><h1>新版リリース</h1><p>本日、新版を公開しました。</p><p>"
            "<q>共同作業によって、構築を可能にするというのは刺激的です。</q>\n"
            "Marta Quell、Foo 財団の技術マネージャが付け加えます。</p></body></html>")
    assert quoted(html, "release.html") == [("Marta Quell", "共同作業によって、構築を可能にするというのは刺激的です。")]


def test_polite_present_after_brackets_in_markdown():
    text = ("# 港の新しい案内所\n\n本日、案内所を開きました。\n\n"
            "「旅行者が迷わない港にしたいと考えています。」と、港湾協会の北川理事長は説明します。\n")
    assert [speaker for speaker, _ in quoted(text, "release.md")] == ["北川"]
