"""Japanese releases lead a quotation with a comment label on the same line: "館長の山本花子氏の
コメント：「…」" (the label's own line above the quotation is already read); the speaker is the
person the label names. Fixtures in Markdown and an HTML page; names and places are invented."""

from mediakit.core.analyse import parse_release


def speakers(text, name):
    return [(q.speaker, q.role) for q in parse_release(text, name=name).quotes]


MARKDOWN = """# 新しい図書館が開館

2031年3月3日 - 港市は本日、新しい図書館を開館しました。

館長の山本花子氏のコメント：「新しい図書館は毎日夜10時まで開館し、学生の皆さんに静かな学習の場を提供します。」

開館記念の催しは今月末まで続きます。
"""

HTML = """<html><body>
<h1>北浜市に新しい公園が完成</h1>
<p>2031年5月9日 - 北浜市は本日、駅前に新しい公園が完成したと発表しました。</p>
<p>北浜市長 佐藤一郎のコメント：「この公園は子どもからお年寄りまで、誰もが安心して過ごせる場所になります。」</p>
</body></html>
"""


def test_comment_label_before_a_quotation_in_markdown():
    assert speakers(MARKDOWN, "release.md") == [("山本花子", "館長")]


def test_comment_label_before_a_quotation_in_html():
    assert [s for s, _ in speakers(HTML, "release.html")] == ["佐藤一郎"]
