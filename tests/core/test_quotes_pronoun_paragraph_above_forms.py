"""A quotation led only by a pronoun and a said-verb ("他表示：“…”", "She said: “…”") at the start of
its paragraph stands for the one person the paragraph above names, when that paragraph quotes no
one. Fixtures in a Chinese Markdown release and an English HTML page; names and places are invented."""

from mediakit.core.analyse import parse_release


def speakers(text, name):
    return [q.speaker for q in parse_release(text, name=name).quotes]


CHINESE = """# 海港新码头正式启用

（2031年3月3日，港城讯）港城海港管理局今天宣布新码头正式启用，局长王建华出席仪式。

他表示：“新码头将使港口的年吞吐能力提高一倍，并为本地渔民提供更多泊位。”
"""

ENGLISH = """<html><body>
<h1>Harbour plan approved</h1>
<p>PORTVALE, March 3, 2031 &ndash; The plan was drawn up by Ann Roe, head of operations at the harbour board.</p>
<p>She said: &ldquo;This plan gives the harbour a future for the next thirty years and keeps the boats working.&rdquo;</p>
</body></html>
"""


def test_chinese_pronoun_after_a_named_paragraph():
    assert speakers(CHINESE, "release.md") == ["王建华"]


def test_english_pronoun_after_a_named_paragraph():
    assert speakers(ENGLISH, "release.html") == ["Ann Roe"]
