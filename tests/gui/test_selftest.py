"""``mediakit --self-test``: one line, exit status 0 when the install works, 1 and the reason when not."""

from __future__ import annotations

import re

import pytest

from mediakit.core.model import Release
from mediakit.selftest import run_self_test

pytestmark = pytest.mark.gui


def test_self_test_passes_on_the_default_release(qapp, capsys):
    assert run_self_test() == 0
    out = capsys.readouterr().out.strip()
    assert re.fullmatch(r"MediaKit 0\.1\.0 self-test OK: \d+ sections, \d+ figures, 1 quote, 2 contacts", out), out


def test_self_test_reports_what_is_missing(qapp, capsys, monkeypatch):
    import mediakit.core.loading as loading

    monkeypatch.setattr(loading, "open_default_release", lambda cache=None: Release(title="Empty"))
    assert run_self_test() == 1
    out = capsys.readouterr().out.strip()
    assert out.startswith("MediaKit 0.1.0 self-test FAILED: ")
    assert "no sections were found" in out and "no contacts were found" in out
