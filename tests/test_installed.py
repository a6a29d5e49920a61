"""The installed MediaKit: build the wheel, install it into a fresh virtual environment, run it.

An editable install imports the source tree, so it cannot show what a plain
``pip install .`` or ``pipx install`` leaves out (a subpackage missing from the wheel gave
a window that crashed). Here the wheel is built from this tree, installed with its
dependencies into a new venv outside it, and that copy alone is run, from a folder where
the source tree is not importable: ``--version``, ``--self-test``, ``--json`` on the
default release (compared with the source tree's) and a real window start offscreen.
Marked ``installed``: it runs as its own step of the test command (it installs PySide6
into the new venv, from pip's cache after the first time).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

import mediakit
from mediakit.core.analyse import default_release

pytestmark = [pytest.mark.installed, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parents[1]
BIN = "Scripts" if sys.platform.startswith("win") else "bin"


def _run(command: list[str], cwd: Path, timeout: int = 600, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    environment.update(QT_QPA_PLATFORM="offscreen", HOME=str(cwd), XDG_CACHE_HOME=str(cwd / "cache"),
                       XDG_CONFIG_HOME=str(cwd / "config"), **env)
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout, env=environment)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv holding MediaKit installed from the wheel of this tree; returns its bin folder."""
    base = tmp_path_factory.mktemp("installed")
    wheels = base / "wheels"
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)], base)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("mediakit-*.whl")
    venv.create(base / "venv", with_pip=True)
    bindir = base / "venv" / BIN
    python = bindir / "python"
    done = _run([str(python), "-m", "pip", "install", "-q", str(wheel)], base, timeout=1100)
    assert done.returncode == 0, done.stderr[-2000:]
    return bindir


def test_the_installed_copy_is_not_the_source_tree(installed):
    where = _run([str(installed / "python"), "-c", "import mediakit; print(mediakit.__file__)"], installed.parent)
    assert where.returncode == 0, where.stderr
    path = Path(where.stdout.strip()).resolve()
    assert installed.parent in path.parents, f"imported {path}, not the installed copy"


def test_every_package_of_the_source_tree_is_installed(installed):
    """What a hand-kept package list forgot: each folder of mediakit/ with an __init__.py."""
    packages = sorted(".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "mediakit").rglob("__init__.py"))
    code = ("import importlib.util, sys\n"
            "missing = [n for n in sys.argv[1:] if importlib.util.find_spec(n) is None]\n"
            "print(' '.join(missing))")
    found = _run([str(installed / "python"), "-c", code, *packages], installed.parent)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "", f"not installed: {found.stdout.strip()}"


def test_version_and_self_test(installed):
    version = _run([str(installed / "mediakit"), "--version"], installed.parent)
    assert mediakit.__version__ in version.stdout + version.stderr
    selftest = _run([str(installed / "mediakit"), "--self-test"], installed.parent, timeout=120)
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "self-test OK" in selftest.stdout


def test_json_of_the_default_release_is_the_source_trees(installed):
    printed = _run([str(installed / "mediakit"), "--json"], installed.parent, timeout=120)
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout) == json.loads(json.dumps(default_release().to_json()))


def test_a_window_starts_on_a_file(installed, tmp_path):
    """The everyday launch, ``mediakit FILE``, up to a shown window with its sidebar filled.

    The release is read off the GUI thread, so the run ends when the loader has delivered it
    (a fixed wait was too short on a loaded CI machine), or after a minute at most.
    """
    release = tmp_path / "launch.md"
    release.write_text("# Harbour ferries run all night\n\nPORTVILLE, May 4, 2031 — Ferries will run "
                       "every hour through the night from June.\n\n## Timetable\n\nThe first boat "
                       "leaves at 01:00.\n", encoding="utf-8")
    code = ("import sys\n"
            "from PySide6.QtCore import QTimer\n"
            "from mediakit.gui.app import ensure_app, start_window\n"
            "app = ensure_app()\n"
            "window = start_window(sys.argv[1])\n"
            "quit_soon = lambda *_: QTimer.singleShot(0, app.quit)\n"
            "window.loader.loaded.connect(quit_soon)\n"
            "window.loader.failed.connect(quit_soon)\n"
            "if not window.loader.busy:\n"
            "    quit_soon()\n"
            "QTimer.singleShot(60000, app.quit)\n"
            "app.exec()\n"
            "print(window.windowTitle())\n"
            "print('|'.join(window.sidebar.titles()))\n")
    shown = _run([str(installed / "python"), "-c", code, str(release)], tmp_path, timeout=120)
    assert shown.returncode == 0, shown.stderr[-2000:]
    title, sidebar = shown.stdout.strip().splitlines()[-2:]
    assert title.startswith("Harbour ferries run all night")
    assert "Timetable" in sidebar.split("|")
