"""A speaker's title written after the name: Chinese "王海涛教授说", "陈红博士表示" (the name is the
two or three characters before the title), and a Japanese association's or institute's titles
(代表理事, 事務局長) before or after the name. Names and bodies are invented."""

from mediakit.core.document import parse_text
from mediakit.core.quotes import extract_quotes

LEAD_ZH = "临江，2031年4月2日——临江大学今天公布了一项新的研究成果。\n\n"


def who(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in extract_quotes(parse_text(text, ".txt").blocks)]


def test_a_chinese_name_with_its_title_after_it_is_the_speaker_and_the_title_the_role():
    assert who(LEAD_ZH + "周立群教授说：“这项技术将让检测时间缩短一半。”\n") == [("周立群", "教授")]
    assert who(LEAD_ZH + "“我们希望明年开始临床试验，”孙雅婷博士表示。\n") == [("孙雅婷", "博士")]


def test_a_role_written_before_the_name_is_kept_over_the_title_after_it():
    assert who(LEAD_ZH + "项目负责人周立群教授说：“这项技术将让检测时间缩短一半。”\n") == [("周立群", "项目负责人")]


def test_a_title_alone_is_no_speaker():
    assert who(LEAD_ZH + "该校教授说：“这项技术将让检测时间缩短一半。”\n") == []


def test_a_japanese_associations_titles_name_the_speakers_role():
    text = ("一般社団法人みなと音楽協会は、子ども向けの無料演奏会を始めます。\n\n"
            "代表理事の川島千春は「地域の子どもたちに本物の音楽を届けたいと考えています。」と話しています。\n\n"
            "事務局長の森田悟は「会場は市内の五つの公民館です。」と述べています。\n")
    assert who(text) == [("川島千春", "代表理事"), ("森田悟", "事務局長")]
