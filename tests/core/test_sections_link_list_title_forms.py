"""A short bare title standing over a run of labelled links ("Website" over "Orchard Week: https://…",
"Related materials" over "Growers' survey: https://…") titles them; a person's name over a link
("Mara Quill" over "Profile: https://…") and a site's navigation heading ("Related links") do not.
A Chinese line counts two characters a word: a sentence inviting the reader to a site is no title.
Words of our own, in plain text and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

STORY = ("The Valley Growers Council will hold Orchard Week from 4 to 9 May, with 180 exhibitors from 14 "
         "regions showing new apple and pear varieties to buyers and the public.")
CONTACT_TITLE = "Media enquiries"
CONTACT = "Please contact Lena Moor at lena.moor@valleygrowers.example"


def _plain(lines: list[str]) -> list[str]:
    body = "\n\n".join(lines)
    release = parse_release(f"Orchard Week opens in May\n\n{STORY}\n\n{body}\n\n{CONTACT_TITLE}\n\n{CONTACT}\n",
                            suffix=".txt")
    return [s.title for top in release.sections for s in top.walk()]


def _html(lines: list[str]) -> list[str]:
    body = "".join(f"<p>{line}</p>" for line in lines)
    page = (f"<html><body><h1>Orchard Week opens in May</h1><p>{STORY}</p>{body}"
            f"<p>{CONTACT_TITLE}</p><p>{CONTACT}</p></body></html>")
    release = parse_release(page, suffix=".html")
    return [s.title for top in release.sections for s in top.walk()]


STYLES = [_plain, _html]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("title", ["Website", "Related materials"])
def test_a_title_over_labelled_links_is_a_section(style, title) -> None:
    titles = style([title, "Orchard Week: https://orchardweek.example/en",
                    "Growers' survey: https://valleygrowers.example/survey"])
    assert titles == [title, CONTACT_TITLE]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("line", ["Mara Quill", "Related links"])
def test_a_name_or_a_navigation_heading_is_not(style, line) -> None:
    titles = style([line, "Profile: https://valleygrowers.example/mara"])
    assert line not in titles


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("line, is_title", [("相关网站", True), ("欲知详情请浏览以下网站", False)])
def test_a_chinese_title_is_a_few_characters_a_sentence_is_not(style, line, is_title) -> None:
    titles = style([line, "展会网站: https://orchardweek.example/zh"])
    assert (line in titles) is is_title
