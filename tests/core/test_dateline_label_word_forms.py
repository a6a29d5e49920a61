"""The word a page template prints before its dateline, "DATELINE October 12, 2031": the date is read,
the word is no place. Words of our own, in two styles (a PHP page's HTML and plain text)."""

import pytest

from mediakit.core.analyse import parse_release

PAGE = ("<?php\n  $page_title = 'Quillwork 3.1 Announcement';\n  require 'chrome.php';\n?>\n\n"
        "<p>\n  DATELINE October 12, 2031<br />\n  FOR IMMEDIATE RELEASE\n</p>\n"
        "<h2>\n  Quillwork Ships Its Third Free Drawing Suite\n</h2>\n"
        "<p>The Quillwork team today released the third version of its free drawing "
        "suite, with 14 new brushes and a faster canvas for large posters and maps.</p>\n")
PLAIN = ("Quillwork Ships Its Third Free Drawing Suite\n\n"
         "DATELINE October 12, 2031 - The Quillwork team today released the third version of "
         "its free drawing suite, with 14 new brushes and a faster canvas for large posters and maps.\n")


@pytest.mark.parametrize("text, name", [(PAGE, "r.php"), (PLAIN, "r.txt")])
def test_the_dateline_label_word_is_no_place(text, name):
    release = parse_release(text, name=name)
    assert (release.title, release.date, release.place) == (
        "Quillwork Ships Its Third Free Drawing Suite", "2031-10-12", None)


def test_a_place_after_a_release_label_is_still_the_place():
    text = PLAIN.replace("DATELINE October 12, 2031 -", "DUNMORE, October 12, 2031 -")
    assert parse_release(text, name="r.txt").place == "DUNMORE"
