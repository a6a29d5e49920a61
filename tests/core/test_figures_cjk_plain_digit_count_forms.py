"""Five or six digits with no grouping before a CJK counter count something ("12000次", "35000人",
lexicon DIGIT_COUNTERS): Chinese and Japanese releases group no digits; a postal code stays out."""

from mediakit.core.analyse import parse_release


def values(text: str) -> list[float]:
    return [f.value for f in parse_release(text, name="r.txt").figures]


def test_a_chinese_count_in_plain_digits_before_its_counter():
    text = "储能系统投入使用\n\n临江，2031年3月3日——新储能系统的循环寿命超过12000次，可为18000户家庭供电。\n"
    assert values(text) == [12000, 18000]


def test_a_japanese_count_in_plain_digits_before_its_counter():
    text = "市民マラソン、過去最多の参加者\n\n2031年3月3日\n\n今年の市民マラソンには35000人が参加しました。\n"
    assert values(text) == [35000]


def test_a_postal_code_is_no_count():
    assert values("新办公室启用\n\n临江，2031年3月3日——公司新办公室启用，邮编100101。\n") == []
