"""Fenced code in a Markdown release ("```console" … "```", or "~~~" … "~~~") is code: a shell
comment inside it ("# Build the binary") is no section, and the parts around it keep their titles
and figures, in words of our own and in two styles (a Markdown release with backtick fences, a
Jekyll post with tildes)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.document.mdsource import indent_fences

STORY = ("Harrowgate Tools today released Quillon 4, a build runner for small teams. Quillon 4 adds "
         "12 new commands, builds about 30% faster than the last release and keeps the old "
         "configuration files working, so teams can move over in an afternoon.")
CODE = ["$ cd /path/to/quillon", "", "# Point the build at the bundled toolchain, which in",
        "# this example lives in the tools folder.", "$ ./configure --toolchain=tools", "",
        "# Build the binary", "$ make -j 16 quillon"]
ABOUT_TEXT = "Harrowgate Tools is a cooperative of 40 engineers that keeps open build tools."


def _markdown(fence: str) -> str:
    code = "\n".join(CODE)
    return (f"# Harrowgate Tools releases Quillon 4\n\n{STORY}\n\n## Building from source\n\n"
            f"Run the configure script first:\n\n{fence}console\n{code}\n{fence}\n\n"
            f"## About Harrowgate Tools\n\n{ABOUT_TEXT}\n")


def _jekyll(fence: str) -> str:
    code = "\n".join(CODE)
    return (f"---\nlayout: post\ntitle: 'Harrowgate Tools releases Quillon 4'\ndate: 2024-03-05\n---\n\n"
            f"{STORY}\n\n### Building from source\n\nRun the configure script first:\n\n"
            f"{fence}\n{code}\n{fence}\n\n### About Harrowgate Tools\n\n{ABOUT_TEXT}\n")


STYLES = [(_markdown, "```", ".md"), (_jekyll, "~~~", ".markdown")]


@pytest.mark.parametrize(("style", "fence", "suffix"), STYLES)
def test_a_comment_in_fenced_code_is_no_section(style, fence, suffix) -> None:
    release = parse_release(style(fence), suffix=suffix)
    titles = [s.title for top in release.sections for s in top.walk()]
    assert titles == ["Building from source", "About Harrowgate Tools"]


@pytest.mark.parametrize(("style", "fence", "suffix"), STYLES)
def test_the_figures_around_the_code_are_read(style, fence, suffix) -> None:
    release = parse_release(style(fence), suffix=suffix)
    assert {12, 30, 40} <= {f.value for f in release.figures}
    about = [a.title for a in release.about]
    assert about == ["About Harrowgate Tools"]


def test_a_fence_never_closed_is_left_as_it_stands() -> None:
    source = "Intro line.\n\n```\n# Not closed\nmore text\n"
    assert indent_fences(source) == source


def test_the_closing_fence_is_the_same_mark_at_least_as_long() -> None:
    source = "````\n# a\n```\n# b\n````\nafter\n"
    assert indent_fences(source).split("\n") == ["", "    # a", "    ```", "    # b", "", "after", ""]
