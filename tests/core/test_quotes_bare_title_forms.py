"""A speaker written as a title alone ("said the director", "said Acme director") is looked up once
per title and document, so quotations that repeat it cost linear time; and an article is a word
of its own ("a" of "Acme director" opens no "the director"). Fixtures in plain text and Markdown;
names, organisations and numbers are invented."""

import pytest
from scaling import LINEAR, growth

from mediakit.core.analyse import parse_release
from mediakit.core.model import Block
from mediakit.core.quotes import extract_quotes


@pytest.mark.parametrize("unit", ["“One two three four five six,” said Acme director. ",
                                  "“One two three four five six,” said the director. "])
def test_a_repeated_bare_title_costs_linear_time(unit):
    def blocks_of(count: int) -> list[Block]:
        return [Block(kind="paragraph", text=unit * count, index=i) for i in range(3)]

    ratio = growth(extract_quotes, blocks_of, 20_000 // len(unit))
    assert ratio < LINEAR, f"4x the text took {ratio:.1f}x the time"


PLAIN = """Orchard Trust buys Hill Farm
Press release

ALDERTON, 9 June 2031 - The Orchard Trust has bought Hill Farm. Alderton Orchard Trust director Ines Varga signed the deed on Friday.

“These trees have fed the valley for two hundred years and we will keep them standing,” said Alderton Orchard Trust director.
"""

MARKDOWN = """# Orchard Trust buys Hill Farm

ALDERTON, June 9, 2031 -- The Orchard Trust has bought Hill Farm, said the trust's director, Ines Varga.

“These trees have fed the valley for two hundred years and we will keep them standing,” said the director.
"""


def test_a_title_without_an_article_in_plain_text():
    assert [(q.speaker, q.role) for q in parse_release(PLAIN, name="release.txt").quotes] == [
        ("Ines Varga", "Alderton Orchard Trust director")]


def test_a_title_with_an_article_in_markdown():
    assert [q.speaker for q in parse_release(MARKDOWN, name="release.md").quotes] == ["Ines Varga"]
