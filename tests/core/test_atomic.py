"""The one atomic write every MediaKit writer uses: all or nothing, with names that fit."""

from __future__ import annotations

import os
import time

import pytest

from mediakit.core.atomic import TEMP_PREFIX, write_atomically


def test_a_name_as_long_as_the_file_system_allows_can_be_written(tmp_path):
    target = tmp_path / ("r" * 250 + ".pdf")  # 254 bytes: the temporary beside it must fit too
    write_atomically(target, b"%PDF-1.7 export")
    assert target.read_bytes() == b"%PDF-1.7 export"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "contacts.vcf"
    target.write_bytes(b"BEGIN:VCARD old")

    def refuse(_src, _dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomically(target, b"BEGIN:VCARD new")
    assert target.read_bytes() == b"BEGIN:VCARD old"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "release.txt"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomically(target, b"new", durable=False)
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_temporaries_left_by_a_killed_write_go_with_the_next_write(tmp_path):
    old = time.time() - 3600
    stale = [tmp_path / f"{TEMP_PREFIX}{'0a1b2c3d4e5f'}.part", tmp_path / f"{TEMP_PREFIX}ffffffffffff.part"]
    for path in stale:
        path.write_bytes(b"half an export")
        os.utime(path, (old, old))
    running = tmp_path / f"{TEMP_PREFIX}123456abcdef.part"  # another write, still going
    running.write_bytes(b"being written")
    not_ours = [tmp_path / ".mediakit-notes.part", tmp_path / f"{TEMP_PREFIX}0a1b2c3d4e5f.part.keep",
                tmp_path / "draft.part"]
    for path in not_ours:
        path.write_bytes(b"the user's")
        os.utime(path, (old, old))
    write_atomically(tmp_path / "release.pdf", b"%PDF-1.7")
    left = {p.name for p in tmp_path.iterdir()}
    assert not any(path.name in left for path in stale)
    assert {running.name, "release.pdf", *(p.name for p in not_ours)} == left
