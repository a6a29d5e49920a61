"""A Chinese heading opened by 有关 ("regarding": "有关新版本的更多信息") is a section of the release,
not its "About …" boilerplate, which Chinese releases open with 关于 / 關於.

Fixtures of our own: a Simplified Chinese Markdown release and a Traditional Chinese HTML one.
"""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

RELEASES = {
    "markdown": ("# 青岚软件发布 5.0 版\n\n2031年4月2日，青岚软件发布 5.0 版，新增 12 项功能。\n\n"
                 "## 有关新版本的更多信息\n\n用户可在官网下载新版本并阅读说明。\n\n"
                 "## 关于青岚软件\n\n青岚软件成立于 2009 年，专注于办公软件。\n", "release.md",
                 "有关新版本的更多信息", "关于青岚软件"),
    "html": ("<h1>青嵐軟體發布 5.0 版</h1><p>2031年4月2日，青嵐軟體發布 5.0 版，新增 12 項功能。</p>"
             "<h2>有關新版本的更多資訊</h2><p>使用者可在官網下載新版本並閱讀說明。</p>"
             "<h2>關於青嵐軟體</h2><p>青嵐軟體成立於 2009 年，專注於辦公軟體。</p>", "release.html",
             "有關新版本的更多資訊", "關於青嵐軟體"),
}


@pytest.mark.parametrize("style", sorted(RELEASES))
def test_a_regarding_heading_is_a_section_not_the_about_part(style):
    text, name, regarding, about = RELEASES[style]
    release = parse_release(text, name)
    assert [a.title for a in release.about] == [about]
    assert regarding in [s.title for s in release.sections]
