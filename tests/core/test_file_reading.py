"""Reading files: encodings are detected, and every kind of bad file fails with one clear line."""

import codecs

import pytest

from mediakit.core.reader import MAX_BYTES, ReleaseError, read_source

TEXT = "Hong Kong, 3 March 2025 – Café “Nova” opens a new kitchen with 12 seats.\n"


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_unicode_encodings_are_read(tmp_path, encoding, prefix):
    path = tmp_path / "release.md"
    path.write_bytes(prefix + TEXT.encode(encoding))
    assert read_source(path).text.lstrip("\ufeff") == TEXT


def test_cp1252_text_is_read(tmp_path):
    path = tmp_path / "release.txt"
    text = "Caf\u00e9 \u201cNova\u201d opens a kitchen \u2013 the owners say it is the first of many in the city centre.\n" * 3
    path.write_bytes(text.encode("cp1252"))
    assert "Café “Nova”" in read_source(path).text


@pytest.mark.parametrize("encoding", ["big5", "gb18030"])
def test_chinese_legacy_encodings_are_read(tmp_path, encoding):
    text = "台北，2023年1月8日 – 星河科技今天發布年度報告，介紹公司過去一年在研發與社區合作方面的進展與計劃。\n" * 4
    if encoding == "gb18030":
        text = "北京，2023年1月8日 – 星河科技今天发布年度报告，介绍公司过去一年在研发与社区合作方面的进展与计划。\n" * 4
    path = tmp_path / "release.txt"
    path.write_bytes(text.encode(encoding))
    assert read_source(path).text.strip() == text.strip()


def test_reading_never_writes_the_file(tmp_path):
    path = tmp_path / "release.md"
    path.write_text(TEXT, encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_source(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("make, problem", [
    (lambda p: p, "no such file"),
    (lambda p: (p.mkdir(), p)[1], "folder"),
    (lambda p: (p.write_bytes(b""), p)[1], "empty"),
    (lambda p: (p.write_bytes(b"  \n\n "), p)[1], "empty"),
    (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20), p)[1], "binary"),
    (lambda p: (p.write_bytes(bytes(range(256)) * 50), p)[1], "binary"),
])
def test_bad_files_give_one_line_naming_the_problem(tmp_path, make, problem):
    path = make(tmp_path / "release.md")
    with pytest.raises(ReleaseError) as info:
        read_source(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message and problem in message


def test_a_file_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ReleaseError, match="too large"):
        read_source(path)


def test_a_pipe_is_refused_without_waiting(tmp_path):
    import os

    fifo = tmp_path / "release.md"
    os.mkfifo(fifo)
    with pytest.raises(ReleaseError, match="pipe"):
        read_source(fifo)


def test_truncated_utf8_is_read_and_marked_damaged(tmp_path):
    path = tmp_path / "cut.md"
    path.write_bytes("Café “Nova” opens – the owners say".encode() + "é".encode()[:1])
    source = read_source(path)
    assert source.text.startswith("Café “Nova” opens") and source.damaged


def test_a_stray_nul_byte_does_not_make_text_binary(tmp_path):
    path = tmp_path / "nul.md"
    path.write_bytes(b"# A Headline\n\nText with a stray\x00 NUL byte in it, and more text after it.\n")
    assert "stray NUL" in read_source(path).text
