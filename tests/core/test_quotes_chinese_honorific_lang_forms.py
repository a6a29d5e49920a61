"""A Chinese quotation whose speaker is named with an honorific after the name, before the
said-verb ("…总经理王立明先生说道。", "…工程师Tom Reed先生表示。", "…主任陈雅婷女士表示。"), in words of
our own and two styles (Markdown, an HTML page): the quotation is the speaker's, the name shown
without the honorific."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# 绿源公司发布新版本

绿源公司今天发布了新版本软件，新版本支持更多的数据格式，并大幅提升了处理速度，受到用户的广泛欢迎。

"我们的团队着重构建那些可以充分适用于现代网络架构的核心特性，并持续改进产品的性能，"绿源公司总经理王立明先生说道。

“新版本让我们的客户在一天之内就能完成过去需要一周的数据迁移工作，”绿源公司的高级工程师Tom Reed先生表示。
"""

HTML = """<html><body><h1>晨光图书馆开放夜间阅览室</h1>
<p>（南京讯，2031年5月6日）晨光图书馆今日宣布，夜间阅览室将于下月起每天开放至晚上十点，可容纳120名读者。</p>
<p>「我们希望让下班后的市民也能安心读书，这是图书馆服务的一次重要延伸。」晨光图书馆主任陈雅婷女士表示。</p>
</body></html>"""


def _speakers(release):
    return [(q.speaker, q.role) for q in release.quotes]


def test_an_honorific_after_the_name_leaves_the_speaker():
    assert _speakers(parse_release(MARKDOWN, name="r.md")) == [
        ("王立明", "绿源公司总经理"), ("Tom Reed", "绿源公司的高级工程师")]
    assert _speakers(parse_release(HTML, name="r.html")) == [("陈雅婷", "晨光图书馆主任")]
