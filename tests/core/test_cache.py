"""The cache of analysed releases: a release opened again shows exactly what its analysis showed,
an edited file is analysed afresh, and a cache that is damaged, foreign or unwritable never
stops a release from opening."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mediakit.core import analyse, cache, loading
from mediakit.core.analyse import ReleaseError, load_release
from mediakit.core.cache import ReleaseCache, entry_name
from mediakit.core.loading import open_default_release, open_release

FIXTURES = Path(__file__).parent.parent / "fixtures"
RELEASES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".md", ".txt", ".html"))


@pytest.fixture
def store(tmp_path) -> ReleaseCache:
    return ReleaseCache(tmp_path / "cache")


@pytest.fixture
def analyses(monkeypatch) -> list[str]:
    """Names of the releases the analyser was asked to read (a cache hit asks it nothing)."""
    seen: list[str] = []
    real = analyse.release_from_source

    def counted(source, path):
        seen.append(source.name)
        return real(source, path)

    monkeypatch.setattr(analyse, "release_from_source", counted)
    return seen


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.name)
def test_a_release_opened_again_is_the_same_release_without_being_analysed(path, store, analyses):
    first = open_release(path, store)
    again = open_release(path, store)
    assert analyses == [path.name]
    assert again == first == load_release(path)
    assert again.blocks and again.blocks[0].text == first.blocks[0].text


def test_the_default_release_comes_from_the_cache_the_second_time(store, analyses):
    first = open_default_release(store)
    again = open_default_release(store)
    assert again == first
    assert again.title == first.title and again.region == "HK"
    assert [s.title for s in again.all_sections()] == [s.title for s in first.all_sections()]
    assert analyses == [loading.DEFAULT_RELEASE_NAME]


def test_an_edited_file_is_analysed_again(tmp_path, store, analyses):
    path = tmp_path / "release.md"
    path.write_text("# Old headline\n\nAcme said it sold 10 widgets.\n", encoding="utf-8")
    assert open_release(path, store).title == "Old headline"
    path.write_text("# New headline\n\nAcme said it sold 12 widgets.\n", encoding="utf-8")
    release = open_release(path, store)
    assert release.title == "New headline"
    assert [b.text for b in release.blocks][1] == "Acme said it sold 12 widgets."
    assert analyses == ["release.md", "release.md"]


def test_the_same_text_under_another_name_is_its_own_entry(tmp_path, store):
    text = "Acme opens a plant\n\nLONDON, 3 March 2025 — Acme opened a plant.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.md").write_text(text, encoding="utf-8")
    open_release(tmp_path / "a.txt", store)
    assert open_release(tmp_path / "b.md", store).source_name == "b.md"
    assert len(list(store.folder.iterdir())) == 2


def test_an_entry_from_another_core_is_not_used(tmp_path, analyses):
    open_default_release(ReleaseCache(tmp_path, fingerprint="old core"))
    open_default_release(ReleaseCache(tmp_path, fingerprint="new core"))
    assert len(analyses) == 2


@pytest.mark.parametrize("damage", [b"", b"{not json", b"[]", b'{"format": 1}', b"\xff\xfe\x00garbage",
                                    json.dumps({"format": 1, "release": {"title": 3}}).encode()])
def test_a_damaged_entry_is_a_miss_and_is_replaced(damage, store, analyses):
    release = open_default_release(store)
    entry = next(store.folder.iterdir())
    entry.write_bytes(damage)
    assert open_default_release(store) == release
    assert open_default_release(store) == release
    assert len(analyses) == 2  # once at first, once after the damage; then the mended entry
    assert json.loads(entry.read_text(encoding="utf-8"))["format"] == cache.CACHE_FORMAT


def test_an_entry_for_other_text_under_the_same_name_is_a_miss(tmp_path, store):
    """The file name is only a checksum: the stored text itself must match."""
    path = tmp_path / "release.md"
    path.write_text("# Real headline\n\nBody.\n", encoding="utf-8")
    impostor = load_release(FIXTURES / "gen_german.md")
    cache.write_entry(store.folder / entry_name("# Real headline\n\nBody.\n", "release.md", ".md"), impostor,
                      "# Other text\n", "release.md", ".md", store.fingerprint)
    assert open_release(path, store).title == "Real headline"


def test_a_cache_that_cannot_be_written_still_opens_the_release(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    broken = ReleaseCache(blocker / "releases")
    assert open_default_release(broken).title == open_default_release(None).title
    assert broken.put(load_release(FIXTURES / "plain_release.txt"), "text", "plain_release.txt", ".txt") is False


def test_the_cache_keeps_only_the_most_recently_used_entries(tmp_path, store, monkeypatch):
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    paths = []
    for number in range(5):
        path = tmp_path / f"release{number}.md"
        path.write_text(f"# Release number {number}\n\nText {number}.\n", encoding="utf-8")
        paths.append(path)
    for path in paths:
        open_release(path, store)
    kept = {json.loads(p.read_text(encoding="utf-8"))["name"] for p in store.folder.iterdir()}
    assert kept == {"release2.md", "release3.md", "release4.md"}


def test_a_bad_file_still_fails_with_its_one_line_message(tmp_path, store):
    with pytest.raises(ReleaseError, match="the file is empty"):
        open_release(_write(tmp_path / "empty.md", ""), store)
    assert not store.folder.exists() or not any(store.folder.iterdir())


def test_opening_from_the_cache_leaves_the_release_file_untouched(tmp_path, store):
    path = _write(tmp_path / "release.md", "# Headline\n\nBody text.\n")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    open_release(path, store)
    open_release(path, store)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_cached_open_imports_none_of_the_analyser(tmp_path):
    """What makes a second start fast: no patterns compiled, no Markdown, no phone metadata."""
    code = (f"import sys; from mediakit.core.cache import ReleaseCache; "
            f"from mediakit.core.loading import open_default_release; "
            f"r = open_default_release(ReleaseCache({str(tmp_path)!r})); "
            f"print(r.title[:20], sorted(m for m in ('mediakit.core.analyse', 'markdown', 'phonenumbers', 'bs4') "
            f"if m in sys.modules))")
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, capture_output=True, text=True, timeout=60, check=True).stdout
    second = subprocess.run(run, capture_output=True, text=True, timeout=60, check=True).stdout
    assert "mediakit.core.analyse" in first
    assert second.split("[")[0] == first.split("[")[0] and second.strip().endswith("[]")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_change_to_any_rule_of_the_analyser_makes_old_entries_misses(monkeypatch):
    """The fingerprint covers every module of the core, its packages' too: a rule of the contacts
    or the headings changed in an upgrade must not leave old analyses on screen."""
    seen: list = []
    monkeypatch.setattr(cache, "code_fingerprint", lambda parts, own, libraries: seen.extend(own) or "x")
    monkeypatch.setattr(cache, "_fingerprint", [])
    cache.core_fingerprint()
    core = Path(cache.__file__).resolve().parent
    covered = {p.relative_to(core).parts[0] for p in seen}
    assert {"cache.py", "contacts", "structure", "quotes", "figures", "document", "lexicon"} <= covered
