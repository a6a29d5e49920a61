"""Test set-up shared by every test: Qt runs offscreen, settings never touch the user's."""

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
