"""Contact forms beyond the labelled block: lists under an intro sentence, mailto links, contacts in
prose, press inboxes in a closing sentence, labels in other languages, two people side by side.

Every release here is made up (names, organisations, numbers); the numbers are ones that
``phonenumbers`` accepts as valid.
"""

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.contacts import HIDDEN_EMAIL_WARNING, extract_contacts
from mediakit.core.detect import normalise_phone
from mediakit.core.document import parse_text

HEAD = "# Lanternfish Trust Opens a Reading Room\n\n"
BODY = ("The Lanternfish Trust today opened a reading room on the harbour front, with space for sixty "
        "readers and a children's corner that stays open until eight in the evening.\n\n")


def read(text, region=None, suffix=".md"):
    doc = parse_text(text, suffix)
    return extract_contacts(doc.blocks, region), doc.blocks


def cards(contacts):
    return [(c.name, c.organization, c.phones, c.emails) for c in contacts]


# --- an intro sentence over a list; mailto links whose text is no address --------------------------

def test_list_under_a_contact_sentence_takes_the_address_from_mailto_links_html():
    html = ("<html><body><h1>Lanternfish Trust Opens a Reading Room</h1><p>" + BODY.strip() + "</p>"
            "<p>For interviews, or for further information, please contact</p><ul>"
            "<li>Orla Fenwick, <a href=\"mailto:orla@lanternfish.org.uk\">Programme Lead</a> – 020 7946 0321</li>"
            "<li>Dev Malhotra, <a href=\"mailto:press@lanternfish.org.uk\">Press</a> Officer – 020 7946 0999</li>"
            "</ul><p>Back to the news list</p></body></html>")
    contacts, _ = read(html, "GB", ".html")
    assert cards(contacts) == [
        ("Orla Fenwick", "Lanternfish", ["+442079460321"], ["orla@lanternfish.org.uk"]),
        ("Dev Malhotra", "Lanternfish", ["+442079460999"], ["press@lanternfish.org.uk"])]
    assert contacts[0].role == "Programme Lead"


def test_list_under_a_contact_sentence_with_linked_names_markdown():
    contacts, _ = read(HEAD + BODY + "To arrange a visit with the press, please contact:\n\n"
                       "- [Ines Calloway](mailto:ines@brackenhill.org), 617-495-1000\n"
                       "- [Theo Marsh](mailto:theo@brackenhill.org), 617-495-1001\n", "US")
    assert cards(contacts) == [
        ("Ines Calloway", None, ["+16174951000"], ["ines@brackenhill.org"]),
        ("Theo Marsh", None, ["+16174951001"], ["theo@brackenhill.org"])]


# --- a contact inside running prose; an address the page hides -------------------------------------

def test_contact_in_a_closing_sentence_with_a_hidden_address_plain_text():
    text = ("Harbour Reading Room Opens\n\n" + BODY + "#####\n\nFor further information, please contact Mara "
            "Quint-Olsen, Press Officer, at (617) 253-1000 or [email protected]\n")
    release = parse_release(text, "release.txt")
    assert cards(release.contacts) == [("Mara Quint-Olsen", None, ["+16172531000"], [])]
    assert release.contacts[0].role == "Press Officer"
    assert HIDDEN_EMAIL_WARNING in release.warnings


def test_contact_in_prose_html_with_the_spam_guard_link_and_a_doctor():
    html = ("<html><body><h1>Harbour Reading Room Opens</h1><p>" + BODY.strip() + "</p>"
            "<p>Journalists, please contact Dr. Lena Achterberg, Curator, at 617.253.1000 or "
            "<a href=\"/cdn-cgi/l/email-protection#0a\">[email&#160;protected]</a>.</p></body></html>")
    release = parse_release(html, "release.html")
    assert cards(release.contacts) == [("Lena Achterberg", None, ["+16172531000"], [])]
    assert HIDDEN_EMAIL_WARNING in release.warnings


def test_no_warning_where_every_address_is_shown():
    release = parse_release(HEAD + BODY + "Media contact: Theo Marsh, +1 617 495 1001, theo@brackenhill.org\n")
    assert HIDDEN_EMAIL_WARNING not in release.warnings


# --- a press inbox handed over in a closing sentence -----------------------------------------------

def test_press_inbox_in_the_closing_sentence_english():
    contacts, _ = read("Reading Room Opens\n\n" + BODY + "The room is run by Brackenhill volunteers.\n\n"
                       "For more news about Brackenhill, send mail to <newsdesk@brackenhill.org>.\n", None, ".txt")
    assert cards(contacts) == [(None, "Brackenhill", [], ["newsdesk@brackenhill.org"])]


def test_press_inbox_in_the_closing_sentence_chinese_and_spanish():
    zh = ("<html><body><h1>灯笼鱼阅览室开放</h1><p>灯笼鱼基金会 Lanternfish 今天在海滨开放了一间新的阅览室，可容纳六十位读者。</p>"
          "<p>阅览室由志愿者管理，每天开放。</p><p>如需了解更多信息，请访问网站，或发送邮件至 &lt;media@lanternfish.org&gt;。"
          "</p></body></html>")
    es = ("# Abre la sala de lectura\n\nLa fundación Lanternfish abrió hoy una sala de lectura junto al puerto.\n\n"
          "La sala está abierta todos los días.\n\nPara más información, envíe un correo electrónico a "
          "prensa@lanternfish.org.\n")
    assert cards(read(zh, None, ".html")[0]) == [(None, "Lanternfish", [], ["media@lanternfish.org"])]
    assert cards(read(es)[0]) == [(None, "Lanternfish", [], ["prensa@lanternfish.org"])]


def test_a_japanese_closing_sentence_hands_the_inbox_over_after_the_address():
    html = ("<html><body><h1>灯籠魚閲覧室が開館</h1><p>灯籠魚財団 Lanternfish は本日、港に新しい閲覧室を開きました。</p>"
            "<p>閲覧室はボランティアが運営し、毎日開いています。</p><p>詳しくはウェブサイトをご覧いただくか、"
            "&lt;media@lanternfish.org&gt; 宛にメールをお送りください。</p></body></html>")
    md = ("# 灯籠魚閲覧室が開館\n\n灯籠魚財団 Lanternfish は本日、港に新しい閲覧室を開きました。\n\n"
          "閲覧室は毎日開いています。\n\nご質問は press@lanternfish.org までご連絡ください。\n")
    assert cards(read(html, None, ".html")[0]) == [(None, "Lanternfish", [], ["media@lanternfish.org"])]
    assert cards(read(md)[0]) == [(None, "Lanternfish", [], ["press@lanternfish.org"])]


@pytest.mark.parametrize("source, suffix", [
    # Markdown: a bold inquiry title marked with ※, the company's legal form on the address line
    ("---\ntitle: 灯籠魚閲覧室が開館\n---\n\n灯籠魚は本日、港に新しい閲覧室を開きました。閲覧室は毎日開いています。\n\n"
     "**灯籠魚について**\n\n灯籠魚は港町の読書を支える会社です。\n\n**※ 本件に関する問い合わせ先**\n\n"
     "港町1-2-3 株式会社 灯籠魚\n\n* 担当: 水野\n* mail: info@lanternfish.example\n", ".md"),
    # plain text: the legal form written after the name
    ("灯籠魚閲覧室が開館\n\n灯籠魚は本日、港に新しい閲覧室を開きました。閲覧室は毎日開いています。\n\n"
     "灯籠魚について\n\n灯籠魚は港町の読書を支える会社です。" + "閲覧室と移動図書館を運営し、子ども向けの読み聞かせの会や古い海図の展示も開いています。" * 3 + "\n\n※本件に関する問い合わせ先\n\n"
     "灯籠魚株式会社\n担当：水野\nmail: info@lanternfish.example\n", ".txt"),
])
def test_a_japanese_inquiry_title_marked_with_a_reference_mark(source, suffix):
    release = parse_release(source, suffix=suffix)
    assert [(c.name, c.emails) for c in release.contacts] == [("水野", ["info@lanternfish.example"])]
    assert release.contacts[0].organization in ("株式会社 灯籠魚", "灯籠魚株式会社")
    assert release.all_sections()[-1].title.lstrip("※ ") == "本件に関する問い合わせ先"


def test_an_address_handed_over_for_another_errand_is_no_press_desk():
    # plain text in English: the closing sentence is for would-be sponsors, not for reporters
    txt = ("Reading Room Opens\n\n" + BODY + "The room is run by Brackenhill volunteers.\n\n"
           "If your firm would like to sponsor the reading weekend, please contact Ada Quill at "
           "ada.quill@brackenhill.org.\n")
    # Markdown in Chinese: tickets are sold by mail
    md = ("# 灯笼鱼阅览室开放\n\n灯笼鱼基金会 Lanternfish 今天在海滨开放了一间新的阅览室，可容纳六十位读者。\n\n"
          "阅览室每天开放。\n\n购票请发送邮件至 tickets@lanternfish.org。\n")
    assert read(txt, None, ".txt")[0] == []
    assert read(md)[0] == []
    # the same sentence for the press still gives the desk
    press = md.replace("购票请", "如需采访，请")
    assert cards(read(press)[0]) == [(None, "Lanternfish", [], ["tickets@lanternfish.org"])]


def test_an_address_in_the_body_opening_is_no_inbox():
    contacts, _ = read(HEAD + "Send mail to tickets@brackenhill.org for a seat, the trust said on Monday.\n\n"
                       + BODY + BODY)
    assert contacts == []


# --- labels in other languages; an org in brackets; a desk line; one address for two people ---------

def test_japanese_block_with_person_and_field_labels():
    contacts, _ = read("# 読書室を開設\n\n本日、港の近くに読書室を開設しました。\n\n〇連絡先\n\n"
                       "担当者：川村光(Lanternfish Yokohama)\n\nメールアドレス: press@lanternfish.jp\n\n"
                       "電話番号: 090-1234-5678\n")
    assert cards(contacts) == [("川村光", "Lanternfish Yokohama", ["+819012345678"], ["press@lanternfish.jp"])]


@pytest.mark.parametrize("suffix, gap", [(".md", "\n\n"), (".txt", "\n")])
def test_japanese_block_under_a_bare_inquiry_label(suffix, gap):
    head = "# 読書室を開設\n\n" if suffix == ".md" else "読書室を開設\n\n"
    contacts, _ = read(f"{head}本日、港の近くに読書室を開設しました。\n\n問い合わせ\n\n"
                       f"川村光(Lanternfish Yokohama){gap}電話番号：090-1234-5678{gap}"
                       "メールアドレス：press@lanternfish.jp\n", suffix=suffix)
    assert cards(contacts) == [("川村光", "Lanternfish Yokohama", ["+819012345678"], ["press@lanternfish.jp"])]


def test_people_in_a_list_with_their_org_in_brackets_share_the_address_below():
    contacts, _ = read("# 読書室を開設\n\n本日、港の近くに読書室を開設しました。\n\n報道関係連絡先\n\n"
                       "- 川村光（Lanternfish Yokohama）：090-1234-5678\n- 森田葵（Lanternfish Sendai）：03-3123-4567\n"
                       "- Email：media@lanternfish.jp\n")
    assert cards(contacts) == [
        ("川村光", "Lanternfish Yokohama", ["+819012345678"], ["media@lanternfish.jp"]),
        ("森田葵", "Lanternfish Sendai", ["+81331234567"], ["media@lanternfish.jp"])]


def test_two_people_on_one_line_with_bracketed_offices_then_a_desk_line():
    # No country is named: the release's own .au links tell where a bare number is.
    text = ("Reading Room Opens\n\n" + BODY + "Details at www.lanternfish.org.au\n\n"
            "Media contact: Rhea Dunmore (Ms Arlow) 0412 345 678 Callum Brandt (Mr Vesey) 0412 345 679\n\n"
            "Lanternfish Media 02 9876 5432\n")
    contacts, _ = read(text, None, ".txt")
    assert cards(contacts) == [
        ("Rhea Dunmore", "Ms Arlow", ["+61412345678"], []),
        ("Callum Brandt", "Mr Vesey", ["+61412345679"], []),
        (None, "Lanternfish", ["+61298765432"], [])]


def test_spanish_and_uzbek_labels():
    es = ("# Abre la sala\n\nLa fundación abrió hoy una sala de lectura junto al puerto.\n\n"
          "Contacto de prensa:\n\nLucía Ferrandis\n\nTeléfono: +34 912 345 678\n\n"
          "Correo electrónico: lucia@faroverde.es\n")
    uz = ("# O'quv zali ochildi\n\nJamg'arma bugun port yonida yangi o'quv zalini ochdi.\n\n"
          "Matbuot xizmati:\n\nDilnoza Karimova\n\nTelefon: +998 71 234 56 78\n\n"
          "elektron pochta: matbuot@yashilfonar.uz\n")
    assert cards(read(es)[0]) == [("Lucía Ferrandis", None, ["+34912345678"], ["lucia@faroverde.es"])]
    assert cards(read(uz)[0]) == [("Dilnoza Karimova", None, ["+998712345678"], ["matbuot@yashilfonar.uz"])]


# --- two people side by side; the wire's own page; which org line --------------------------------

def test_two_columns_flattened_into_rows():
    release = parse_release(HEAD + BODY + "Contacts:\n\nIvo Brandt, CEO | Mira Solberg, Vice President\n\n"
                            "Brackenhill Labs, Inc. | mira@brackenhill.com\n\nivo@brackenhill.com | 617-495-1001\n\n"
                            "617-495-1000\n")
    assert cards(release.contacts) == [
        ("Ivo Brandt", "Brackenhill Labs, Inc.", ["+16174951000"], ["ivo@brackenhill.com"]),
        ("Mira Solberg", "Brackenhill Labs, Inc.", ["+16174951001"], ["mira@brackenhill.com"])]


def test_the_wire_services_own_contacts_after_the_source_line_are_left_out():
    contacts, _ = read(HEAD + BODY + "Media contact: Theo Marsh, 617-495-1001\n\nSOURCE Brackenhill Labs\n\n"
                       "## Contact the Wire\n\nCall our newsroom at 617-253-1000 from 8 AM\n", "US")
    assert cards(contacts) == [("Theo Marsh", None, ["+16174951001"], [])]


def test_org_line_the_address_spells_and_the_legal_name_the_block_uses():
    contacts, _ = read(HEAD + BODY + "Contact for further information:\n\nDr. Aubrey Lindqvist\n\nArchivist\n\n"
                       "School of Maps and Charts\n\nUniversity of Brackenhill\n\n"
                       "email: aubrey@archive.uob.edu\n\nCell: 1-617-495-1000\n")
    assert cards(contacts) == [("Aubrey Lindqvist", "University of Brackenhill", ["+16174951000"],
                                ["aubrey@archive.uob.edu"])]
    release = parse_release(HEAD + BODY + "SOURCE Orrin Co. /CONTACT: Press, Ada P. Lowe, +1-617-495-1000, or "
                            "Investors, Ben R. Tull, +1-617-495-1001, both of Orrin, Vale and Co./\n\n"
                            "## About Orrin\n\nOrrin makes reading lamps for public libraries across the state.\n")
    assert cards(release.contacts) == [
        ("Ada P. Lowe", "Orrin, Vale and Co.", ["+16174951000"], []),
        ("Ben R. Tull", "Orrin, Vale and Co.", ["+16174951001"], [])]


def test_north_american_shapes_read_without_a_country():
    assert normalise_phone("(617) 253-1000", None) == "+16172531000"
    assert normalise_phone("617.253.1000", None) == "+16172531000"
    assert normalise_phone("6172531000", None) is None  # a bare run of ten digits says nothing


# --- a card told by its field labels alone ----------------------------------------------------------

def test_a_line_of_labelled_details_is_a_card_without_an_intro():
    uz = ("# O'quv zali ochildi\n\nJamg'arma bugun port yonida yangi o'quv zalini ochdi.\n\n**Tashkiliy guruh:**\n\n"
          "Yashil Fonar Markazi 100170, Bog‘ ko‘chasi, 7-uy Telefon: +998 71 234 56 78, "
          "elektron pochta: info@yashilfonar.uz\n")
    de = ("# Lesesaal eröffnet\n\nDie Stiftung hat heute am Hafen einen Lesesaal eröffnet.\n\n"
          "Nordlicht Stiftung 10115, Hafenweg 3 Telefon: +49 30 2345 6789 E-Mail: presse@nordlicht.de\n")
    assert cards(read(uz)[0]) == [(None, "Yashil Fonar Markazi", ["+998712345678"], ["info@yashilfonar.uz"])]
    assert cards(read(de)[0]) == [(None, "Nordlicht Stiftung", ["+493023456789"], ["presse@nordlicht.de"])]


def test_one_labelled_detail_in_a_body_sentence_is_no_card():
    contacts, _ = read(HEAD + "Telefon: +49 30 2345 6789 is the number the trust gave for the opening day, "
                       "when the room was full by noon.\n\n" + BODY + BODY)
    assert contacts == []


# --- a contact a boilerplate paragraph ends with --------------------------------------------------------

def test_about_paragraphs_ending_in_their_own_contact():
    html = ("<html><body><h1>読書室を開設</h1><p>本日、港の近くに読書室を開設しました。</p><h2>Orrinについて</h2>"
            "<p><a href=\"https://orrin.example\">Orrin社</a> は、図書館向けの照明を作る会社で、港町に本社を置き、"
            "各地の公共図書館に読書灯を納めています。詳細はウェブサイトをご覧ください。 Orrin社は小さな家族経営の会社です。"
            "連絡先(英語): <a href=\"mailto:pr@orrin.com\">Orrin PR</a></p><h2>Valeについて</h2>"
            "<p>Vale社は港の近くで本を修理する工房で、古い地図や海図の修復も手がけ、各地の図書館と協力しています。"
            "多くの修復は職人の手作業で行われています。 Vale社は三つの町に工房を持っています。"
            "連絡先 (英語またはイタリア語): <a href=\"mailto:ada@vale.com\">Ada Lowe</a></p></body></html>")
    contacts, _ = read(html, None, ".html")
    assert cards(contacts) == [(None, "Orrin", [], ["pr@orrin.com"]), ("Ada Lowe", "Vale", [], ["ada@vale.com"])]


def test_an_about_paragraph_ending_in_a_press_contact_sentence_plain():
    contacts, _ = read(HEAD + BODY + "## About Brackenhill\n\nBrackenhill restores old maps and sea charts for "
                       "public libraries, working by hand in three small workshops along the coast. It was "
                       "founded by two bookbinders. Press contact: Theo Marsh, theo@brackenhill.org\n")
    assert cards(contacts) == [("Theo Marsh", "Brackenhill", [], ["theo@brackenhill.org"])]


def test_the_author_line_of_a_short_release_is_its_contact():
    text = ("RESEARCH NOTE\n\nPrepared by Hana Lindqvist (hana@reefwatch.org)\n\nMarch 3, 2025\n\n"
            "Reef Survey Finds Fewer Bleached Corals\n\n" + BODY)
    md = HEAD + BODY + "Issued by Tomas Greer, +1 617 495 1000\n"
    assert cards(read(text, None, ".txt")[0]) == [("Hana Lindqvist", None, [], ["hana@reefwatch.org"])]
    assert cards(read(md, "US")[0]) == [("Tomas Greer", None, ["+16174951000"], [])]


def test_prepared_by_in_a_body_sentence_is_no_contact():
    contacts, _ = read(HEAD + "Prepared by volunteers over three winters, the catalogue lists every chart "
                       "the trust holds.\n\n" + BODY)
    assert contacts == []


def test_the_author_read_again_in_the_contact_block_keeps_the_blocks_org():
    text = ("Prepared by Hana Lindqvist (hana@lab.uor.edu)\n\nMarch 3, 2025\n\nReef Survey Finds Fewer Bleached "
            "Corals\n\n" + BODY + "Contact for further information:\n\nHana Lindqvist\n\nMarine Survey Unit\n\n"
            "University of Reefport\n\nemail: hana@lab.uor.edu\n\nCell: 1-617-495-1000\n")
    contacts, _ = read(text, None, ".txt")
    assert cards(contacts) == [("Hana Lindqvist", "University of Reefport", ["+16174951000"], ["hana@lab.uor.edu"])]


def test_a_pr_agency_named_before_its_trade_is_the_organisation_and_a_job_in_it_is_a_role():
    html = ("<html><body><h1>Lanternfish Trust Opens a Reading Room</h1><p>" + BODY.strip() + "</p>"
            "<p><strong>Press Contact</strong><br>Mara Quint<br>Harbour Light Public Relations<br>"
            "+1 206-555-0143<br>mara@harbourlight.example</p></body></html>")
    text = (HEAD + BODY + "Media contact:\n\nOwen Tarrant\nHead of Public Relations\nLanternfish Trust\n"
            "owen.tarrant@lanternfish.org\n")
    html_contacts, _ = read(html, None, ".html")
    assert [(c.name, c.organization, c.role) for c in html_contacts] == [
        ("Mara Quint", "Harbour Light Public Relations", None)]
    text_contacts, _ = read(text)
    assert [(c.name, c.organization, c.role) for c in text_contacts] == [
        ("Owen Tarrant", "Lanternfish Trust", "Head of Public Relations")]


def test_a_japanese_name_written_with_a_space_stays_one_name_and_an_affiliation_word_leaves_the_org():
    html = ("<html><body><h1>灯籠魚閲覧室が開館</h1><p>灯籠魚財団は本日、港に新しい閲覧室を開きました。</p>"
            "<p>代表連絡先<br>森田 千尋（Lanternfish Kobe）：090-4127-3385<br>Email：media@lanternfish.org</p>"
            "</body></html>")
    md = ("# 灯籠魚閲覧室が開館\n\n灯籠魚財団は本日、港に新しい閲覧室を開きました。\n\n"
          "問い合わせ先\n\n森田　千尋(Lanternfish Kobe所属)\n\n電話番号：090-4127-3385\n\n"
          "メールアドレス：chihiro@lanternfish.org\n")
    assert [(c.name, c.organization) for c in read(html, None, ".html")[0]] == [("森田 千尋", "Lanternfish Kobe")]
    assert [(c.name, c.organization) for c in read(md)[0]] == [("森田 千尋", "Lanternfish Kobe")]


def test_a_card_signed_at_its_end_takes_the_name_and_title_after_its_details():
    flat = (HEAD + BODY + " Contact Lanternfish Trust LtdTelephone: +1 206 555 0143Email: ir@lanternfish.org"
            "Owen TarrantCFO and Company Secretary\n")
    lines = (HEAD + BODY + "Media contact: Lanternfish Trust | Tel: +1 206-555-0143 | Email: press@lanternfish.org | "
             "Owen Tarrant | Head of Communications\n")
    flat_contacts, _ = read(flat)
    assert [(c.name, c.role, c.phones, c.emails) for c in flat_contacts] == [
        ("Owen Tarrant", "CFO and Company Secretary", ["+12065550143"], ["ir@lanternfish.org"])]
    line_contacts, _ = read(lines)
    assert [(c.name, c.role, c.emails) for c in line_contacts] == [
        ("Owen Tarrant", "Head of Communications", ["press@lanternfish.org"])]


def test_a_doubled_plus_is_the_international_prefix_and_a_group_run_on_after_the_number_its_extension():
    assert normalise_phone("++49 (0)30 2639 1150", None) == "+493026391150"
    assert normalise_phone("++1 206-555-0143-27", None) == "+12065550143"
    html = ("<html><body><h1>Lanternfish Trust Opens a Reading Room</h1><p>" + BODY.strip() + "</p>"
            "<p><b>Pressekontakt:</b><br>Mara Quint<br>Harbour Light Public Relations<br>++1 206-555-0143-27<br>"
            "mara@harbourlight.example</p></body></html>")
    assert [c.phones for c in read(html, None, ".html")[0]] == [["+12065550143"]]


FILING_STYLE = """Kiln Guild Opens New Studio

RIVERSIDE, Calif.--March 3, 2031--The Kiln Guild opened a new studio for 40 potters today.

           ------------------------------------------------
           [Press Information Contact:]
           Mara Quill
           Kiln Guild, Inc.
           (408) 555-0134
           email: mquill@kilnguild.example

           Tomas Reed
           Kiln Guild, Inc.
           (408) 555-0188
           email: treed@kilnguild.example
"""

BRACKETED_JA = """# 風見工房、新しい工房を開設

2031年3月3日 – 風見工房は本日、職人40名のための新しい工房を開設しました。

[報道関係のお問い合わせ]

山本 花子
風見工房株式会社 広報部
メール：hanako@kazami.example
"""


def test_a_contact_label_set_in_brackets_opens_the_contact_block():
    """Wire and filing texts print the label in brackets ("[Press Information Contact:]")."""
    filed = parse_release(FILING_STYLE, suffix=".txt").contacts
    assert [(c.name, c.organization, c.phones, c.emails) for c in filed] == [
        ("Mara Quill", "Kiln Guild, Inc.", ["+14085550134"], ["mquill@kilnguild.example"]),
        ("Tomas Reed", "Kiln Guild, Inc.", ["+14085550188"], ["treed@kilnguild.example"])]
    japanese = parse_release(BRACKETED_JA, suffix=".md").contacts
    assert [(c.name, c.emails) for c in japanese] == [("山本 花子", ["hanako@kazami.example"])]


PRE_HTML = """<html><body><h1>Orchard Trust Buys the Old Mill</h1>
<p>ELMVALE, April 2, 2031 – The Orchard Trust bought the old mill for $1.2 million.</p>
<pre>
----------------------------------------
Media contacts:
Ines Farrow
Orchard Trust
+44 20 7946 0321
ines@orchardtrust.example

Colm Hart
Elmvale Council
+44 20 7946 0877
colm.hart@elmvale.example
</pre></body></html>"""

INDENTED_MD = ("# Kiln Guild Opens New Studio\n\nRIVERSIDE, Calif., March 3, 2031 – The guild opened a studio.\n\n"
               "    ----------------------------------------\n    Press contacts:\n    Mara Quill\n"
               "    Kiln Guild, Inc.\n    (408) 555-0134\n    mquill@kilnguild.example\n\n"
               "    Tomas Reed\n    Elm Vale Parks\n    (408) 555-0188\n    treed@elmvaleparks.example\n")


@pytest.mark.parametrize("text, suffix, wanted", [
    (INDENTED_MD, ".md", [("Mara Quill", "Kiln Guild, Inc."), ("Tomas Reed", "Elm Vale Parks")]),  # a code block
    (PRE_HTML, ".html", [("Ines Farrow", "Orchard Trust"), ("Colm Hart", "Elmvale Council")]),
])
def test_contact_cards_in_preformatted_text_keep_their_lines(text, suffix, wanted):
    """Plain text indented under Markdown, or a page's <pre>, is read as plain text: each card's
    lines stay apart, so each card keeps its own name and organisation."""
    contacts = parse_release(text, suffix=suffix).contacts
    assert [(c.name, c.organization) for c in contacts] == wanted
    assert all(c.emails and c.phones for c in contacts)


# --- a scraped page: the desk's address and the site it stands on ----------------------------------

_SCRAPE = ("Reading Room Opens On The Harbour Front | {site}\nHome\nVisit\nReading Room Opens On The Harbour Front\n"
           "HARBOURTON – The trust opened a reading room on the harbour front with space for sixty readers, "
           "the trust said. Harbourton families may borrow books there, and Harbourton schools will visit.\n"
           "Press Office\n{city}\nPhone: (312) 555-0143\npress@lanternfish.example\n")


@pytest.mark.parametrize("city", ["Harbourton, IL 60601", "Harbourton, Ill. 60601-2210"])
def test_an_address_line_of_city_state_and_zip_names_no_organisation(city):
    release = parse_release(_SCRAPE.format(site="", city=city).replace(" | \n", "\n", 1), name="r.txt")
    assert [(c.organization, c.emails) for c in release.contacts] == [(None, ["press@lanternfish.example"])]


@pytest.mark.parametrize("site", ["Lanternfish Trust", "The Lanternfish Trust Newsroom"])
def test_a_desk_on_a_scraped_page_belongs_to_the_site_the_page_names(site):
    release = parse_release(_SCRAPE.format(site=site, city="Harbourton, IL 60601"), name="r.txt")
    assert [(c.name, c.organization) for c in release.contacts] == [(None, site)]


def test_a_one_word_domain_takes_the_organisations_name_it_stands_in():
    text = ("<html><body><h1>Seed Library Opens</h1><p>LAKEVIEW, Ore., March 4, 2023 — The trust opened its "
            "seed library to members this week.</p><h2>About Northern Lantern Trust</h2><p>Northern Lantern "
            "Trust funds rural reading rooms.</p><p><strong>Press contact</strong><br>Ada Moor<br>"
            "ada.moor@lantern.org.uk<br>+44 20 7946 0321</p></body></html>")
    assert [(c.name, c.organization) for c in parse_release(text, name="r.html").contacts] == [
        ("Ada Moor", "Northern Lantern Trust")]


def test_a_media_line_with_one_number_is_the_named_contacts_below_it():
    text = ("# Seed Library Opens\n\nLAKEVIEW, Ore., March 4, 2023 — The society opened its seed library to "
            "members this week.\n\nAbout the Valley Orchard Society\n\nThe Valley Orchard Society keeps old fruit "
            "varieties alive across the valley.\n\nMedia relations: 541-555-0142\n\nJo Pell: jo.pell@orchard.org\n")
    assert [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name="r.md").contacts] == [
        ("Jo Pell", "Valley Orchard Society", ["+15415550142"], ["jo.pell@orchard.org"])]


@pytest.mark.parametrize("text, name", [
    ("<html><body><h1>Seed Library Opens</h1><p>LAKEVIEW, Ore., March 4, 2023 — The Seedcoop Network opened its "
     "seed library to members this week.</p><table><tr><th colspan=\"2\">Press Contacts:</th></tr>"
     "<tr><td>North America:</td><td>Ana Ruiz<br>ana@seedcoop.org<br>(1) 541 555 0142</td></tr>"
     "<tr><td>Europe (Dutch and English):</td><td>Piet Kamp<br>piet@seedcoop.org<br>(31) 20 555 0199</td></tr>"
     "</table></body></html>", "r.html"),
    ("Seed Library Opens\n\nLAKEVIEW, Ore., March 4, 2023 - The Seedcoop Network opened its seed library to "
     "members this week, with more than two hundred varieties.\n\nPress Contacts:\n\nNorth America:\nAna Ruiz\n"
     "ana@seedcoop.org\n+1 541 555 0142\n\nEurope (Dutch and English):\nPiet Kamp\npiet@seedcoop.org\n"
     "+31 20 555 0199\n", "r.txt"),
])
def test_an_area_labelling_a_contact_is_no_organisation(text, name):
    found = [(c.name, c.organization) for c in parse_release(text, name=name).contacts]
    assert found == [("Ana Ruiz", "Seedcoop Network"), ("Piet Kamp", "Seedcoop Network")]  # the lead names it, not the area


@pytest.mark.parametrize("text, name, phone", [
    ("# Seed Library Opens\n\nLONDON, Ontario - (Valley Newsline) - March 4, 2023 - The co-op opened its seed "
     "library to members this week, with more than two hundred varieties.\n\nMedia Contact:\n\nJo Pell\n\n"
     "519.555.0143\n\njo.pell@seedcoop.org\n", "r.md", "+15195550143"),
    ("Seed Library Opens\n\nPerth, Ont., March 4, 2023 -- The co-op opened its seed library to members this "
     "week, with more than two hundred varieties.\n\nFor more information, contact Jo Pell at (613) 555-0199 "
     "or jo.pell@seedcoop.org.\n", "r.txt", "+16135550199"),
])
def test_a_canadian_province_after_a_city_reads_the_phone_for_canada(text, name, phone):
    assert [c.phones for c in parse_release(text, name=name).contacts] == [[phone]]


_COUNTRIES = [("Argentina", "Lucía Paz", "ar", "+54 11 5555 0101", "+541155550101"),
              ("Chile", "Tomás Vera", "cl", "+56 2 2555 0102", "+56225550102"),
              ("Ecuador", "Inés Mora", "ec", "+593 2 255 0103", "+59322550103"),
              ("Uruguay", "Pablo Ruiz", "uy", "+598 2 555 0104", "+59825550104"),
              ("Peru", "Rosa Lima", "pe", "+51 1 555 0105", "+5115550105"),
              ("Colombia", "Juan Gil", "co", "+57 601 555 0106", "+576015550106"),
              ("Venezuela", "Ana Sol", "ve", "+58 212 555 0107", "+582125550107"),
              ("Panama", "Luis Rey", "pa", "+507 255 0108", "+5072550108"),
              ("Cuba", "Eva Luna", "cu", "+53 7 555 0109", "+5375550109"),
              ("Dominican Republic", "José Sanz", "do", "+1 809 555 0110", "+18095550110"),
              ("Bolivia", "Marta Cruz", "bo", "+591 2 255 0111", "+59122550111")]


@pytest.mark.parametrize("style", ["html", "txt"])
def test_a_contact_list_by_country_reads_to_its_last_card_and_no_country_is_an_organisation(style):
    lead = ("Seed Library Opens", "LAKEVIEW, Ore., March 4, 2031 - The Seedcoop Network opened its seed library to "
            "members this week, with more than two hundred varieties.", "Press contacts")
    cards = [(country, name, f"{code}@seedcoop.org", shown) for country, name, code, shown, _ in _COUNTRIES]
    if style == "html":
        text = (f"<html><body><h1>{lead[0]}</h1><p>{lead[1]}</p><h2>{lead[2]}</h2>"
                + "".join(f"<p>{c}<br>{n}<br><a href=\"mailto:{e}\">{e}</a><br>{p}</p>" for c, n, e, p in cards)
                + "</body></html>")
    else:
        text = "\n\n".join([*lead, *("\n".join(card) for card in cards)]) + "\n"
    found = [(c.name, c.organization, c.phones) for c in parse_release(text, name="r." + style).contacts]
    assert found == [(name, "Seedcoop Network", [e164]) for _, name, _, _, e164 in _COUNTRIES]


@pytest.mark.parametrize("text, name", [
    ("<html><body><h1>镜像服务调整</h1><p>项目今天宣布调整其镜像服务，在全球增加更多镜像站点并改进下载速度，欢迎用户试用。</p>"
     "<h2>联系信息</h2><p>更多信息，请发送邮件至 &lt;press@seedcoop.org&gt; 或联系镜像团队 &lt;mirrors@seedcoop.org&gt;。</p>"
     "</body></html>", "r.html"),
    ("# 鏡像服務調整\n\n項目今天宣佈調整其鏡像服務，在全球增加更多鏡像站點並改進下載速度，歡迎用戶試用。\n\n## 聯絡資訊\n\n"
     "更多資訊，請發送郵件至 <press@seedcoop.org> 或聯絡鏡像團隊 <mirrors@seedcoop.org>。\n", "r.md"),
])
def test_a_chinese_contact_information_heading_reads_each_desk_of_its_sentence(text, name):
    assert [c.emails for c in parse_release(text, name=name).contacts] == [["press@seedcoop.org"], ["mirrors@seedcoop.org"]]


@pytest.mark.parametrize("text", [
    "# Seed Library Opens\n\nThe co-op opened its seed library to members this week, with more than two hundred "
    "varieties on its shelves.\n\n## Media contact\n\nJo Pell, Seedcoop\n<jo.pell@seedcoop.org>\n",
    "# Saatgutbibliothek öffnet\n\nDie Genossenschaft hat diese Woche ihre Saatgutbibliothek für Mitglieder geöffnet, "
    "mit mehr als zweihundert Sorten.\n\n## Pressekontakt\n\nJo Pell, Seedcoop  \nE-Mail: <jo.pell@seedcoop.org>\n",
])
def test_an_address_autolinked_in_markdown_reads_as_the_address(text):
    release = parse_release(text, name="r.md")
    assert [c.emails for c in release.contacts] == [["jo.pell@seedcoop.org"]]
    assert "&#" not in " ".join(b.text for b in release.blocks)


@pytest.mark.parametrize("text, name, email", [
    ("# Seed Library Opens\n\nLAKEVIEW, Ore., March 4, 2023 — The society opened its seed library to members "
     "this week.\n\n MEDIA CONTACT:Jo Pell - Director of Public Relationspress@orchard.org"
     "Phone: 541-555-0142, ext 12 \n", "r.md", "press@orchard.org"),
    ("Seed Library Opens\n\nLAKEVIEW, Ore., March 4, 2023 - The society opened its seed library to members "
     "this week.\n\nInvestor contact: Jo Pell, Head of Communicationsjo.pell@orchard.org, tel. 541-555-0142\n",
     "r.txt", "jo.pell@orchard.org"),
])
def test_a_role_run_on_into_the_address_after_it_leaves_the_address_whole(text, name, email):
    contact = parse_release(text, name=name).contacts[0]
    assert (contact.name, contact.phones, contact.emails) == ("Jo Pell", ["+15415550142"], [email])


def test_a_capitalised_name_opening_an_address_stays_in_it():
    text = ("# Seed Library Opens\n\nThe society opened its seed library.\n\nMedia contact: Jo Pell, "
            "Jo.Pell@orchard.org, 541-555-0142\n")
    assert parse_release(text, name="r.md").contacts[0].emails == ["jo.pell@orchard.org"]


@pytest.mark.parametrize("text", [
    "市民農園が開園\n\n2031年4月2日\n\n江城市は本日、市民農園を開園しました。農園は駅の北側にあります。\n\n"
    "お問い合わせ\n江城市役所 広報課 山田花子\n電話：03-5555-0123\nメール：koho@example.jp\n",
    "江城图书馆扩建完工\n\n2031年4月2日\n\n江城图书馆今天宣布扩建工程完工，新馆增加了三层阅览室。\n\n"
    "媒体联系\n江城图书馆 宣传部 陈明\n电话：+86 20 5555 0123\n邮箱：press@library.example.cn\n",
])
def test_an_office_named_after_its_organisation_on_the_name_s_line_is_the_organisation(text):
    """"ORGANISATION OFFICE NAME" on one line, as Japanese and Chinese write a contact: the name
    is the person (an office such as 広報課 or 宣传部 is none), the organisation the one the office
    is of (the person speaks for it; the office says where they sit)."""
    (contact,) = parse_release(text, name="r.txt").contacts
    first, _office, name = text.split("\n\n")[-1].split("\n")[1].split(" ")
    assert (contact.name, contact.organization) == (name, first)


@pytest.mark.parametrize("text, name", [
    ("# Club opens its library\n\nLAKEVIEW, May 4, 2031 — The club opened its new library today. It holds two "
     "thousand books and is open every day of the week.\n\nThe library lends books for free to anyone in the valley."
     "\n\nMedia questions may be directed to Jane Roe at (212) 555-0147 or press@lakeview-club.example.org.\n", "r.md"),
    ("Club opens its library\n\nLAKEVIEW, May 4, 2031 — The club opened its new library today. It holds two "
     "thousand books and is open every day of the week.\n\nThe library lends books for free to anyone in the valley."
     "\n\nMedia questions should be addressed to Jane Roe at (212) 555-0147 or press@lakeview-club.example.org.\n",
     "r.txt"),
    # a label word opening the sentence ("Press queries") does not cut it into a label and a rest
    ("Club opens its library\n\nLAKEVIEW, May 4, 2031 — The club opened its new library today. It holds two "
     "thousand books and is open every day of the week.\n\nThe library lends books for free to anyone in the valley."
     "\n\nPress queries can be sent to Jane Roe at (212) 555-0147 or press@lakeview-club.example.org.\n", "r.txt"),
])
def test_questions_directed_to_a_person_in_the_closing_sentence_give_the_contact(text, name):
    (contact,) = parse_release(text, name=name).contacts
    assert (contact.name, contact.phones, contact.emails) == ("Jane Roe", ["+12125550147"],
                                                             ["press@lakeview-club.example.org"])


@pytest.mark.parametrize("text, name, role, org", [
    ("市民農園が開園\n\n2031年4月2日\n\n江城市は本日、市民農園を開園しました。農園は駅の北側にあります。\n\n【お問い合わせ】\n"
     "株式会社江城農園 広報担当：山田花子\n電話：03-5555-0123\nメール：koho@noen.example.jp\n",
     "山田花子", "広報担当", "株式会社江城農園"),
    ("江城图书馆扩建完工\n\n2031年4月2日\n\n江城图书馆今天宣布扩建工程完工，新馆增加了三层阅览室。\n\n媒体联系\n"
     "江城图书馆 新闻负责人：陈明\n电话：+86 20 5555 0123\n邮箱：press@library.example.cn\n",
     "陈明", "新闻负责人", "江城图书馆"),
])
def test_a_role_labelling_the_name_after_its_colon_gives_both(text, name, role, org):
    """"ORGANISATION ROLE：NAME": the person in charge (担当, 负责人) named after the role's colon."""
    (contact,) = parse_release(text, name="r.txt").contacts
    assert (contact.name, contact.role, contact.organization) == (name, role, org)


# --- a phone without a country code in a release written in one country's script -------------------

@pytest.mark.parametrize("text, phone", [
    ("しらかわ書房、絵本の図書室を開設\n\n2031年4月2日\n\nしらかわ書房は、本日、駅前に絵本の図書室を開設しました。"
     "子どもたちが自由に本を読めるように、毎日夕方まで開いています。\n\n【お問い合わせ先】\nしらかわ書房 広報担当\n"
     "TEL：052-555-0188\nE-mail：koho@shirakawa-shobo.example\n", "+81525550188"),
    ("# あおば鉄道、夜行列車を再開\n\n2031年6月10日\n\nあおば鉄道は、本日、山あいの路線で夜行列車の運行を再開すると"
     "発表しました。週に二回、寝台車を連結して走ります。\n\n## お問い合わせ先\n\nあおば鉄道 広報室　"
     "電話：03-5555-0142　メール：press@aoba-rail.example\n", "+81355550142"),
], ids=["plain text", "Markdown"])
def test_a_phone_without_a_country_code_in_a_release_written_in_kana_is_japanese(text, phone):
    release = parse_release(text, name="release.md" if text.startswith("#") else "release.txt")
    assert [c.phones for c in release.contacts] == [[phone]]


@pytest.mark.parametrize("text, name", [
    ("青禾书店开设儿童阅览室\n\n【2031年5月6日，成都】青禾书店今日在市中心开设儿童阅览室，每天开放到傍晚，欢迎家长带孩子前来阅读。"
     "\n\n媒体联系人：\n刘芳\n电话：028-5555-0166\n邮箱：media@qinghe-books.example\n", "r.txt"),
    ("# 青禾书店开设儿童阅览室\n\n2031年5月6日，青禾书店今日在市中心开设儿童阅览室，每天开放到傍晚，欢迎家长带孩子前来阅读。\n\n"
     "## 媒体联系\n\n刘芳 电话：028-5555-0166 邮箱：media@qinghe-books.example\n", "r.md"),
], ids=["plain text", "Markdown"])
def test_a_phone_without_a_country_code_in_simplified_chinese_is_of_the_mainland(text, name):
    release = parse_release(text, name=name)
    assert [c.phones for c in release.contacts] == [["+862855550166"]]


def test_traditional_characters_name_no_country_for_a_phone():
    from mediakit.core.scripts import script_region

    assert script_region("本會今日於市中心開設新的兒童閱覽室，每天開放至傍晚，歡迎市民帶孩子前來閱讀。") is None
    assert script_region("本日、駅前に絵本の図書室を開設しました。子どもたちが自由に本を読めるように、毎日夕方まで開いています。") == "JP"
    assert script_region("해오름 도서관은 오늘 역 앞에 어린이 열람실을 열었습니다. 아이들이 저녁까지 책을 읽습니다.") == "KR"
    assert script_region("The library opened a reading room with a shelf of picture books (絵本) for children.") is None


# --- the kind of organisation before its own name ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "**Pressekontakt**\nStadt Lindenau, Pressestelle\nJonas Brenner\nTelefon: +49 7541 555 0182\n"
    "E-Mail: presse@lindenau.example\n",
    "**Perscontact**\nGemeente Zeedorp, afdeling Communicatie\nJonas Brenner\nTel. +31 20 555 0182\n"
    "E-mail: pers@zeedorp.example\n",
], ids=["German", "Dutch"])
def test_a_city_or_foundation_named_by_its_kind_first_is_the_organisation_not_the_person(text):
    contacts, _ = read(HEAD + BODY + text)
    (name, organization, phones, _emails), = cards(contacts)
    assert name == "Jonas Brenner" and len(phones) == 1
    assert organization.startswith(("Stadt Lindenau", "Gemeente Zeedorp"))
