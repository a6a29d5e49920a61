"""Dataclasses' methods kept compiled between runs (``core.classcache``), and patterns that are the
same string in every process (so ``regexcache`` can keep them): a class defined with the kept
code behaves as one compiled afresh, a damaged file only means compiling again, and the
analyser's patterns do not depend on the hash seed. Each case runs in a fresh interpreter:
``install`` changes how the whole process defines dataclasses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from mediakit.core.text import alternation

ROOT = Path(__file__).resolve().parents[2]

CLASSES = '''
import json, sys
from pathlib import Path
from mediakit.core import classcache
installed = classcache.install(Path(sys.argv[1]))
compiled = []
real_compile = compile
import builtins
builtins.compile = lambda *a, **k: compiled.append(1) or real_compile(*a, **k)
from dataclasses import dataclass, field

@dataclass
class Parcel:
    """A test record."""
    weight: float
    label: str = "none"
    tags: list[str] = field(default_factory=list)

@dataclass(frozen=True)
class Stamp:
    """A frozen one."""
    value: int

p = Parcel(2.5, tags=["fragile"])
frozen_refused = False
try:
    Stamp(3).value = 4
except Exception as exc:
    frozen_refused = type(exc).__name__ == "FrozenInstanceError"
builtins.compile = real_compile
print(json.dumps({"installed": installed, "compiled": len(compiled), "saved": classcache.save(),
                  "repr": repr(p), "equal": p == Parcel(2.5, "none", ["fragile"]), "unequal": p == Parcel(1.0),
                  "frozen_refused": frozen_refused, "hashable": hash(Stamp(3)) == hash(Stamp(3))}))
'''


def fresh(script: str, *args: str, **env: str):
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **env)
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(script), *args], cwd=ROOT, env=environment,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_second_run_defines_its_dataclasses_from_the_kept_code(tmp_path):
    first = fresh(CLASSES, str(tmp_path))
    second = fresh(CLASSES, str(tmp_path))
    assert first["installed"] and first["saved"] and first["compiled"] > 0
    assert second["compiled"] == 0 and not second["saved"]  # nothing new to compile or write
    for run in (first, second):
        assert run["repr"] == "Parcel(weight=2.5, label='none', tags=['fragile'])"
        assert run["equal"] and not run["unequal"] and run["frozen_refused"] and run["hashable"]


def test_a_damaged_file_means_compiling_again(tmp_path):
    fresh(CLASSES, str(tmp_path))
    (kept,) = tmp_path.glob("classes-*.marshal")
    kept.write_bytes(b"\x00not marshal data")
    again = fresh(CLASSES, str(tmp_path))
    assert again["compiled"] > 0 and again["saved"] and again["repr"].startswith("Parcel(weight=2.5")


def test_without_a_folder_nothing_is_installed(tmp_path):
    script = CLASSES.replace("classcache.install(Path(sys.argv[1]))", "classcache.install(None)")
    run = fresh(script)
    assert not run["installed"] and not run["saved"] and run["equal"]


def test_dataclasses_come_without_inspect_until_a_class_needs_it(tmp_path):
    """``install`` imports ``dataclasses`` without ``inspect`` (4 ms a start); a class with no
    docstring, for which ``dataclasses`` writes one from ``inspect.signature``, still gets it."""
    script = """
    import json, sys
    from pathlib import Path
    from mediakit.core import classcache
    classcache.install(Path(sys.argv[1]))
    import mediakit.core.model
    before = "inspect" in sys.modules
    from dataclasses import dataclass
    @dataclass
    class Tally:
        count: int
        unit: str = "items"
    print(json.dumps([before, Tally.__doc__, type(sys.modules["inspect"]).__name__, repr(Tally(3))]))
    """
    before, doc, kind, shown = fresh(script, str(tmp_path))
    assert not before, "the model's dataclasses did not import inspect"
    assert doc == "Tally(count: int, unit: str = 'items')" and kind == "module"
    assert shown == "Tally(count=3, unit='items')"


PATTERNS = '''
import json, re._compiler as compiler
seen = []
real = compiler.compile
compiler.compile = lambda p, flags=0: seen.append(repr(p)) or real(p, flags)
import mediakit.core.analyse
print(json.dumps(sorted(set(seen))))
'''


def test_the_analysers_patterns_are_the_same_strings_whatever_the_hash_seed():
    runs = [fresh(PATTERNS, PYTHONHASHSEED=seed) for seed in ("1", "2")]
    assert len(runs[0]) > 100
    assert runs[0] == runs[1]


def test_alternation_matches_the_longest_word_first_and_is_one_string():
    pattern = alternation({"ab", "abc", "b a", "aa"})
    assert [m.group() for m in re.finditer(pattern, "abcab b aaa")] == ["abc", "ab", "b a", "aa"]
    assert pattern == alternation(["aa", "b a", "abc", "ab"])  # one string whatever the order given
    assert re.fullmatch(alternation(["x y"], loose_spaces=True), "x \n  y")
    assert re.match(alternation(["per", "peru"], reverse=True), "urep").group() == "urep"
    assert re.match(alternation(["per", "peru"], reverse=True), "repu").group() == "rep"


def test_alternation_under_ignorecase_still_prefers_the_longer_word():
    """Two branches that differ only in case would let re.I stop at the shorter word."""
    pattern = re.compile(r"(?:" + alternation(["Ab", "abc", "abcd x"]) + r")\b", re.I)
    assert pattern.match("ABC").group() == "ABC"
    assert pattern.match("abcd x!").group() == "abcd x"
    assert pattern.match("ab-").group() == "ab"
