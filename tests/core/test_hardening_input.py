"""Hostile inputs round two (#17): odd file names, a few bad bytes, sizes that make sense."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from mediakit.core.analyse import ReleaseError, load_release, parse_release
from mediakit.core.reader import MAX_BYTES, read_source

# Longer than any headline, so with nothing else the window's title falls back to the file's name
# (the JSON's title is null: the release prints none).
NO_HEADLINE = ("the morning shift at the depot starts before dawn and the vans leave in a line, "
               "one every four minutes, each with a driver who knows the hills by heart and a list "
               "that changes every day as the orders come in from the valley towns nearby, late or early, "
               "in rain or in sun.\n")


def cli_bytes(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "mediakit", *args], capture_output=True, timeout=60)


@pytest.mark.parametrize("raw_name, shown", [
    (b"\xff\xfeplain.txt", "\ufffd\ufffdplain"),
    (b"caf\xe9 notes.md", "caf\ufffd notes"),  # a Latin-1 name on a UTF-8 system
])
def test_a_name_that_is_not_utf8_prints_valid_json(tmp_path, raw_name, shown):
    path = os.path.join(os.fsencode(tmp_path), raw_name)
    with open(path, "wb") as handle:
        handle.write(NO_HEADLINE.encode())
    result = cli_bytes("--json", os.fsdecode(path))
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    model = json.loads(result.stdout.decode("utf-8"))  # strict: valid UTF-8 or this raises
    assert model["title"] is None
    assert load_release(os.fsdecode(path)).title == shown


@pytest.mark.parametrize("name", ["two\nlines.md", "bell\x07and\x1b[31mred.txt"])
def test_control_characters_in_a_name_stay_on_one_stderr_line(tmp_path, name):
    result = cli_bytes("--json", str(tmp_path / name))
    assert result.returncode == 2 and result.stdout == b""
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and "no such file" in lines[0]
    assert "\x1b" not in lines[0] and "\x07" not in lines[0]
    assert name.encode("unicode_escape").decode("ascii") in lines[0]


def test_a_refusal_message_never_holds_a_line_break(tmp_path):
    with pytest.raises(ReleaseError) as info:
        read_source(tmp_path / "left\rright\n.md")
    assert "\n" not in str(info.value) and "\r" not in str(info.value)
    assert "left\\rright\\n.md" in str(info.value)


GOOD = "Ridgefield, 4 May 2024 – The “Lantern” ferry’s new route opens — a café on board.\n"


@pytest.mark.parametrize("bad, count", [
    (b"\xff", 1),                 # a byte UTF-8 never uses
    (b"\x93\x94", 2),             # two code-page quote bytes pasted into UTF-8
    (b"\xc3", 1),                 # a lead byte with nothing after it, mid-file
])
def test_utf8_with_a_few_bad_bytes_is_utf8_with_a_warning(tmp_path, bad, count):
    path = tmp_path / "release.md"
    path.write_bytes(("# Ferry Route Opens\n\n" + GOOD * 3).encode() + b"Then " + bad + b" more.\n"
                     + GOOD.encode())
    source = read_source(path)
    assert source.encoding == "utf-8"
    assert source.text.count("“Lantern”") == 4 and "café" in source.text  # no mojibake
    assert source.text.count("\ufffd") == count
    release = load_release(path)
    noun = "1 byte could not be read as UTF-8 and was replaced" if count == 1 else \
        f"{count} bytes could not be read as UTF-8 and were replaced"
    assert any(noun in warning for warning in release.warnings)


def test_a_mostly_legacy_file_still_goes_to_its_code_page(tmp_path):
    path = tmp_path / "release.txt"
    text = "Ridgefield – the “Lantern” ferry’s café opens, and the crew’s menu is short.\n" * 4
    path.write_bytes(text.encode("cp1252"))
    source = read_source(path)
    assert source.text == text and not source.damaged


def test_ascii_with_a_stray_byte_opens_instead_of_being_refused(tmp_path):
    path = tmp_path / "release.md"
    path.write_bytes(b"# Depot Opens\n\n" + NO_HEADLINE.encode() * 3 + b"\x81\n")
    assert "depot" in read_source(path).text


def test_one_byte_over_the_limit_says_a_size_over_the_limit(tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ReleaseError) as info:
        read_source(path)
    message = str(info.value)
    assert f"{MAX_BYTES + 1:,} bytes" in message and "the limit is 50 MB" in message
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES * 2)
    with pytest.raises(ReleaseError, match=r"\(100\.0 MB; the limit is 50 MB\)"):
        read_source(path)


# --- found by the fuzz campaign -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Rivermouth Trust raised $4 mıllıon for new weirs.",      # dotless i: re.I reads it as "i"
    "Tolvik Rail will spend €2 BİLLİON on a 40-mİle line.",        # dotted capital I
])
def test_magnitude_and_unit_words_with_turkish_i_are_no_crash(text):
    release = parse_release(f"# Weirs Funded\n\n{text}\n", suffix=".md")
    assert any(text[:20] in b.text for b in release.blocks)


@pytest.mark.parametrize("junk", ["<![" * 12 + "!", "<p>Before</p><![![![![x]]>" * 3])
def test_markup_the_html_parser_rejects_is_shown_as_text(junk):
    release = parse_release(f"<h1>Ferry Timetable Changes</h1><p>The spring timetable starts.</p>{junk}",
                            suffix=".html")
    assert release.title == "Ferry Timetable Changes"
