"""A short line a scrape broke off its sentence at a link ("She" over "can set conditions and …")
titles nothing: the text under it opens in lower case, carrying the line on; a short title over a
sentence of its own ("Background") still titles its part. Our own words, in a plain-text scrape and
in Markdown."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("ASHFORD, May 2, 2033 – The Ashford County court today opened a diversion program for young people "
        "charged for the first time, pairing each of them with a mentor from the community.")
BROKEN = ["Every case in the program will be heard by", "Judge Marta Ilves.", "She",
          "can set conditions, order counselling and hold a hearing each month on how the young person is doing."]
PART = ["Background", "The county began planning the program two years ago with the schools and the youth centres."]


def _plain(lines: list[str]) -> list[str]:
    text = "Court opens youth diversion program\n" + LEAD + "\n" + "\n".join(lines) + "\n"
    return [s.title for s in parse_release(text, suffix=".txt").all_sections()]


def _markdown(lines: list[str]) -> list[str]:
    text = "# Court opens youth diversion program\n\n" + LEAD + "\n\n" + "\n\n".join(lines) + "\n"
    return [s.title for s in parse_release(text, suffix=".md").all_sections()]


@pytest.mark.parametrize("style", [_plain, _markdown])
def test_a_word_broken_off_its_sentence_is_no_section(style) -> None:
    assert style(BROKEN + PART) == ["Background"]
