"""Statements with no quote marks, led by a "Name (Role)" line under a heading that names comments.
Names, groups and words are invented."""

import pytest
from scaling import LINEAR, growth

from mediakit.core.analyse import parse_release
from mediakit.core.document import parse_text
from mediakit.core.model import Block
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def test_japanese_comment_lines_broken_like_a_pdf_text_layer():
    found = quotes("〇参加者からのコメント\n\n"
                   "山本ひかり（みどり高校2年）\n\n"
                   "町の川をきれいにする活動を続けるためには、もっと多くの\n\n"
                   "人に参加してもらうことが大切だと考えます。\n\n"
                   "以下が活動の記録です。\n")
    assert [(q.speaker, q.role) for q in found] == [("山本ひかり", "みどり高校2年")]
    assert found[0].text == "町の川をきれいにする活動を続けるためには、もっと多くの人に参加してもらうことが大切だと考えます。"


def test_english_comments_with_the_words_on_the_name_line_and_below():
    found = quotes("Comments from the volunteers\n\n"
                   "Petra Lind (River Watch, team lead) We cleared four tonnes of rubbish from the banks "
                   "this spring.\n\n"
                   "Joel Amari (Harbour School)\n\n"
                   "Our pupils tested the water every week and sent the results to the council.\n\n"
                   "The next clean-up is on 4 May.\n")
    assert [(q.speaker, q.role) for q in found] == [("Petra Lind", "River Watch, team lead"),
                                                    ("Joel Amari", "Harbour School")]
    assert found[1].text == "Our pupils tested the water every week and sent the results to the council."


def test_name_lines_under_another_heading_are_no_statements():
    found = quotes("Board of trustees\n\n"
                   "Petra Lind (River Watch)\n\n"
                   "She has led the trust since it was founded and chairs the finance group.\n\n"
                   "Joel Amari (Harbour School)\n\n"
                   "He teaches science and runs the school garden with his pupils.\n")
    assert found == []


def test_bold_name_and_role_opening_a_paragraph_attribute_it():
    found = quotes("**Karin Holm, CEO of Nordvik:** Our customers asked for faster delivery and we will "
                   "deliver it this autumn.\n", ".md")
    assert [(q.speaker, q.role, q.text) for q in found] == [
        ("Karin Holm", "CEO of Nordvik", "Our customers asked for faster delivery and we will deliver it this autumn.")]


def test_bold_name_line_then_the_statement_in_html():
    found = quotes("<p><b>Ravi Menon, Head of Operations</b></p><p>We moved every depot in one weekend and "
                   "our drivers never missed a round.</p>", ".html")
    assert [(q.speaker, q.role) for q in found] == [("Ravi Menon", "Head of Operations")]


def test_a_bio_under_a_bold_name_is_no_statement():
    found = quotes("**Karin Holm, CEO of Nordvik:** Karin joined the firm in 2004 and has led it since 2012.\n\n"
                   "**Key Facts:** We deliver to every town in the region within two days.\n", ".md")
    assert found == []


def test_japanese_comment_heading_with_the_name_then_words_without_marks():
    found = quotes("■佐藤花子氏（さくら銀行 頭取）のコメント\n\n"
                   "地域の中小企業の皆様を、これからも全力で支えてまいります。新しい融資制度をぜひご活用ください。\n")
    assert [(q.speaker, q.role) for q in found] == [("佐藤花子", "さくら銀行 頭取")]


def test_a_phrase_quoted_inside_a_statement_keeps_the_statement():
    found = quotes("Reactions from the panel\n\n"
                   "Mira Sten (Coastal Forum)\n\n"
                   "We need a real “plan for the shore” and we need it before the storms of next winter.\n")
    assert [q.speaker for q in found] == ["Mira Sten"]
    assert "“plan for the shore”" in found[0].text


def test_first_person_words_signed_by_a_dash_below_or_on_the_same_line():
    found = quotes("What our users say\n\n"
                   "The new scheduling tool saved our clinic ten hours of paperwork every single week.\n\n"
                   "— Dr. Hana Ito, Practice Manager, Elm Clinic\n\n"
                   "Wir haben die ganze Flotte in einem Monat umgestellt und es nie bereut. – Lea Marsch, "
                   "Leiterin Fuhrpark\n")
    assert [(q.speaker, q.role) for q in found] == [("Hana Ito", "Practice Manager, Elm Clinic"),
                                                    ("Lea Marsch", "Leiterin Fuhrpark")]
    assert found[1].text == "Wir haben die ganze Flotte in einem Monat umgestellt und es nie bereut."


def test_a_dash_source_after_plain_facts_is_no_statement():
    found = quotes("Plant facts\n\nThe plant opened in 1998 and employs forty people in the valley. — Acme Annual Report\n\n"
                   "Each crate holds twelve bottles and weighs nine kilos when full.\n\n— Ravi Menon\n")
    assert found == []


@pytest.mark.parametrize("line", ["Ann Roe (Chair) we go on and on", "Comments", "**Ann Roe, Chair:** we",
                                  "**Ann Roe:** we did it all again for our town and for us", "We did it. — Ann Roe, Chair"])
def test_many_name_lines_take_time_linear_in_their_number(line):
    def blocks_of(count: int) -> list[Block]:
        return [Block(kind="paragraph", text=line, html=line.replace("**", "<strong>", 1).replace(
            "**", "</strong>", 1), index=i) for i in range(count)]

    ratio = growth(extract_quotes, blocks_of, 400)
    assert ratio < LINEAR, f"4x the lines took {ratio:.1f}x the time"


@pytest.mark.parametrize("text, suffix, speaker", [
    ("# River banks cleared\n\nThe trust cleared the banks this spring.\n\n## Comments from the volunteers\n\n"
     "Petra Lind (River Watch, team lead)\n\nWe cleared four tonnes of rubbish and we will be back in May.\n",
     ".md", "Petra Lind"),
    ("川の清掃活動を実施\n\n当会は今春、川岸の清掃を行いました。\n\n〇参加者からのコメント\n\n山本ひかり（みどり高校2年）\n\n"
     "町の川をきれいにする活動を続けるためには、もっと多くの人に参加してもらうことが大切だと考えます。\n",
     ".txt", "山本ひかり"),
])
def test_statements_under_a_comments_heading_of_a_whole_release(text, suffix, speaker):
    # the structure step makes the comments line a section heading; its name lines stay statements
    release = parse_release(text, suffix=suffix)
    assert [q.speaker for q in release.quotes] == [speaker]
