"""A PDF headline over two lines is read whole when a side bar or an address block stands beside it.

pdfminer gives the first page's lines top first by height, so a side bar's lines (a contact box,
a company's address set right) come between the headline's lines. Fixtures of our own: an English
rowing federation's statement with a media box in the right margin, a Japanese maker's release with
its date and company name set right beside the headline. Lines are (top, bottom, size, text).
"""

from __future__ import annotations

from mediakit.core.formats.pdf_headline import headline

BODY = [(560.0 - 14 * n, 550.0 - 14 * n, 10.0, "The federation will hold its national regatta on the lake this summer.")
        for n in range(12)]


def test_an_english_headline_beside_a_media_box_is_read_whole():
    lines = [(760.0, 750.0, 9.0, "STATEMENT"),
             (740.0, 722.0, 18.0, "Rowing federation moves its national"),
             (736.0, 728.0, 8.0, "MEDIA"),
             (726.0, 718.0, 8.0, "Ines Calloway"),
             (716.0, 708.0, 8.0, "+44 20 7946 0321"),
             (717.0, 699.0, 18.0, "regatta to Lake Windmere"),
             (706.0, 698.0, 8.0, "press@rowing.example"),
             *BODY]
    assert headline(lines, None) == "Rowing federation moves its national regatta to Lake Windmere"


def test_a_japanese_headline_beside_its_date_and_company_is_read_whole():
    lines = [(770.0, 760.0, 10.0, "報道関係者各位"),
             (745.0, 729.0, 16.0, "さくら電機、家庭用蓄電池の"),
             (744.0, 734.0, 10.0, "2031年5月12日"),
             (732.0, 722.0, 10.0, "さくら電機株式会社"),
             (723.0, 707.0, 16.0, "新工場を稼働"),
             *[(line[0], line[1], 10.0, "同社は新工場で年間十万台の蓄電池を生産する予定である。") for line in BODY]]
    assert headline(lines, None) == "さくら電機、家庭用蓄電池の新工場を稼働"


def test_a_large_line_far_below_small_ones_is_not_the_headline_s_second_line():
    lines = [(760.0, 742.0, 18.0, "Rowing federation names its new coach"),
             (730.0, 720.0, 10.0, "The federation chose a former Olympic champion."),
             (700.0, 682.0, 18.0, "Selection"),
             *BODY]
    assert headline(lines, None) == "Rowing federation names its new coach"
