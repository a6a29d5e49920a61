"""A launch opens its release in a child process while the window starts (``core.prefetch``):
the window gets exactly the release it would have analysed itself, the child's work goes to
the cache the window reads, and anything the child cannot give leaves the window doing the
work itself, with the same result or the same error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from documents import pdf_pages_bytes

from mediakit.core import prefetch
from mediakit.core.analyse import ReleaseError, load_release

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


ROOT = Path(__file__).resolve().parents[2]

# Each case runs in a fresh interpreter: a fork is refused once a process runs more threads
# (the window tests' QApplication has several), so the result never hangs on test order.
PRELUDE = """
import json, sys
from pathlib import Path
from mediakit.core import analyse, loading, prefetch
from mediakit.core.analyse import ReleaseError, load_release
from mediakit.core.cache import ReleaseCache
seen = []
real = analyse.release_from_source
def counted(source, path):
    seen.append(source.name)  # in this process only: the child's count stays in the child
    return real(source, path)
analyse.release_from_source = counted
tmp = Path(sys.argv[1])
"""


def fresh(case: str, tmp_path: Path) -> dict:
    """Run ``case`` after ``PRELUDE``; it prints one JSON object, returned here."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(case), str(tmp_path)], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_window_gets_the_release_the_child_opened_without_analysing(release_file, tmp_path):
    got = fresh(f"""
        path, folder = {str(release_file)!r}, tmp / "cache"
        started = prefetch.start(path, folder)
        pending = prefetch.pending()
        release = loading.open_release(path, ReleaseCache(folder))
        prefetch.settle()
        result = dict(started=started, pending=pending, seen=list(seen), left=prefetch.pending(),
                      cached=len(list(folder.glob("*.release.json"))), same=release.to_json() == load_release(path).to_json())
        print(json.dumps(result))
        """, tmp_path)
    assert got["started"] and got["pending"] == str(release_file)
    assert got["seen"] == [], "the window's process analysed nothing"
    assert got["left"] is None
    assert got["same"], "exactly the release the window would have made"
    assert got["cached"] == 1, "the child remembers its analysis where the window looks"


def test_the_window_has_the_release_before_the_child_has_kept_it(release_file, tmp_path):
    """The child sends the release first and writes its cache entry after: here its writing waits
    until the window, holding the release, lets it go on (ten seconds at most, noted if it must)."""
    got = fresh(f"""
        import os, select
        from mediakit.core import cache as cache_module
        path, folder = {str(release_file)!r}, tmp / "cache"
        held, go_on = os.pipe()
        real_put = cache_module.ReleaseCache.put
        def put(self, *args):
            waited = select.select([held], [], [], 10)[0]  # in the child: until the window says so
            (tmp / "child-went-on").write_text("told" if waited else "waited out")
            return real_put(self, *args)
        cache_module.ReleaseCache.put = put
        started = prefetch.start(path, folder)
        release = loading.open_release(path, ReleaseCache(folder))
        os.write(go_on, b"x")
        prefetch.settle()
        print(json.dumps(dict(started=started, seen=list(seen), title=release.title,
                              child=(tmp / "child-went-on").read_text(), cached=len(list(folder.glob("*.release.json"))))))
        """, tmp_path)
    assert got["started"] and got["seen"] == [] and got["title"]
    assert got["child"] == "told", "the window waited for the child's cache entry"
    assert got["cached"] == 1


def test_the_default_release_too(tmp_path):
    got = fresh("""
        folder = tmp / "cache"
        started = prefetch.start(None, folder)
        release = loading.open_default_release(ReleaseCache(folder))
        seen_then = list(seen)
        print(json.dumps(dict(started=started, seen=seen_then,
                              same=release.to_json() == analyse.default_release().to_json())))
        """, tmp_path)
    assert got == {"started": True, "seen": [], "same": True}


def test_no_child_for_a_release_the_cache_already_holds(release_file, tmp_path):
    got = fresh(f"""
        folder = tmp / "cache"
        loading.open_release({str(release_file)!r}, ReleaseCache(folder))
        print(json.dumps(dict(started=prefetch.start({str(release_file)!r}, folder), pending=prefetch.pending())))
        """, tmp_path)
    assert got == {"started": False, "pending": None}


def test_asking_for_another_release_drops_the_child(release_file, tmp_path):
    other = tmp_path / "other.md"
    other.write_text(MARKDOWN.replace("night", "dawn"), encoding="utf-8")
    got = fresh(f"""
        started = prefetch.start({str(release_file)!r}, tmp / "cache")
        release = loading.open_release({str(other)!r}, ReleaseCache(tmp / "cache"))
        print(json.dumps(dict(started=started, title=release.title, seen=seen, pending=prefetch.pending())))
        """, tmp_path)
    assert got["started"] and "dawn" in got["title"]
    assert got["seen"] == ["other.md"] and got["pending"] is None


def test_a_file_the_child_cannot_read_fails_in_the_window_with_its_own_message(tmp_path):
    empty = tmp_path / "empty.pdf"  # a PDF is never read before the fork: the child finds it empty
    empty.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(ReleaseError) as direct:
        load_release(empty)
    got = fresh(f"""
        started = prefetch.start({str(empty)!r}, tmp / "cache")
        try:
            loading.open_release({str(empty)!r}, ReleaseCache(tmp / "cache"))
            message = None
        except ReleaseError as exc:
            message = str(exc)
        print(json.dumps(dict(started=started, message=message)))
        """, tmp_path)
    assert got == {"started": True, "message": str(direct.value)}


def test_a_window_with_another_cache_folder_analyses_itself(release_file, tmp_path):
    got = fresh(f"""
        started = prefetch.start({str(release_file)!r}, tmp / "guessed")
        release = loading.open_release({str(release_file)!r}, ReleaseCache(tmp / "actual"))
        seen_then = list(seen)
        print(json.dumps(dict(started=started, seen=seen_then,
                              same=release.to_json() == load_release({str(release_file)!r}).to_json())))
        """, tmp_path)
    assert got == {"started": True, "seen": [release_file.name], "same": True}


def test_no_fork_while_another_thread_runs(release_file, tmp_path):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not prefetch.start(release_file, tmp_path / "cache")
    finally:
        stop.set()
        other.join()
    assert prefetch.pending() is None


def test_the_cache_folder_follows_the_xdg_rules(tmp_path):
    base = str(tmp_path)
    assert prefetch.cache_folder("App", "Org", {"XDG_CACHE_HOME": base}) == Path(base, "Org", "App", "releases")
    assert prefetch.cache_folder("App", "", {"XDG_CACHE_HOME": "relative", "HOME": base}) == Path(
        base, ".cache", "App", "releases")


def test_the_no_child_variable_makes_the_window_analyse_itself(release_file, tmp_path, monkeypatch):
    case = f"""
        import os
        path, folder = {str(release_file)!r}, tmp / "cache"
        started = prefetch.start(path, folder)
        release = loading.open_release(path, ReleaseCache(folder))
        print(json.dumps(dict(started=started, seen=len(seen), title=release.title)))
        """
    monkeypatch.setenv(prefetch.NO_CHILD_VARIABLE, "1")
    got = fresh(case, tmp_path)
    assert got["started"] is False and got["seen"] == 1 and got["title"]


def test_a_long_pdf_s_first_page_comes_from_the_child_before_its_whole_release(tmp_path):
    path = tmp_path / "workshop.pdf"
    path.write_bytes(pdf_pages_bytes([
        ["Glassblowers Open a Winter Workshop", "", "STONEHAVEN, 3 January 2034 - The workshop seats 16 pupils."],
        ["Each course runs 5 weeks and ends with a public firing."],
        ["\"Anyone can learn to shape a bowl,\" said Rune Solberg, the workshop's founder."],
    ]))
    got = fresh(f"""
        path, folder = {str(path)!r}, tmp / "cache"
        started = prefetch.start(path, folder)
        first = []
        release = loading.open_release(path, ReleaseCache(folder), provisional=first.append)
        print(json.dumps(dict(started=started, seen=list(seen), first=[r.to_json() for r in first],
                              whole=release.to_json(), same=release.to_json() == load_release(path).to_json())))
        """, tmp_path)
    assert got["started"] and got["seen"] == [], "the window's process analysed nothing"
    assert len(got["first"]) == 1
    first = got["first"][0]
    assert first["title"] == "Glassblowers Open a Winter Workshop"
    assert first["figures"] == [] and first["quotes"] == []
    assert got["same"] and got["whole"]["quotes"], "then the whole release, as the window would make it"
