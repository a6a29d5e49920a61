"""A Japanese headline with its subtitle framed by the same two marks on a heading of its own
right under it ("～地域の食卓を支える～", "ー次の十年へー") and no dateline, in words of our own and
two styles (Markdown, an HTML page): the framed subtitle is the headline's deck, no section,
while the release's own part titles stay sections."""

from mediakit.core.analyse import parse_release

MARKDOWN = """# ひかり食堂、市内に三号店を開店

## ～地域の食卓を支える新しい拠点～

ひかり食堂は本日、市内に三号店を開店しました。席数は48席で、地元の野菜を使った定食を提供します。

## 店舗概要

営業時間は午前11時から午後9時までです。
"""

HTML = """<html><body><h1>さくら図書館、開館十周年の記念展を開催</h1>
<h2>ー次の十年へ、まちの本棚をひろげるー</h2>
<p>さくら図書館は本日、開館十周年を記念する展示を始めました。期間中は館内で約200点の資料を公開します。</p>
<h2>開催概要</h2>
<p>会期は来月末までです。入場は無料です。</p>
</body></html>"""


def test_a_framed_subtitle_under_the_headline_is_no_section():
    assert [s.title for s in parse_release(MARKDOWN, name="r.md").sections] == ["店舗概要"]
    assert [s.title for s in parse_release(HTML, name="r.html").sections] == ["開催概要"]
