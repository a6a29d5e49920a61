"""Forms of Japanese and Chinese releases met beyond the samples: the speaker in brackets after a
quotation, salutations and contact labels the lexicon lacked, lines pasted whole under short
header lines. Names, firms, numbers and words are invented."""

from mediakit.core.analyse import parse_release
from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [(q.speaker, q.role) for q in found]


# --- the speaker in brackets right after the quotation ------------------------------------------

def test_japanese_speaker_in_brackets_after_the_quotation_plain_text():
    found = quotes("つばめ工房株式会社は、木製の玩具を扱う新しい店を開きました。\n\n"
                   "「子どもが長く遊べる道具を、一つずつ丁寧に作り続けていきます。」（小野寺 菜摘 代表取締役）\n")
    assert who(found) == [("小野寺 菜摘", "代表取締役")]
    assert found[0].text.startswith("子どもが長く遊べる")


def test_japanese_speaker_in_brackets_with_the_title_first_html():
    found = quotes("<h1>つばめ工房、木製玩具の店を開業</h1><p>つばめ工房は新しい店を開きました。</p>"
                   "<p>「木の手触りを、次の世代にも伝えたいと考えています。」（館長　岸本 悠）</p>", ".html")
    assert who(found) == [("岸本 悠", "館長")]


def test_chinese_speaker_in_brackets_name_then_role_markdown():
    found = quotes("# 青松环境发布新一代净水设备\n\n青松环境今日发布新一代净水设备。\n\n"
                   "“我们希望让每一个小镇都能喝上放心的水，这是团队十年来的目标。”（欧阳文涛，青松环境总经理）\n", ".md")
    assert who(found) == [("欧阳文涛", "青松环境总经理")]


def test_traditional_chinese_speaker_in_brackets_plain_text():
    found = quotes("嵐山茶業今日宣布在台中開設第二間門市。\n\n"
                   "「我們會繼續用在地的茶葉，做出讓年輕人也喜歡的飲品。」（邱美玲，嵐山茶業董事長）\n")
    assert who(found) == [("邱美玲", "嵐山茶業董事長")]


def test_a_term_in_brackets_after_a_quoted_name_is_no_speaker():
    found = quotes("つばめ工房は「森のつみき」（仮称）を秋に発売すると発表しました。"
                   "価格は未定で、全国の取扱店で販売する予定です。\n\n"
                   "青松环境将推出“清泉计划”（暂定名），面向县城供水企业提供设备租赁服务。\n")
    assert found == []


# --- words the lexicon lacked --------------------------------------------------------------------

def test_japanese_salutation_without_sha_is_a_label_not_the_headline():
    release = parse_release("報道関係各位\n\n2031年4月2日\n\nつばめ工房、木製玩具の店を開業\n\n"
                            "つばめ工房は新しい店を開きました。\n", "release.txt")
    assert release.title == "つばめ工房、木製玩具の店を開業"


def test_chinese_media_enquiries_label_opens_a_contact_block_html():
    release = parse_release("<h1>青松环境发布新一代净水设备</h1><p>青松环境今日发布新一代净水设备。</p>"
                            "<h2>媒体垂询</h2><p>欧阳晴<br>电话：010-6552 8841<br>邮箱：pr@qingsong.example.cn</p>",
                            "release.html")
    assert [(c.name, c.emails) for c in release.contacts] == [("欧阳晴", ["pr@qingsong.example.cn"])]


def test_traditional_chinese_added_verb_attributes_a_quote():
    found = quotes("嵐山茶業總經理邱美玲補充：「明年我們會把門市數量增加一倍，讓更多人喝到好茶。」\n")
    assert who(found) == [("邱美玲", "嵐山茶業總經理")]


# --- lines pasted whole under short ones -----------------------------------------------------------

def test_paragraphs_each_on_one_line_under_short_header_lines_keep_their_lines():
    text = ("From: 広報 <pr@tsubame.example.jp>\nTo: 記者クラブ各位 <desk@example.jp>\n"
            "Subject: 木製玩具の店を開業\nDate: 2031年4月2日\n\n"
            "つばめ工房、木製玩具の店を開業\n\n"
            + "つばめ工房株式会社は、木製の玩具を扱う新しい店を駅前の商店街に開きました。" * 3 + "\n\n"
            + "店内では職人が玩具を作る様子を見ることができ、週末には親子向けの工作教室も開きます。" * 3 + "\n\n"
            "■つばめ工房株式会社について\n2009年に創業した木製玩具の工房です。\n\n"
            "【お問い合わせ先】\nつばめ工房株式会社 広報担当\n電話：03-5555-0144\n")
    blocks = [b.text for b in parse_text(text, ".txt").blocks]
    assert "■つばめ工房株式会社について" in blocks
    assert "【お問い合わせ先】" in blocks


# --- contact lines: an office of the organisation, a name written with a space, long labels ----------

def contact_cards(text, name):
    return [(c.name, c.organization, c.phones, c.emails) for c in parse_release(text, name).contacts]


def test_an_office_after_the_organisation_leaves_the_organisation_plain_text():
    text = ("ひばり運輸、仙台に配送拠点を新設\n\n2031年4月2日\n\nひばり運輸株式会社は、仙台市に新しい配送拠点を開設しました。\n\n"
            "【お問い合わせ先】\nひばり運輸株式会社 経営企画部 広報課\n担当：大沢 美咲\n電話：022-555-0148\n")
    assert contact_cards(text, "r.txt") == [("大沢 美咲", "ひばり運輸株式会社", ["+81225550148"], [])]


def test_an_office_after_the_organisation_traditional_chinese_markdown():
    text = ("# 嵐山茶業開設台中門市\n\n嵐山茶業今日宣布在台中開設第二間門市。\n\n## 傳媒查詢\n\n嵐山茶業 企業傳訊部\n\n"
            "邱美玲\n\n電話：(852) 2555 0183\n\n電郵：press@lanshan-tea.example.hk\n")
    assert contact_cards(text, "r.md") == [("邱美玲", "嵐山茶業", ["+85225550183"], ["press@lanshan-tea.example.hk"])]


def test_a_name_written_with_a_space_after_a_person_label_on_the_organisation_s_line_html():
    text = ("<h1>ひばり運輸、仙台に配送拠点を新設</h1><p>ひばり運輸は仙台市に新しい配送拠点を開設しました。</p>"
            "<h2>お問い合わせ先</h2><p>ひばり運輸株式会社 広報部 担当：大沢 美咲<br>TEL：022-555-0148<br>"
            "E-mail：pr@hibari-unyu.example.jp</p>")
    assert contact_cards(text, "r.html") == [("大沢 美咲", "ひばり運輸株式会社", ["+81225550148"],
                                               ["pr@hibari-unyu.example.jp"])]


def test_a_given_name_in_kana_after_a_role_label_plain_text():
    text = ("ひばり運輸、仙台に配送拠点を新設\n\n2031年4月2日\n\nひばり運輸株式会社は、仙台市に新しい配送拠点を開設しました。\n\n"
            "お問い合わせ先\n公益財団法人 ひばり交通財団 広報グループ 小川 みなみ\n電話：022-555-0148\n")
    assert contact_cards(text, "r.txt") == [("小川 みなみ", "公益財団法人 ひばり交通財団", ["+81225550148"], [])]


def test_a_long_bracketed_contact_label_opens_the_contacts_and_titles_their_part():
    text = ("ひばり運輸、仙台に配送拠点を新設\n\n2031年4月2日\n\nひばり運輸株式会社は、仙台市に新しい配送拠点を開設しました。\n\n"
            "【本件に関する報道関係者からのお問い合わせ先】\nひばり運輸株式会社 広報室\n担当：大沢 美咲\n"
            "電話：022-555-0148\nメール：koho@hibari-unyu.example.jp\n")
    release = parse_release(text, "r.txt")
    assert [(c.name, c.organization) for c in release.contacts] == [("大沢 美咲", "ひばり運輸株式会社")]
    assert [s.title for s in release.all_sections()] == ["本件に関する報道関係者からのお問い合わせ先"]
