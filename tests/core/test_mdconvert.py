"""Python-Markdown in a child process (``core.mdconvert``): what ``mediakit --json`` prints is the
same whether the child converts the Markdown or the command does it itself, a child that dies
or fails leaves the command converting by itself, and the child's patterns are kept for the
next run. Each case runs in a fresh interpreter: the child is forked from the command's own
process, never from the test runner's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Invented releases in the shapes the converter must carry: tables, footnotes, definitions,
# abbreviations, autolinked addresses (written with "&" stand-ins until serialised), raw HTML (then the
# page comes back as HTML), nested lists and quotes.
TREE = """# Lantern Ferries adds a night crossing

**HARBOURVILLE, 3 March 2031** — Lantern Ferries will sail at 23:40 from May, the operator said.

| Route | Crossings | Fare |
|---|---|---|
| Harbourville – Isle Brenn | 4 | €18 |

The night boat[^1] carries 240 passengers.

*[EU]: European Union

Terminal
:   Pier 4, open from 22:00

> "We listened to shift workers," said Oriel Vance, director of routes.
>
> - one
>     - nested

[^1]: Named *Nightjar*.

## Media contact

Tove Marsh, <press@lantern-ferries.example>, +44 20 7946 0321

Timetable: <https://lantern-ferries.example/times?route=4&night=1>
"""

RAW_HTML = """# Kelp & Co opens a seed bank

<div class="note"><p>Embargoed until <b>10 April 2031</b>.</p></div>

Kelp & Co will store 12,000 samples, the cooperative said on Tuesday.
"""


def _run(code: str, cache: Path) -> object:
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(cache))
    script = "import json, sys\n" + textwrap.dedent(code)
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


BOTH_WAYS = """
from mediakit.__main__ import _kept_folder
from mediakit.core import mdconvert
from mediakit.core.analyse import parse_release
def read(source):
    release = parse_release(source, "release.md")
    return [release.to_json(), [repr(block) for block in release.blocks]]
alone = [read(s) for s in SOURCES]
started = mdconvert.start(_kept_folder)
by_child = [read(s) for s in SOURCES]
still_running = bool(mdconvert._child)
mdconvert.stop()
print(json.dumps([started, still_running, alone == by_child, by_child[0][0]["title"],
                  [b for b in by_child[1][1] if "Embargoed" in b]]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux forks the converter")
def test_the_child_converts_exactly_as_the_command_itself(tmp_path):
    started, running, same, title, embargo = _run(f"SOURCES = {[TREE, RAW_HTML]!r}\n" + BOTH_WAYS, tmp_path)
    assert started and running, "the converter started and answered every source"
    assert same, "the release read through the child is the release read without it"
    assert title == "Lantern Ferries adds a night crossing"
    assert len(embargo) == 1, "the raw HTML's paragraph is one block"


DIES = """
import os, signal
from mediakit.__main__ import _kept_folder
from mediakit.core import mdconvert
from mediakit.core.analyse import parse_release
alone = parse_release(SOURCE, "release.md").to_json()
mdconvert.start(_kept_folder)
os.kill(mdconvert._child["pid"], signal.SIGKILL)
os.waitpid(mdconvert._child["pid"], 0)
after = parse_release(SOURCE, "release.md").to_json()
print(json.dumps([alone == after, bool(mdconvert._child), [c["name"] for c in after["contacts"]]]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux forks the converter")
def test_a_child_that_died_leaves_the_command_converting_by_itself(tmp_path):
    same, child_left, contacts = _run(f"SOURCE = {TREE!r}\n" + DIES, tmp_path)
    assert same and not child_left
    assert contacts == ["Tove Marsh"]


def test_the_json_command_prints_the_same_release_with_the_child_and_without(tmp_path):
    release = tmp_path / "ferries.md"
    release.write_text(TREE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"))
    command = subprocess.run([sys.executable, "-m", "mediakit", "--json", str(release)], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
    assert command.returncode == 0, command.stderr
    in_process = subprocess.run(
        [sys.executable, "-c", "import sys; from mediakit.__main__ import main; main(['--json', sys.argv[1]])",
         str(release)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)  # main(argv): no child
    assert json.loads(command.stdout) == json.loads(in_process.stdout)
    assert json.loads(command.stdout)["contacts"][0]["emails"] == ["press@lantern-ferries.example"]


KEPT = """
import glob, marshal
from markdown import inlinepatterns
files = glob.glob(sys.argv[1] + "/**/regex-*.marshal", recursive=True)
kept = marshal.loads(open(files[0], "rb").read()) if files else {}
print(json.dumps(any(isinstance(k, tuple) and k[0] == inlinepatterns.AUTOLINK_RE for k in kept)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux forks the converter")
def test_the_childs_patterns_are_kept_for_the_next_run(tmp_path):
    release = tmp_path / "ferries.md"
    release.write_text(TREE, encoding="utf-8")
    cache = tmp_path / "cache"
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(cache))
    subprocess.run([sys.executable, "-m", "mediakit", "--json", str(release)], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=120)
    out = subprocess.run([sys.executable, "-c", "import json, sys\n" + textwrap.dedent(KEPT), str(cache)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert json.loads(out.stdout) is True, "Python-Markdown's own patterns, compiled in the child, were kept"
