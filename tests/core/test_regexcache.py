"""Compiled patterns kept between runs (``core.regexcache``): a pattern rebuilt from the kept
file matches exactly as one compiled afresh, the analysis is the same with them, and a
damaged file only means compiling again. Each case runs in a fresh interpreter, since
``install`` routes the whole process's ``re`` through the kept results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PATTERNS = r'''
CASES = [
    (r"(?P<day>\d{1,2})\.\s*(?P<month>[A-Za-zäöü]+)\s+(?P<year>\d{4})", 0, "am 14. März 2031 und"),
    (r"^said\s+(\w+)$", re.I | re.M, "text\nSAID Mira\nmore"),
    (r"(?<=[\u4e00-\u9fff])\s*\n\s*(?=[\u3040-\u30ff])", 0, "港\nカ"),
    (r"""(?x) (\d+) \s* (?:per\s*cent|%)  # a share""", 0, "up 12 per cent"),
    (rb"%PDF-(\d)\.(\d)", 0, b"%PDF-1.7 header"),
    (r"[«“\"](.+?)[»”\"]", re.S, "«quoted\ntext» here"),
]
AS_A_MODULE = compile("described = [describe(re.compile(p, f), s) for p, f, s in CASES]",
                      str(Path("mediakit", "a_module.py")), "exec")  # compiled as one of MediaKit's modules
def as_a_module():  # run as that module's import runs (a script's own code is no import)
    scope = dict(globals(), __name__="mediakit.a_module")
    exec(AS_A_MODULE, scope)
    return scope["described"]
def describe(pattern, sample):
    m = pattern.search(sample)
    return [pattern.flags, pattern.groups, dict(pattern.groupindex),
            None if m is None else [m.span(), [g if not isinstance(g, bytes) else g.decode() for g in m.groups()]]]
'''


def fresh(code: str, folder: Path) -> object:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    script = "import json, re, sys\nfrom pathlib import Path\nfrom mediakit.core import regexcache\n" \
             + textwrap.dedent(PATTERNS) + textwrap.dedent(code)
    out = subprocess.run([sys.executable, "-c", script, str(folder)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


KEEP = """
regexcache.install(Path(sys.argv[1]))
described = as_a_module()
print(json.dumps([regexcache.save(), described]))
"""

REUSE = """
from re import _parser
parsed = []
real_parse = _parser.parse
_parser.parse = lambda *a, **k: parsed.append(1) or real_parse(*a, **k)
regexcache.install(Path(sys.argv[1]))
described = as_a_module()
print(json.dumps([len(parsed), described]))
"""

PLAIN = """
print(json.dumps([describe(re.compile(p, f), s) for p, f, s in CASES]))
"""


def test_patterns_rebuilt_from_the_kept_file_match_as_compiled_ones(tmp_path):
    saved, first = fresh(KEEP, tmp_path)
    assert saved and list(tmp_path.glob("regex-*.marshal"))
    parsed, again = fresh(REUSE, tmp_path)
    assert parsed == 0, "every pattern came from the kept file, none was compiled"
    assert again == first == fresh(PLAIN, tmp_path)


def test_a_damaged_file_only_means_compiling_again(tmp_path):
    fresh(KEEP, tmp_path)
    (kept,) = tmp_path.glob("regex-*.marshal")
    kept.write_bytes(b"\x00not marshal at all")
    saved, described = fresh(KEEP, tmp_path)
    assert saved and described == fresh(PLAIN, tmp_path)
    parsed, _ = fresh(REUSE, tmp_path)
    assert parsed == 0, "the damaged file was written anew"


def test_the_command_line_analysis_is_the_same_with_kept_patterns(tmp_path):
    release = tmp_path / "notice.md"
    release.write_text("# Bridge Reopens to Cyclists\n\n**EASTON, 2 May 2031** - The bridge reopens on "
                       "Monday after 14 weeks of work, the council said.\n\n\"It was worth the wait,\" said "
                       "Lena Ortiz, who chairs the transport board.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"))
    runs = [subprocess.run([sys.executable, "-m", "mediakit", "--json", str(release)], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120) for _ in range(2)]
    assert all(run.returncode == 0 for run in runs)
    assert list((tmp_path / "cache").rglob("regex-*.marshal")), "the first run kept its patterns"
    assert json.loads(runs[0].stdout) == json.loads(runs[1].stdout)
    assert json.loads(runs[1].stdout)["title"] == "Bridge Reopens to Cyclists"


def test_only_the_patterns_of_mediakits_own_modules_at_import_are_kept(tmp_path):
    code = """
    regexcache.install(Path(sys.argv[1]))
    import mediakit.core.analyse
    from mediakit.core.analyse import parse_release
    parse_release("# Canal Boats\\n\\nIrma Holt, who runs the yard, said the boats are ready.\\n", "n.md")
    re.compile("(?<!\\\\w)Irma Holt, made later(?!\\\\w)")  # as a release's names are
    regexcache.save()
    kept = regexcache._state["kept"]
    print(json.dumps([len(kept), any("made later" in str(key[0]) for key in kept)]))
    """
    count, later_kept = fresh(code, tmp_path)
    assert count > 100, "the analyser's own patterns are kept"
    assert not later_kept, "a pattern made after the imports is not"


def test_the_word_tables_tries_are_written_once_and_read_back(tmp_path):
    """``text.alternation`` writes a table as a trie: the analyser's are kept at import, so a
    second process builds none of them again; one made after the imports is not kept."""
    code = """
    from mediakit.core import text
    built = []
    real_trie = text._trie
    text._trie = lambda *a: built.append(1) or real_trie(*a)
    regexcache.install(Path(sys.argv[1]))
    import mediakit.core.analyse
    later = text.alternation(["Irma Holt", "Irma"])
    regexcache.save()
    kept = [key for key in regexcache._state["kept"] if key[0] == "text"]
    print(json.dumps([len(built), len(kept), any("Irma Holt" in key[1][2] for key in kept), later]))
    """
    first_built, first_kept, later_kept, later = fresh(code, tmp_path)
    second_built, second_kept, _, _ = fresh(code, tmp_path)
    assert first_built > 50 and first_kept >= first_built - 1, "the tables' tries are kept as the modules load"
    assert not later_kept and later == r"Irma(?:\ Holt)?"
    assert second_built == 1 and second_kept == first_kept, "the second process built only the later one"


def test_a_command_line_run_keeps_the_libraries_fixed_patterns_but_not_the_releases(tmp_path):
    """``python -m mediakit --json`` runs inside the package's ``__main__``, which is no import:
    a release's names and abbreviations are not kept; Python-Markdown's parser patterns and the
    phone metadata's are, so a second run compiles none of them."""
    release = tmp_path / "notice.md"
    release.write_text("# Ferry Timetable Changes\n\nThe new WSF timetable starts on 3 June, Odile Brask "
                       "said.\n\n\"Crossings every 40 minutes,\" said Odile Brask, who runs the service.\n\n"
                       "Media: +1 206 555 0174\n\n*[WSF]: Westshore Ferries\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-m", "mediakit", "--json", str(release)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    (path,) = (tmp_path / "cache").rglob("regex-*.marshal")
    code = f"""
    import marshal, markdown, phonenumbers
    kept = {{key[0] for key in marshal.loads(Path({str(path)!r}).read_bytes()) if isinstance(key[0], str) and key[0] != "text"}}
    meta = phonenumbers.PhoneMetadata.metadata_for_region("US")
    phone = {{d.national_number_pattern for d in (meta.general_desc, meta.fixed_line, meta.mobile) if d}}
    phone |= {{f.pattern for f in meta.number_format}}
    print(json.dumps([any("Brask" in key or "WSF" in key for key in kept),
                      any(markdown.inlinepatterns.BACKTICK_RE in key for key in kept), bool(phone & kept)]))
    """
    names_kept, parser_kept, phone_kept = fresh(code, tmp_path)
    assert not names_kept, "a release's own words are never kept"
    assert parser_kept, "Python-Markdown's parser patterns are kept"
    assert phone_kept, "the phone metadata's patterns are kept"
