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
