"""Test set-up shared by every test: Qt runs offscreen, settings and caches never touch the user's."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("QT_STYLE_OVERRIDE", None)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_path():
    """Path of a release written for the tests, under tests/fixtures."""
    return lambda name: FIXTURES / name


@pytest.fixture(autouse=True)
def cache_home(tmp_path_factory, monkeypatch) -> Path:
    """A private cache location (XDG_CACHE_HOME) for each test and the commands it runs, so
    nothing MediaKit keeps (analysed releases, compiled patterns, icons) lands in the user's.
    The window tests' conftest makes its own."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder
