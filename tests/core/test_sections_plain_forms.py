"""Plain-text releases: numbered lines, upper-case lines and lines ending in ":" standing alone
title their parts; a list's numbered lines and lone dates, places or phones do not. Our own words."""

import pytest

from mediakit.core.analyse import parse_release

PROSE = ("The town's repair café reopened in the old bakery this week, and volunteers fixed more than forty "
         "lamps, kettles and bicycles on its first evening.")
OTHER = ("Visitors bring a broken thing and sit with a volunteer while it is mended, so that they learn how "
         "to fix it themselves next time.")
SHORT = "The café is open every second Thursday."
ZH = "修理咖啡馆今天在旧面包房重新开放，志愿者在第一个晚上修好了四十多件台灯、水壶和自行车。"
JA = "修理カフェが旧パン店で再開し、初日の夜にはボランティアが四十件以上の電気スタンドや自転車を直しました。"
HEAD = f"Repair Café Reopens\n\nMILLBROOK, March 9, 2033 -- {PROSE}\n\n"
HEAD_ZH = "修理咖啡馆重新开放\n\n2033年3月9日\n\n" + ZH + "\n\n"
HEAD_JA = "修理カフェが再開\n\n2033年3月9日\n\n" + JA + "\n\n"


def titles(text, name="r.txt"):
    return [s.title for s in parse_release(text, name=name).all_sections()]


@pytest.mark.parametrize("text, wanted", [
    (HEAD + f"1. What we mend\n\n{SHORT}\n\n{OTHER}\n\n2. How to help\n\n{SHORT}\n", ["1. What we mend", "2. How to help"]),
    (HEAD + f"1) What we mend\n\n{OTHER}\n\n2) How to help\n\n{PROSE}\n", ["1) What we mend", "2) How to help"]),
    (HEAD_ZH + "（一）活动概况\n\n" + ZH + "\n\n（二）志愿者招募\n\n" + ZH + "\n", ["（一）活动概况", "（二）志愿者招募"]),
    (HEAD_ZH + "一、活动概况\n\n" + ZH + "\n\n二、志愿者招募\n\n" + ZH + "\n", ["一、活动概况", "二、志愿者招募"]),
    (HEAD_ZH + "第一章 总则\n\n" + ZH + "\n\n第二章 附则\n\n" + ZH + "\n", ["第一章 总则", "第二章 附则"]),
    (HEAD_JA + "Ⅰ．開催概要\n\n" + JA + "\n\nⅡ．今後の予定\n\n" + JA + "\n", ["Ⅰ．開催概要", "Ⅱ．今後の予定"]),
])
def test_a_numbered_line_standing_alone_titles_its_part(text, wanted):
    assert titles(text) == wanted


@pytest.mark.parametrize("text", [
    HEAD + f"We mend:\n\n1. Lamps\n\n2. Kettles\n\n3. Bicycles\n\n{OTHER}\n",
    HEAD_ZH + "（一）台灯\n\n（二）水壶\n\n（三）自行车\n\n" + ZH + "\n",
    HEAD_ZH + "一、志愿者可以带自己的工具，也可以使用馆内的工具\n\n" + ZH + "\n",
])
def test_a_list_s_numbered_lines_and_a_numbered_clause_are_no_titles(text):
    assert titles(text) == []


HEAD_ES = f"El taller de reparación reabre\n\nVALDEMORO, 9 de marzo de 2033 -- {PROSE}\n\n"
SHORT_ES = "El taller abre cada dos jueves por la tarde."


@pytest.mark.parametrize("text, wanted", [
    (HEAD + f"{OTHER}\n\nWHAT WE MEND\n\n{SHORT}\n\n{OTHER}\n", ["WHAT WE MEND"]),
    (HEAD + f"{OTHER}\n\nHow to help:\n\n{SHORT}\n\n{OTHER}\n", ["How to help:"]),
    (HEAD_ES + f"{OTHER}\n\nCÓMO COLABORAR\n\n{SHORT_ES}\n", ["CÓMO COLABORAR"]),
    (HEAD_ES + f"{OTHER}\n\nDatos clave:\n\n{SHORT_ES}\n", ["Datos clave:"]),
])
def test_an_upper_case_or_colon_line_between_paragraphs_titles_a_short_part(text, wanted):
    assert titles(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    (HEAD_ZH + "活动背景\n\n" + ZH + "\n\n报名方式：\n\n" + ZH + "\n", ["活动背景", "报名方式："]),
    (HEAD_JA + "開催の背景\n\n" + JA + "\n\n今後の予定\n\n" + JA + "\n", ["開催の背景", "今後の予定"]),
])
def test_a_short_cjk_line_over_a_short_cjk_paragraph_titles_it(text, wanted):
    assert titles(text) == wanted


@pytest.mark.parametrize("text", [
    HEAD + f"{OTHER}\n\nThe volunteer added:\n\n{SHORT}\n\n{OTHER}\n",
    HEAD_JA + "修理カフェ運営委員会の皆様\n\n" + JA + "\n",
])
def test_a_line_leading_into_someone_s_words_or_addressing_someone_is_no_title(text):
    assert titles(text) == []
