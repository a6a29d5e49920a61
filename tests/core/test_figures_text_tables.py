"""A table of a plain-text filing, its columns aligned with spaces: the caption's "(in millions)"
holds over the header lines below it, and each row of a label and amounts is read as a row, so
"$2,140.3" is $2.14 billion and a per-share row stays as written. Fixtures of our own: a
plain-text 8-K exhibit and the same table in an HTML page's preformatted block."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release

TABLE = """
                    HARBOR FREIGHT LINES, INC.
          CONSOLIDATED STATEMENTS OF OPERATIONS
          (in millions, except per share amounts)
                         (unaudited)

                              Three Months Ended
                             2025          2024
Operating revenue          $1,318.6      $1,204.2
Operating expenses          1,190.4       1,101.7
Net income                 $   96.3      $   71.5
Earnings per share         $   2.14      $   1.63
"""

PROSE = ("PORTLAND, Ore., May 1, 2025 /PRNewswire/ -- Harbor Freight Lines, Inc. (NYSE: HFL) today "
         "reported first quarter operating revenue of $1.32 billion, and it runs 2,400 trucks.")


def _text() -> list[tuple[float, str | None]]:
    release = parse_release("EXHIBIT 99.1\n\nHarbor Freight Lines Reports First Quarter Results\n\n"
                            + PROSE + "\n" + TABLE, suffix=".txt")
    return [(round(f.value, 2), f.currency) for f in release.figures]


def _html() -> list[tuple[float, str | None]]:
    page = (f"<html><body><h1>Harbor Freight Lines Reports First Quarter Results</h1><p>{PROSE}</p>"
            f"<pre>{TABLE}</pre></body></html>")
    release = parse_release(page, suffix=".html")
    return [(round(f.value, 2), f.currency) for f in release.figures]


@pytest.mark.parametrize("style", [_text, _html])
def test_a_caption_in_millions_scales_the_rows_below_its_header(style):
    found = style()
    assert (1_318_600_000, "USD") in found and (1_204_200_000, "USD") in found
    assert (96_300_000, "USD") in found


@pytest.mark.parametrize("style", [_text, _html])
def test_a_per_share_row_is_not_scaled(style):
    found = style()
    assert (2.14, "USD") in found and (1.63, "USD") in found
    assert (2_140_000_000, "USD") not in found


def test_a_sentence_between_caption_and_amounts_ends_the_scale():
    release = parse_release("A Title For The Test\n\nAll amounts in millions of dollars unless stated.\n\n"
                            "The company sold 3 plants for $45 and $60 in cash, its filing said.\n", suffix=".txt")
    assert all(f.value < 1000 for f in release.figures)
