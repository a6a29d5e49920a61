"""A press inbox handed over in a closing or boilerplate sentence, with a phone beside it
("journalists may write to press@… or call …"): one desk contact with the address and the phone.

Every release here is made up (names, organisations, numbers); the numbers are ones that
``phonenumbers`` accepts as valid.
"""

import pytest

from mediakit.core.analyse import parse_release

LIBRARY = ("# Orchard Lane Library opens a seed bank\n\n"
           "LEEDS, 9 May 2026 - Orchard Lane Library has opened a seed bank where members can borrow "
           "packets of vegetable and flower seeds and bring back seeds from their own harvest in the autumn.\n\n"
           "The library says more than forty varieties are on the shelves, most of them grown by local "
           "allotment holders over the past two summers.\n\n")
LANTERNS = ("# 青溪市图书馆举办灯笼制作周\n\n"
            "青溪，2026年2月3日——青溪市图书馆将于下周举办灯笼制作周，邀请市民带着孩子一起动手制作传统灯笼。\n\n"
            "活动每天下午两点开始，材料由图书馆免费提供，名额有限，需提前在网站 www.qxlib.example.cn 报名。\n\n")


def cards(text):
    return [(c.name, c.phones, c.emails) for c in parse_release(text, "release.md").contacts]


@pytest.mark.parametrize("tail", [
    "For more information, journalists may write to press@orchardlane.org.uk or call 0113 496 0412.\n",
    "## About Orchard Lane Library\n\nOrchard Lane Library is a community library run by volunteers since "
    "1998. Reporters can reach its press team at press@orchardlane.org.uk or on 0113 496 0412 (fax 0113 496 0413).\n",
])
def test_an_english_closing_sentence_gives_the_inbox_and_its_phone(tail):
    assert cards(LIBRARY + tail) == [(None, ["+441134960412"], ["press@orchardlane.org.uk"])]


def test_a_chinese_closing_sentence_gives_the_inbox_and_its_phone():
    tail = "媒体如需采访，请发送邮件至 media@qxlib.example.cn 或致电 0571-8702-3456。\n"
    assert cards(LANTERNS + tail) == [(None, ["+8657187023456"], ["media@qxlib.example.cn"])]


def test_a_phone_in_the_next_sentence_is_not_the_inboxs():
    tail = ("For more information, journalists may write to press@orchardlane.org.uk. "
            "The seed bank's own line, 0113 496 0499, is open on Saturdays.\n")
    assert cards(LIBRARY + tail) == [(None, [], ["press@orchardlane.org.uk"])]
