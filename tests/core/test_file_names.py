"""A file's suffix and stem as ``pathlib`` gives them (``text.file_suffix``/``file_stem``, written
so that reading a release does not import ``pathlib``): the suffix decides how a file is read,
the stem is the title of a release with no headline."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from mediakit.core.text import file_stem, file_suffix

NAMES = ["release.md", "Release.HTML", "kit.tar.gz", ".profile", "notes.", "no-suffix", "a.b.c.txt",
         "folder/press.txt", "folder/sub/", "..", "dir.d/readme", "2031-03-14 Statement.PDF", "日本語.html"]


@pytest.mark.parametrize("name", NAMES)
def test_suffix_and_stem_are_pathlibs(name):
    assert file_suffix(name) == PurePath(name).suffix
    assert file_stem(name) == PurePath(name).stem
