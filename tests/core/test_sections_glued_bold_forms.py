"""A bold title an archive glued to the paragraph under it, with no space between ("**The Story
Behind the Kiln**“We were …"), titles that paragraph, in Markdown and in an HTML page; bold words
opening a sentence with a space after them ("**Tallow Kilns** opened …") stay part of it. Our own
words."""

import pytest

from mediakit.core.analyse import parse_release

LEAD = ("HOLLOWAY, April 8, 2036 -- Tallow Kilns opened its third brick works today, adding eighty jobs "
        "and doubling its output for builders along the river.")
QUOTE = ("“We named the works after the old kiln on the hill, which fired the bricks for half the town a "
         "century ago,” said Ida Brenn, managing director of Tallow Kilns.")
TITLE = "The Story Behind the Name"


def _markdown(glue: str) -> str:
    return f"# Tallow Kilns opens a third works\n\n{LEAD}\n\n**{TITLE}**{glue}_{QUOTE}_\n"


def _html(glue: str) -> str:
    return (f"<html><body><h1>Tallow Kilns opens a third works</h1><p>{LEAD}</p>"
            f"<p><strong>{TITLE}</strong>{glue}<em>{QUOTE}</em></p></body></html>")


@pytest.mark.parametrize(("make", "name"), [(_markdown, "r.md"), (_html, "r.html")])
def test_a_bold_title_glued_to_its_paragraph_is_a_section(make, name):
    release = parse_release(make(""), name=name)
    assert [s.title for s in release.all_sections()] == [TITLE]


@pytest.mark.parametrize(("make", "name"), [(_markdown, "r.md"), (_html, "r.html")])
def test_bold_words_with_a_space_after_them_stay_in_their_paragraph(make, name):
    release = parse_release(make(" "), name=name)
    assert [s.title for s in release.all_sections()] == []
