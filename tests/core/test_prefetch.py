"""A launch opens its release in a child process while the window starts (``core.prefetch``):
the window gets exactly the release it would have analysed itself, the child's work goes to
the cache the window reads, and anything the child cannot give leaves the window doing the
work itself, with the same result or the same error."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from mediakit.core import analyse, loading, prefetch
from mediakit.core.analyse import ReleaseError, load_release
from mediakit.core.cache import ReleaseCache

MARKDOWN = """# Harbour ferry adds a night crossing

**LOWTOWN, 4 March 2031** - The ferry company said today that a night crossing will run
from May, adding 12 sailings a week and about 40 jobs.

"Late workers asked for this for years," said Ines Varga, who runs the timetable.

## Contact

Press desk, press@ferry.invalid
"""

PLAIN = """ORCHARD CO-OP OPENS A CIDER HALL

Hillbury, 9 October 2030 -- The co-op opened a cider hall that seats 80 people and cost
EUR 1.5 million.

"We built it with our own hands," said Tomas Ek, the co-op's chair.
"""


@pytest.fixture(params=[("ferry.md", MARKDOWN), ("cider.txt", PLAIN)], ids=["markdown", "plain"])
def release_file(request, tmp_path) -> Path:
    name, text = request.param
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def analyses(monkeypatch) -> list[str]:
    """Releases analysed in this (the window's) process; the child's count stays in the child."""
    seen: list[str] = []
    real = analyse.release_from_source

    def counted(source, path):
        seen.append(source.name)
        return real(source, path)

    monkeypatch.setattr(analyse, "release_from_source", counted)
    return seen


@pytest.fixture(autouse=True)
def no_child_left():
    yield
    prefetch.discard()
    assert prefetch.pending() is None


def test_the_window_gets_the_release_the_child_opened_without_analysing(release_file, tmp_path, analyses):
    folder = tmp_path / "cache"
    assert prefetch.start(release_file, folder)
    assert prefetch.pending() == str(release_file)
    release = loading.open_release(str(release_file), ReleaseCache(folder))
    assert analyses == []
    assert prefetch.pending() is None
    assert release.to_json() == load_release(release_file).to_json()
    assert list(folder.glob("*.release.json")), "the child remembers its analysis where the window looks"


def test_the_default_release_too(tmp_path, analyses):
    folder = tmp_path / "cache"
    assert prefetch.start(None, folder)
    release = loading.open_default_release(ReleaseCache(folder))
    assert analyses == []
    assert release.to_json() == analyse.default_release().to_json()


def test_no_child_for_a_release_the_cache_already_holds(release_file, tmp_path):
    folder = tmp_path / "cache"
    loading.open_release(str(release_file), ReleaseCache(folder))
    assert not prefetch.start(release_file, folder)
    assert prefetch.pending() is None


def test_asking_for_another_release_drops_the_child(release_file, tmp_path, analyses):
    other = tmp_path / "other.md"
    other.write_text(MARKDOWN.replace("night", "dawn"), encoding="utf-8")
    assert prefetch.start(release_file, tmp_path / "cache")
    release = loading.open_release(str(other), ReleaseCache(tmp_path / "cache"))
    assert "dawn" in release.title
    assert analyses == ["other.md"]
    assert prefetch.pending() is None


def test_a_file_the_child_cannot_read_fails_in_the_window_with_its_own_message(tmp_path):
    empty = tmp_path / "empty.pdf"  # a PDF is never read before the fork: the child finds it empty
    empty.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(ReleaseError) as direct:
        load_release(empty)
    assert prefetch.start(empty, tmp_path / "cache")
    with pytest.raises(ReleaseError) as through_child:
        loading.open_release(str(empty), ReleaseCache(tmp_path / "cache"))
    assert str(through_child.value) == str(direct.value)


def test_a_window_with_another_cache_folder_analyses_itself(release_file, tmp_path, analyses):
    assert prefetch.start(release_file, tmp_path / "guessed")
    release = loading.open_release(str(release_file), ReleaseCache(tmp_path / "actual"))
    assert release.to_json() == load_release(release_file).to_json()
    assert analyses[0] == release_file.name


def test_no_fork_while_another_thread_runs(release_file, tmp_path):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not prefetch.start(release_file, tmp_path / "cache")
    finally:
        stop.set()
        other.join()


def test_the_cache_folder_follows_the_xdg_rules(tmp_path):
    base = str(tmp_path)
    assert prefetch.cache_folder("App", "Org", {"XDG_CACHE_HOME": base}) == Path(base, "Org", "App", "releases")
    assert prefetch.cache_folder("App", "", {"XDG_CACHE_HOME": "relative", "HOME": base}) == Path(
        base, ".cache", "App", "releases")
