"""Shapes a tester found slow (#17): time at n and 4n grows linearly, and headings in every
form obey the one limit on headings."""

from __future__ import annotations

import pytest
from scaling import LINEAR, growth

from mediakit.core.analyse import parse_release
from mediakit.core.document import MAX_HEADINGS, ContentError, parse_text


def setext(n: int, underline: str) -> str:
    return "".join(f"Chapter {i} of the Plan\n{underline * 20}\n\nA line of text.\n\n" for i in range(n))


def bold_lines(n: int, marks: str) -> str:
    return "".join(f"{marks}Chapter {i} of the Plan{marks}\n\nA line of text.\n\n" for i in range(n))


SHAPES = {
    "setext headings (=)": (lambda n: setext(n, "="), ".md", 500),
    "setext headings (-)": (lambda n: setext(n, "-"), ".md", 500),
    "bold lines as headings": (lambda n: bold_lines(n, "**"), ".md", 500),
    "money in one sentence": (lambda n: "# Costs\n\nThe bids were " + ", ".join(
        f"€{i}.{i % 100:02d} million" for i in range(n)) + ".\n", ".md", 2_000),
    "money in many paragraphs": (lambda n: "# Costs\n\n" + "".join(
        f"Turnover reached ${i},{i % 1000:03d} in quarter {i}.\n\n" for i in range(n)), ".md", 500),
    "chained footnotes": (lambda n: "# Notes\n\nSee" + "".join(f"[^{i}]" for i in range(n)) + ".\n\n"
                          + "".join(f"[^{i}]: Read with [^{i + 1}].\n\n" for i in range(n)), ".md", 250),
    "a contact block in plain text": (lambda n: "Desk News\n\nFor the press:\n" + "".join(
        f"Agent {i} - tel 0161 496 {i % 10000:04d} - agent{i}@example.net\n" for i in range(n)), ".txt", 1_500),
    "a plain release by the megabyte": (lambda n: "Harbour News\n\n" + "".join(
        f"Part {i}. " + "The harbour board said the quay will open to ferries in the spring. " * 10 + "\n\n"
        for i in range(n)), ".txt", 400),
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_time_grows_linearly_with_the_input(name):
    make, suffix, n = SHAPES[name]
    ratio = growth(lambda text: parse_release(text, suffix=suffix), make, n)
    assert ratio < LINEAR, f"{name}: 4x the input took {ratio:.1f}x the time"


@pytest.mark.parametrize("make", [
    lambda n: setext(n, "="), lambda n: setext(n, "-"),
    lambda n: bold_lines(n, "**"), lambda n: bold_lines(n, "__"),
])
def test_headings_in_any_markdown_form_obey_the_heading_limit(make):
    assert len(parse_release(make(50), suffix=".md").sections) >= 40  # a real heading still counts
    with pytest.raises(ContentError, match=f"{MAX_HEADINGS + 1:,} headings"):
        parse_release(make(MAX_HEADINGS + 1), suffix=".md")


@pytest.mark.parametrize("line", [
    "Officer {i}, +44 20 7946 {i:04d}, desk{i}@example.org",
    "**Agent {i}** · mobile 0161 496 {i:04d}",
])
def test_the_markdown_stage_of_a_long_block_of_short_lines_is_linear(line):
    def make(n: int) -> str:
        return "# Desk\n\nPress desk:\n" + "".join(line.format(i=i % 10000) + "\n" for i in range(n))

    ratio = growth(lambda text: parse_text(text, ".md"), make, 2_500)
    assert ratio < LINEAR, f"4x the lines took {ratio:.1f}x the time"
    blocks = parse_text(make(1_000), ".md").blocks
    assert sum(b.text.count("\n") + 1 for b in blocks if "Press desk" not in b.text) >= 1_000  # lines kept


def test_parsed_bold_paragraphs_count_against_the_limit_whatever_their_source():
    """HTML ``<p><b>…</b></p>`` or a Word document's bold lines reach the limit as blocks."""
    from mediakit.core.document.repairs import check_headings
    from mediakit.core.model import Block

    def bold(n: int) -> list[Block]:
        return [Block(kind="paragraph", text=f"Part {i}", strong=True) for i in range(n)]

    check_headings(bold(MAX_HEADINGS) + [Block(kind="paragraph", text="Body.")])
    with pytest.raises(ContentError, match="headings"):
        check_headings(bold(MAX_HEADINGS) + [Block(kind="heading", text="One more", level=2)])


@pytest.mark.parametrize("line", [
    lambda n: "# " + "#" * n + " ends in a word",      # found by the fuzz campaign
    lambda n: "#### " + "## " * n + "and then text",
])
def test_a_heading_line_of_many_marks_is_read_in_linear_time(line):
    """A line of '#' marks that ends in a word is no empty heading; deciding so must not backtrack."""
    def make(n: int) -> str:
        return f"# Title Of The Note\n\n{line(n)}\n\nBody text.\n"

    assert growth(lambda text: parse_release(text, suffix=".md"), make, 6) < LINEAR
    assert any("ends in a word" in b.text or "and then text" in b.text
               for b in parse_release(make(6), suffix=".md").blocks)
