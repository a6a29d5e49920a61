"""Dates written in full-width digits, as Japanese and Chinese pages often set them
("２０３１年５月６日", "２０３１／０５／０６"): read as the same date in ASCII digits would be."""

from mediakit.core.analyse import parse_release
from mediakit.core.structure.dates import find_date


def test_a_japanese_release_dated_in_full_width_digits_gets_its_date():
    text = ("報道関係者各位\n\n"
            "みなと市立図書館、夜間開館を始めます\n\n"
            "２０３１年５月６日\n"
            "みなと市立図書館\n\n"
            "みなと市立図書館は、平日の開館時間を午後９時まで延長します。利用者の声にこたえたものです。\n")
    assert parse_release(text, name="library.txt").date == "2031-05-06"


def test_a_chinese_page_dated_with_a_full_width_slash_gets_its_date():
    page = ("<html><body><h1>青湾区新建十座口袋公园</h1><p>发布时间：２０３１／０５／０６</p>"
            "<p>青湾区今年将新建十座口袋公园，总面积约3万平方米。公园将于年底前全部开放。</p></body></html>")
    assert parse_release(page, name="park.html").date == "2031-05-06"


def test_the_date_keeps_its_place_in_the_text():
    found = find_date("発表日：２０３１年３月５日（水）")
    assert found is not None and (found.iso, found.start) == ("2031-03-05", 4)
