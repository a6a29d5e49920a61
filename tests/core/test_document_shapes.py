"""Parsing time grows with the input, not faster: each shape is timed at n and 4n (ratio only)."""

import pytest
from scaling import LINEAR, growth

from mediakit.core.document import parse_text


def _setext(n):
    return "".join(f"Part number {i}\n--------------\n\nA line of text under it.\n\n" for i in range(n))


def _unclosed_comments(n):
    return "<p>Start</p>" + "<!--" * n


def _unclosed_tags(n):
    return "<p>Start</p>" + "<b " * n


def _chained_footnotes(n):
    return "Body text[^1].\n\n" + "".join(f"[^{i}]: See also[^{i + 1}].\n" for i in range(1, n))


def _plain_release(n):
    para = ("The county board agreed on Monday that the new depot would open in the spring and\n"
            "cost less than the first estimate, its chair told reporters after the vote\n")
    return (para * 4 + "\n") * n


SHAPES = {
    "setext headings": (_setext, 1000, ".md"),
    "unclosed <!-- in HTML": (_unclosed_comments, 10_000, ".html"),
    "unclosed tags in HTML": (_unclosed_tags, 5_000, ".html"),
    "chained footnotes": (_chained_footnotes, 2_500, ".md"),
    "large plain release": (_plain_release, 1_500, ".txt"),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_parsing_time_grows_linearly(name):
    build, n, suffix = SHAPES[name]
    ratio = growth(lambda text: parse_text(text, suffix), build, n)
    assert ratio < LINEAR, f"{name}: 4x the input took {ratio:.1f}x the time"


def test_unclosed_comment_text_is_still_shown():
    doc = parse_text("<p>Doors open at nine.</p><p>Bring a coat <!-- and boots</p>", ".html")
    assert doc.blocks[0].text == "Doors open at nine."
    assert "Bring a coat" in doc.blocks[1].text
