"""A Japanese heading set off by the large circle ◯ (U+25EF), as by 〇 or ○, titles its part and is
shown without the mark. Our own words, in Markdown and in plain text."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = "2033年6月3日 みどり川を守る会は本日、川沿いの清掃活動に参加した市民が延べ千人を超えたと発表しました。"
PART = "参加者からのコメント"
TEXT = "参加した学生は、川がきれいになっていくのを見るのがうれしいと話しています。次回は七月に行います。"


def _markdown(mark: str) -> list[str]:
    text = f"# 清掃活動の参加者が千人を超える\n\n{LEAD}\n\n{mark}{PART}\n\n{TEXT}\n"
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


def _plain(mark: str) -> list[str]:
    text = f"清掃活動の参加者が千人を超える\n\n{LEAD}\n\n{mark}{PART}\n\n{TEXT}\n"
    return [s.title for s in parse_release(text, suffix=".txt").all_sections()]


@pytest.mark.parametrize("style", [_markdown, _plain])
@pytest.mark.parametrize("mark", ["◯", "〇"])
def test_a_circle_marked_heading_is_a_section_without_its_mark(style, mark) -> None:
    assert style(mark) == [PART]
