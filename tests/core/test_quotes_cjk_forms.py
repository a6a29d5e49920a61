"""Quote forms of Japanese and Chinese releases: a surname with a title resolved to the full name
the release introduces, plain said-verbs, the role written where a person is introduced, a
setting between a name and its verb. Names, firms and words are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes


def quotes(text, suffix=".txt"):
    return extract_quotes(parse_text(text, suffix).blocks)


def who(found):
    return [(q.speaker, q.role) for q in found]


# --- Japanese: a surname with a title or an honorific ------------------------------------

def test_japanese_surname_with_title_is_the_full_name_from_the_profile_label():
    found = quotes("こだま製菓株式会社（本社：金沢市、代表取締役社長：石原 千尋）は、新しい焼き菓子の工房を開きました。\n\n"
                   "石原社長は「職人の手仕事を守りながら、より多くの方に焼きたての味を届けたいと考えています。」と述べています。\n\n"
                   "「来年には県外にも二つの工房を開く予定です。」と石原氏は語った。\n")
    assert who(found) == [("石原 千尋", "代表取締役社長"), ("石原 千尋", "代表取締役社長")]
    assert found[1].text.startswith("来年には県外")


def test_japanese_surname_resolves_to_a_name_written_after_its_title_without_a_space():
    found = quotes("さざなみ観光 代表取締役 野口浩二は、島めぐりの新しい船を就航させると発表しました。\n\n"
                   "「静かな電気の船で、海の生き物を驚かせずに島を回ることができます。」と、野口氏は話している。\n")
    assert who(found) == [("野口浩二", "代表取締役")]


def test_japanese_full_name_after_its_title_and_particle():
    found = quotes("代表の松井健吾は「この町の商店街に、もう一度人の流れを取り戻すことが私たちの目標です。」"
                   "とコメントしています。\n\n"
                   "広報部長の木下あかりは「週末には子ども向けの工作教室も開きますので、ぜひお越しください。」と説明した。\n")
    assert who(found) == [("松井健吾", "代表"), ("木下あかり", "広報部長")]


def test_japanese_surname_shared_by_two_people_is_not_guessed():
    found = quotes("開発部長の西田和夫と、営業部長の西田真理が登壇しました。\n\n"
                   "西田氏は「新しいアプリは、お年寄りにも使いやすいように大きな文字で作りました。」と語った。\n")
    assert [q.speaker for q in found] == ["西田"]


def test_japanese_title_alone_or_the_company_is_no_speaker():
    assert quotes("「新しいアプリは、お年寄りにも使いやすいように大きな文字で作りました。」と社長は語った。\n") == []
    assert quotes("当社は「新しいアプリは、お年寄りにも使いやすいように大きな文字で作りました。」と述べています。\n") == []


def test_japanese_surname_with_iteration_mark_and_a_spaced_full_name():
    found = quotes("ときわ信用金庫（理事長：佐々木 悠真）は、子育て世帯向けの新しい預金を始めます。\n\n"
                   "佐々木理事長は、「若い家族が安心して暮らせる町づくりを、金融の面から支えます。」と語った。\n\n"
                   "同金庫の企画部長、三浦 奈央は「窓口だけでなく、スマートフォンからも申し込めるようにしました。」と話した。\n")
    assert who(found) == [("佐々木 悠真", "理事長"), ("三浦 奈央", "同金庫の企画部長")]


# --- Chinese: the role where a person is introduced, a setting before the verb -----------

def test_chinese_bare_name_takes_the_role_written_where_the_release_introduces_it():
    found = quotes("# 晨光文具推出环保笔记本\n\n晨光文具集团副总裁赵静怡今日在杭州发布新系列产品。\n\n"
                   "赵静怡表示：“新笔记本全部采用回收纸张制作，每年可以少砍伐上万棵树木。”\n\n"
                   "“我们希望学生们在学习的同时，也能养成爱护环境的习惯。”，赵静怡说。\n", ".md")
    assert who(found) == [("赵静怡", "晨光文具集团副总裁"), ("赵静怡", "晨光文具集团副总裁")]


def test_traditional_chinese_bare_name_after_a_title_and_a_space():
    found = quotes("海風物流董事長 林柏宏宣布，公司將在南部興建新的冷鏈倉庫。\n\n"
                   "林柏宏指出，「新倉庫啟用後，生鮮食品從產地到餐桌的時間可以縮短一半。」\n")
    assert who(found) == [("林柏宏", "海風物流董事長")]


def test_chinese_setting_between_the_name_and_the_said_verb():
    found = quotes("北辰医疗总经理孙立新在发布会上表示：“新的远程诊疗平台将覆盖全省一百个乡镇卫生院。”\n\n"
                   "“平台上线第一个月就完成了三千次会诊。”孙立新在接受记者采访时说。\n")
    assert who(found) == [("孙立新", "北辰医疗总经理"), ("孙立新", "北辰医疗总经理")]


def test_traditional_chinese_setting_with_its_own_words():
    found = quotes("雲頂書院院長周雅婷於開幕典禮上說：「書院將免費開放給所有想學習書法的市民。」\n")
    assert who(found) == [("周雅婷", "雲頂書院院長")]


def test_chinese_according_to_a_name_before_the_quotation():
    found = quotes("据北辰医疗总经理孙立新介绍，“平台上线第一个月就完成了三千次远程会诊。”\n")
    assert who(found) == [("孙立新", "北辰医疗总经理")]
    found = quotes("根據周雅婷表示，「書院將免費開放給所有想學習書法的市民，歡迎大家報名。」\n")
    assert who(found) == [("周雅婷", None)]


def test_chinese_title_in_a_running_sentence_is_no_introduced_role():
    found = quotes("今年的活动和合作伙伴一起举办，郑凯文也参加了。\n\n"
                   "郑凯文表示：“这次活动让更多年轻人了解了传统手工艺的价值和魅力。”\n")
    assert who(found) == [("郑凯文", None)]


# --- the word for "comment" used as a verb names no comments ------------------------------

def test_a_sentence_that_comments_is_no_comment_label_over_its_own_parenthesis():
    assert quotes("みなみ造船（社長：大野 修）は、新造船の完成についてコメントしました。\n") == []
    assert quotes("星河公司（董事长：王明远）今日就新政策发表评论，认为这将有利于整个行业的发展。\n") == []


def test_japanese_says_as_follows_closing_the_paragraph_above_a_lone_quotation():
    found = quotes("あさひ農園（代表取締役：小松 直人）は寒さに強い新しい品種を発表しました。"
                   "小松代表取締役は次のようにコメントしています。\n\n"
                   "「この品種なら、雪の多い地域でもおいしい果物を育てることができます。」\n")
    assert who(found) == [("小松 直人", "代表取締役")]
    found = quotes("同社の研究部長、岡田 陽菜は以下のように述べています：\n\n"
                   "「新しい電池は寒い冬の朝でも、夏と同じように長く使うことができます。」\n")
    assert who(found) == [("岡田 陽菜", "同社の研究部長")]
