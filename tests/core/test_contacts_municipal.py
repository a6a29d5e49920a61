"""A municipal release's publisher named by its city, ward or county alone ("桜丘市", "青溪县") in the
contact block: the contact's organisation, never a person's name.

Every release here is made up (names, places, numbers); the numbers are ones that
``phonenumbers`` accepts as valid.
"""

import pytest

from mediakit.core.analyse import parse_release

POOL = ("# 市民プールの夏季営業を始めます\n\n2026年6月20日\n\n"
        "桜丘市は、7月1日から市民プールの夏季営業を始めます。営業時間は午前9時から午後6時までで、小学生以下は無料です。\n\n"
        "今年は更衣室を新しくし、日よけのテントを増やしました。詳しくは https://www.city.sakuraoka.example.jp/pool をご覧ください。\n\n")
BUSES = ("# 青溪县推出夜间公交线路\n\n2026年3月5日\n\n"
         "青溪县今天宣布，从四月起开通三条夜间公交线路，方便夜班工作人员出行。\n\n"
         "新线路每晚运行至凌晨两点，票价与日间线路相同。详情请见 http://www.qingxi.example.cn/bus 。\n\n")


def cards(text):
    return [(c.name, c.organization, c.phones) for c in parse_release(text, "release.md").contacts]


@pytest.mark.parametrize("tail", ["【問い合わせ先】\n\n桜丘市\n\n電話：045-671-3286\n",
                                  "問い合わせ先：桜丘市　電話 045-671-3286\n"])
def test_a_japanese_city_alone_is_the_desks_organisation(tail):
    assert cards(POOL + tail) == [(None, "桜丘市", ["+81456713286"])]


@pytest.mark.parametrize("tail", ["媒体查询：\n\n青溪县\n\n电话：0571-8702-3456\n",
                                  "媒体查询：青溪县 电话：0571-8702-3456\n"])
def test_a_chinese_county_alone_is_the_desks_organisation(tail):
    assert cards(BUSES + tail) == [(None, "青溪县", ["+8657187023456"])]


def test_a_person_under_the_citys_line_keeps_the_city_as_organisation():
    tail = "【問い合わせ先】\n\n桜丘市\n\n担当：山田 花子\n\n電話：045-671-3286\n"
    assert cards(POOL + tail) == [("山田 花子", "桜丘市", ["+81456713286"])]
