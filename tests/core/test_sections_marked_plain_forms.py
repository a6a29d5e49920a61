"""A short line set after a heading mark ("●寄付の方法", "◆关于…", "■ Overview") in plain text is a
title of its own, though the text under it starts on the very next line; a list's marked lines in a
row stay items. Our own words, in Japanese and Chinese plain text, wrapped and one paragraph a line."""

import pytest

from mediakit.core.analyse import parse_release

JA_HEAD = ("2033年3月9日\n株式会社ハルカ工房\n\n木製おもちゃの修理窓口を開設\n\n"
           "株式会社ハルカ工房は、木製おもちゃの修理を受け付ける窓口を全国の直営店に開設いたします。\n\n")
ZH_HEAD = "晴川书屋开设旧书修复工作室\n\n2033年3月9日，晴川书屋宣布在市中心门店开设旧书修复工作室，为读者免费修补旧书。\n\n"


def titles(text):
    return [s.title for s in parse_release(text, name="r.txt").all_sections()]


@pytest.mark.parametrize("text, wanted", [
    (JA_HEAD + "●受付の方法\n店頭のほか、郵送でも修理品を受け付けます。\n\n"
     "●料金\n部品の交換を伴わない修理は無料です。\n", ["受付の方法", "料金"]),
    (ZH_HEAD + "◆开放时间\n工作室每周二至周日开放，每天上午十点至下午六点。\n\n"
     "◆报名方式\n读者可在门店前台登记，也可以通过书屋的公众号预约。\n", ["开放时间", "报名方式"]),
    # a wrapped text (lines broken at a margin) keeps the marked title over its paragraph too
    (ZH_HEAD + "■ 工作室简介\n工作室由三位有二十年经验的修复师负责，配有专门的修复\n台和纸张储藏柜，"
     "每月可修复约两百本旧书，并定\n期举办面向读者的修复讲座。\n\n■ 报名方式\n读者可在门店前台登记，也可以通过"
     "书屋的公众号\n预约，每位读者每月最多可预约修复三本旧书。\n", ["工作室简介", "报名方式"]),
])
def test_a_marked_line_over_the_next_line_s_text_titles_it(text, wanted):
    assert titles(text) == wanted


def test_marked_lines_in_a_row_are_a_list():
    text = JA_HEAD + "修理できるもの：\n●積み木\n●木馬\n●パズル\n\n詳しくは店頭でおたずねください。\n"
    assert titles(text) == []
