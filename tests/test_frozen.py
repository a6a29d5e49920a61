"""The frozen MediaKit: build the PyInstaller bundle from packaging/mediakit.spec and run it.

Slow (it builds the onedir bundle and the onefile executable), so every test here is
marked ``frozen`` and runs as its own CI step: ``pytest -m frozen``. Nothing here skips
itself: a build that fails, or a frozen program that does not behave like the unfrozen
one, fails the step.

The frozen program runs in an environment as empty as ``env -i``: no PATH to a Python, no
PYTHONPATH, a scratch HOME. What it needs must come from the bundle.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import PySide6
import pytest
from documents import docx_bytes, pdf_bytes

import mediakit
from mediakit.core.cache import SUFFIX, read_entry, release_from_dict
from mediakit.core.loading import BUNDLED_ENTRY_NAME, DEFAULT_RELEASE_NAME
from mediakit.core.prefetch import NO_CHILD_VARIABLE

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "mediakit.spec"
SAMPLE = ROOT / "tests" / "fixtures" / "frozen_sample.md"
EXE_SUFFIX = ".exe" if sys.platform.startswith("win") else ""
IS_LINUX = sys.platform.startswith("linux")


def _build(base: Path, *spec_args: str) -> Path:
    """``python -m PyInstaller --distpath BASE/dist --workpath BASE/build packaging/mediakit.spec``."""
    log = base / "pyinstaller.log"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm",
               "--distpath", str(base / "dist"), "--workpath", str(base / "build"), str(SPEC)]
    if spec_args:
        command += ["--", *spec_args]
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, timeout=1500)
    if result.returncode != 0:
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-40:])
        pytest.fail(f"PyInstaller failed (exit {result.returncode}):\n{tail}")
    return base / "dist"


@pytest.fixture(scope="module")
def onedir(tmp_path_factory) -> Path:
    """The onedir bundle, built into a temporary folder; returns the folder holding ``mediakit``."""
    dist = _build(tmp_path_factory.mktemp("onedir"))
    bundle = dist / "mediakit"
    assert (bundle / f"mediakit{EXE_SUFFIX}").is_file(), f"no executable in {bundle}"
    return bundle


@pytest.fixture(scope="module")
def onefile(tmp_path_factory) -> Path:
    dist = _build(tmp_path_factory.mktemp("onefile"), "--onefile")
    exe = dist / f"mediakit-{mediakit.__version__}-onefile{EXE_SUFFIX}"
    assert exe.is_file(), f"no onefile executable in {dist}: {sorted(p.name for p in dist.iterdir())}"
    return exe


@pytest.fixture(scope="module")
def bare_env(tmp_path_factory) -> dict[str, str]:
    """An environment as empty as ``env -i``, plus a scratch HOME (settings never touch the user's)."""
    home = tmp_path_factory.mktemp("home")
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local" / "share")}
    if sys.platform.startswith("win"):  # Windows programs cannot start without these
        env.update({key: os.environ[key] for key in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP") if key in os.environ})
    return env


def _run(exe: Path, *args: str, env: dict[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], env=env, cwd=cwd or exe.parent, capture_output=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def _unfrozen_json(*args: str) -> dict:
    result = subprocess.run([sys.executable, "-m", "mediakit", "--json", *args], cwd=ROOT,
                            capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return json.loads(result.stdout.decode("utf-8"))


def _frozen_json(exe: Path, env: dict[str, str], *args: str) -> dict:
    result = _run(exe, "--json", *args, env=env)
    assert result.returncode == 0, (
        f"frozen --json exited {result.returncode}: {result.stderr.decode('utf-8', 'replace')}")
    return json.loads(result.stdout.decode("utf-8"))


def _self_test(exe: Path, env: dict[str, str]) -> str:
    """Run ``--self-test`` with no display at all (it goes offscreen itself) and return its one line."""
    result = _run(exe, "--self-test", env=env)
    out = result.stdout.decode("utf-8", "replace")
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, f"frozen --self-test exited {result.returncode}:\n{out}{err}"
    # with no locale at all, the frozen app coerces to C.UTF-8 as python does (packaging/rthooks)
    assert "depends on a UTF-8 locale" not in err, err
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1, f"--self-test should print one line, printed:\n{out}"
    return lines[0]


# --- the onedir bundle --------------------------------------------------------------------

def test_frozen_self_test_passes(onedir, bare_env):
    _self_test(onedir / f"mediakit{EXE_SUFFIX}", bare_env)


def test_frozen_json_matches_unfrozen_on_sample(onedir, bare_env):
    frozen = _frozen_json(onedir / f"mediakit{EXE_SUFFIX}", bare_env, str(SAMPLE))
    assert frozen == _unfrozen_json(str(SAMPLE))
    # the sample exercises every extractor, so an empty list would mean a part went missing
    for key in ("sections", "figures", "quotes", "contacts"):
        assert frozen[key], f"the frozen build found no {key} in {SAMPLE.name}"
    assert frozen["contacts"][0]["phones"] == ["+46855501234"]  # phonenumbers' metadata is there


def test_frozen_json_matches_unfrozen_on_default_release(onedir, bare_env):
    """No file: the default release comes from the bundled mediakit.resources."""
    assert _frozen_json(onedir / f"mediakit{EXE_SUFFIX}", bare_env) == _unfrozen_json()


def test_frozen_json_matches_unfrozen_on_a_zip_kit(onedir, bare_env, tmp_path):
    """A media kit: the Word release read through python-docx (lxml), the photo's size from its header."""
    from kitmaker import docx_bytes, jpeg, make_zip, png

    kit = tmp_path / "kit.zip"
    make_zip(kit, {"Press release.docx": docx_bytes("Quarry Pond Opens for Swimmers",
                                                     "STONEBY, 1 June 2030 – The pond opens to 300 swimmers a day."),
                   "pond.png": png(30, 20, {b"Description": b"The pond at noon"}),
                   "jetty.jpg": jpeg(640, 480, "The jetty", "P. Laine")})
    frozen = _frozen_json(onedir / f"mediakit{EXE_SUFFIX}", bare_env, str(kit))
    assert frozen == _unfrozen_json(str(kit))
    assert frozen["title"] == "Quarry Pond Opens for Swimmers"
    assert frozen["source"]["format"] == "docx"
    assert {(a["name"], a["width"], a["height"]) for a in frozen["assets"]} == {("pond.png", 30, 20),
                                                                                ("jetty.jpg", 640, 480)}


def test_frozen_version_is_the_package_version(onedir, bare_env):
    result = _run(onedir / f"mediakit{EXE_SUFFIX}", "--version", env=bare_env)
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"MediaKit {mediakit.__version__}"


def test_frozen_bad_file_is_one_line_and_status_2(onedir, bare_env, tmp_path):
    result = _run(onedir / f"mediakit{EXE_SUFFIX}", "--json", str(tmp_path / "missing.md"), env=bare_env)
    assert result.returncode == 2
    assert len(result.stderr.decode("utf-8", "replace").strip().splitlines()) == 1


def test_bundle_carries_resources_fonts_and_markdown_extensions(onedir):
    internal = onedir / "_internal"
    assert (internal / "mediakit" / "resources" / "default_release.md").is_file()
    for name in (ROOT / "mediakit" / "resources").iterdir():
        if name.suffix in (".md", ".svg", ".png", ".txt"):
            assert (internal / "mediakit" / "resources" / name.name).is_file(), f"{name.name} not bundled"
    import qtawesome

    from mediakit.gui.icons import ICON_SETS

    wanted = {name for prefix, *names in qtawesome._BUNDLED_FONTS if prefix in ICON_SETS for name in names}
    bundled = {p.name for p in (internal / "qtawesome" / "fonts").iterdir()}
    assert bundled == wanted, "the bundle should carry the fonts of the icon sets MediaKit draws, and only those"


def _check_bundled_entry(entry_file: Path, release_text: str) -> None:
    """``entry_file`` is what the frozen app accepts for ``release_text`` and holds today's analysis of it."""
    # the frozen app takes the entry only for exactly the text it ships (core.loading._bundled_default)
    release = read_entry(entry_file, release_text, DEFAULT_RELEASE_NAME, ".md", fingerprint=None)
    assert release is not None, f"the frozen app would not accept {entry_file.name} for its {DEFAULT_RELEASE_NAME}"
    unfrozen = _unfrozen_json()
    assert release.title == unfrozen["title"]
    # the whole analysis, not only the headline: an entry made by another core would show stale parts
    stored = json.loads(entry_file.read_text(encoding="utf-8"))["release"]
    assert release_from_dict(stored).to_json() == unfrozen


def test_bundle_carries_the_default_release_analysis(onedir):
    """packaging/bundled_cache.py's entry lands beside the default release, as core.loading looks for it."""
    resources = onedir / "_internal" / "mediakit" / "resources"
    entry_file = resources / BUNDLED_ENTRY_NAME
    assert entry_file.is_file(), f"{BUNDLED_ENTRY_NAME} not bundled: {sorted(p.name for p in resources.iterdir())}"
    _check_bundled_entry(entry_file, (resources / DEFAULT_RELEASE_NAME).read_text(encoding="utf-8"))


# Extension modules that only the analyser brings in: unicodedata (mediakit.core.analyse and
# .structure import it), _elementtree and pyexpat (Python-Markdown's xml.etree, when a
# Markdown release is parsed). The window's own start loads none of them.
ANALYSER_EXTENSIONS = ("unicodedata", "_elementtree", "pyexpat")


def _icons_drawn(env: dict[str, str]) -> bool:
    """The window is up: once the release is on screen, a start with an empty cache draws its
    icons and keeps them in the cache folder (gui/icon_cache.py)."""
    return any(Path(env["XDG_CACHE_HOME"]).rglob("icons/*/*.png"))


def _libraries_at_start(exe: Path, env: dict[str, str], *args: str, until=None) -> set[str]:
    """Start the window (offscreen) with an empty cache folder, wait until it is up (and, with
    ``until``, until ``until(mapped)`` holds: the release may still be read after the first
    paint), and return the file names of what it has mapped."""
    assert not _icons_drawn(env), "the cache folder must start empty"
    process = subprocess.Popen([str(exe), *args], env={**env, "QT_QPA_PLATFORM": "offscreen"}, cwd=exe.parent,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    mapped: set[str] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            up = _icons_drawn(env)  # looked at before the maps, so they are read after it is up
            try:
                with open(f"/proc/{process.pid}/maps", encoding="utf-8", errors="replace") as maps:
                    mapped |= {Path(line.split()[-1]).name for line in maps if ".so" in line}
            except OSError:  # it exited between poll() and open()
                break
            if up and (until is None or until(mapped)):
                break
            time.sleep(0.05)
        running = process.poll() is None
    finally:
        process.terminate()
        try:
            output = process.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            process.kill()
            output = process.communicate()[0]
    assert running, f"the window exited at start:\n{output.decode('utf-8', 'replace')}"
    assert _icons_drawn(env), f"the window did not draw its icons within 60 s:\n{output.decode('utf-8', 'replace')}"
    return mapped


def _analyser_extensions(mapped: set[str]) -> list[str]:
    return sorted(name for name in mapped if name.split(".")[0] in ANALYSER_EXTENSIONS)


def _fresh_home(env: dict[str, str], home: Path) -> dict[str, str]:
    """``env`` with its own empty HOME: no settings, no cache of analysed releases."""
    return {**env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local" / "share")}


@pytest.mark.skipif(not IS_LINUX, reason="reads what the process has loaded from /proc")
def test_frozen_first_start_shows_the_default_release_without_the_analyser(onedir, bare_env, tmp_path):
    """A fresh install (empty cache) starts on the bundled analysis instead of analysing the release."""
    exe = onedir / f"mediakit{EXE_SUFFIX}"
    # the probe does see the analyser: a file that no cache holds is analysed at start (in the
    # window's own process here; normally a forked child does it, see core/prefetch.py)
    with_file = _libraries_at_start(exe, {**_fresh_home(bare_env, tmp_path / "with-file"), NO_CHILD_VARIABLE: "1"},
                                    str(SAMPLE), until=lambda mapped: {name.split(".")[0] for name in _analyser_extensions(mapped)}
                                    == set(ANALYSER_EXTENSIONS))
    assert {name.split(".")[0] for name in _analyser_extensions(with_file)} == set(ANALYSER_EXTENSIONS), (
        "the analyser no longer loads these extension modules: update ANALYSER_EXTENSIONS")

    home = tmp_path / "fresh"
    loaded = _analyser_extensions(_libraries_at_start(exe, _fresh_home(bare_env, home)))
    assert loaded == [], f"the first start analysed the default release (it loaded {loaded})"
    # nothing was analysed, so nothing went into the user's cache either
    assert not list((home / ".cache").rglob(f"*{SUFFIX}"))


def _files(bundle: Path) -> list[str]:
    return [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file() or p.is_symlink()]


def test_bundle_is_lean(onedir):
    files = _files(onedir)
    joined = "\n".join(files)
    assert "/translations/" not in joined, "Qt translations were bundled"
    for unwanted in ("QtNetwork", "Qt6Network", "QtQml", "Qt6Qml", "QtQuick", "Qt6Quick", "WebEngine",
                     "Qt3D", "Multimedia", "QtOpenGL", "Qt6OpenGL", "Qt6Pdf", "/tls/", "/networkinformation/",
                     "qgtk3", "/qml/", "tkinter", "/sqldrivers/", "/qmltooling/", "libssl", "libcrypto"):
        hits = [f for f in files if unwanted in f]
        assert not hits, f"{unwanted} should not be in the bundle: {hits[:5]}"
    dangling = [f for f in files if (onedir / f).is_symlink() and not (onedir / f).exists()]
    assert not dangling, f"dangling symlinks: {dangling}"


@pytest.mark.skipif(not IS_LINUX, reason="the platform plugins checked here are the Linux ones")
def test_bundle_keeps_the_linux_platforms_and_they_link(onedir):
    plugins = onedir / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    names = {p.name for p in plugins.iterdir()}
    for plugin in ("libqxcb.so", "libqoffscreen.so", "libqminimal.so"):
        assert plugin in names, f"{plugin} missing from {sorted(names)}"
    # every kept library links, from the bundle or the system (Wayland's own libraries are
    # the system's: the wayland platform loads only where they are present)
    internal = onedir / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    missing = []
    for lib in sorted(internal.rglob("*.so*")):
        if lib.is_symlink() or not lib.is_file():
            continue
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
        missing += [f"{lib.relative_to(internal)}: {line.split()[0]}" for line in out.splitlines()
                    if "not found" in line and not line.strip().startswith("libwayland-")]
    assert not missing, "unresolved libraries:\n" + "\n".join(missing)


# What Qt asks ICU (the only ICU functions libQt6Core imports) that MediaKit could reach:
# collation and time-zone names. Not converters: MediaKit decodes files in Python and gives
# Qt only str (setHtml), so the bundle leaves ICU's converter tables out (packaging/icu_trim.py).
# Prints one JSON object.
ICU_PROBE = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCollator, QLocale, QTimeZone
from PySide6.QtWidgets import QApplication
app = QApplication([])
out = {"icudata": sorted({l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l})}
words = ["zebra", "Äpfel", "apple", "Ørsted", "ångström", "İstanbul", "ıslak", "中国", "北京", "香港", "東京",
         "서울", "Москва", "李", "王", "10", "9"]
for name in ["en_US", "de_DE", "sv_SE", "tr_TR", "zh_CN", "zh_TW", "ja_JP", "ko_KR", "ru_RU"]:
    collator = QCollator(QLocale(name))
    out["sort " + name] = [[collator.compare(a, b) for b in words] for a in words]
    collator.setNumericMode(True)
    out["numeric " + name] = collator.compare("9", "10")
for zone in [b"Europe/Berlin", b"Asia/Hong_Kong", b"America/New_York", b"Asia/Kolkata", b"Europe/Istanbul"]:
    tz = QTimeZone(zone)
    for name in ["en_US", "de_DE", "zh_CN", "ja_JP", "fr_FR"]:
        out["tz %s %s" % (zone.decode(), name)] = [tz.displayName(t, n, QLocale(name))
            for t in (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime, QTimeZone.TimeType.GenericTime)
            for n in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


@pytest.mark.skipif(not IS_LINUX, reason="only the Linux bundle trims ICU's data")
def test_trimmed_icu_data_answers_qt_as_the_full_data_does(onedir, tmp_path):
    """Qt loaded with the bundle's trimmed libicudata gives the same answers as with the wheel's."""
    bundled = onedir / "_internal" / "PySide6" / "Qt" / "lib"
    icudata = next(bundled.glob("libicudata.so.*"))
    full = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert icudata.stat().st_size < full.stat().st_size * 0.7, "the ICU data was not trimmed"
    only_icudata = tmp_path / "icu"
    only_icudata.mkdir()
    shutil.copy2(icudata, only_icudata / icudata.name)

    def probe(env_extra):
        result = subprocess.run([sys.executable, "-c", ICU_PROBE], env={**os.environ, **env_extra},
                                capture_output=True, timeout=300)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        return json.loads(result.stdout.decode("utf-8"))

    with_full = probe({})
    with_trimmed = probe({"LD_LIBRARY_PATH": str(only_icudata)})
    assert with_trimmed.pop("icudata") == [str(only_icudata / icudata.name)]
    assert with_full.pop("icudata") != [str(only_icudata / icudata.name)]
    assert with_full["numeric de_DE"] < 0  # the probe itself works: "9" sorts before "10"
    assert with_trimmed == with_full


def test_onedir_bundle_stays_within_125_mb(onedir):
    size = sum(p.stat().st_size for p in onedir.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= 125_000_000, f"the onedir bundle is {size / 1e6:.1f} MB (limit 125 MB)"


def test_frozen_reads_a_word_document_and_a_pdf_like_the_unfrozen_app(onedir, bare_env, tmp_path):
    pdf = pdf_bytes(["Ferry Timetable Grows in Summer", "", "PORTWICK, June 2, 2032 - Boats leave 8 times a day."])
    for name, data in (("note.docx", docx_bytes()), ("note.pdf", pdf)):
        path = tmp_path / name
        path.write_bytes(data)
        frozen = _frozen_json(onedir / f"mediakit{EXE_SUFFIX}", bare_env, str(path))
        assert frozen == _unfrozen_json(str(path)) and frozen["title"], name


# --- the onefile executable ---------------------------------------------------------------

def test_onefile_self_test_and_json(onefile, bare_env):
    _self_test(onefile, bare_env)
    assert _frozen_json(onefile, bare_env, str(SAMPLE)) == _unfrozen_json(str(SAMPLE))


def test_onefile_carries_the_default_release_analysis(onefile, tmp_path):
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(onefile))
    names = {name.replace("\\", "/"): name for name in archive.toc}
    files = {}
    for name in (DEFAULT_RELEASE_NAME, BUNDLED_ENTRY_NAME):
        assert f"mediakit/resources/{name}" in names, f"{name} is not in the onefile executable"
        files[name] = tmp_path / name
        files[name].write_bytes(archive.extract(names[f"mediakit/resources/{name}"]))
    _check_bundled_entry(files[BUNDLED_ENTRY_NAME], files[DEFAULT_RELEASE_NAME].read_text(encoding="utf-8"))


# --- Linux desktop integration ------------------------------------------------------------

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.mediakit.MediaKit"


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is needed (packaging/setup.sh installs it)"
    return path


@pytest.mark.skipif(not IS_LINUX, reason="Linux desktop integration")
def test_desktop_file_is_valid_and_declares_the_mime_types():
    desktop = LINUX / f"{APP_ID}.desktop"
    result = subprocess.run([_tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = dict(line.split("=", 1) for line in desktop.read_text().splitlines() if "=" in line)
    mime = set(entry["MimeType"].strip(";").split(";"))
    assert {"text/markdown", "text/plain", "text/html"} <= mime
    assert entry["Icon"] == APP_ID


@pytest.mark.skipif(not IS_LINUX, reason="Linux desktop integration")
def test_metainfo_is_valid_and_names_this_version():
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f'<release version="{mediakit.__version__}"' in metainfo.read_text(encoding="utf-8"), (
        "add a <release> for the new version to the metainfo file")


@pytest.mark.skipif(not IS_LINUX, reason="Linux desktop integration")
def test_install_script_installs_bundle_menu_entry_icon_and_metainfo(onedir, tmp_path, bare_env):
    stage = tmp_path / "stage"
    env = {**os.environ, "DESTDIR": str(stage), "PREFIX": "/usr", "BUNDLE": str(onedir)}
    result = subprocess.run(["sh", str(LINUX / "install.sh")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    usr = stage / "usr"
    desktop = usr / "share" / "applications" / f"{APP_ID}.desktop"
    assert "Exec=/usr/lib/mediakit/mediakit %f" in desktop.read_text()
    icon = usr / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert icon.read_bytes() == (ROOT / "mediakit" / "resources" / "icon.svg").read_bytes()
    assert (usr / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert os.readlink(usr / "bin" / "mediakit") == "/usr/lib/mediakit/mediakit"
    installed = usr / "lib" / "mediakit" / "mediakit"
    assert _run(installed, "--version", env=bare_env).returncode == 0
