"""What the benchmark scripts share: the repository's paths, a private Xvfb, child environments."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "mediakit" / "resources" / "default_release.md"
PYTHON = sys.executable


def child_env(scratch: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment a launched program gets: bytecode caches on, like a user's install.

    This shell may set PYTHONDONTWRITEBYTECODE=1, which makes every start recompile every
    source file; users have their ``__pycache__``, so the benchmarks never run that way.
    ``scratch`` (a fresh folder) becomes XDG_CONFIG_HOME, so MediaKit starts on its default
    settings and never reads or writes the user's, and holds XDG_CACHE_HOME, so every release
    is analysed afresh (MediaKit caches analyses; ``bench_startup.py`` chooses its own).
    """
    env = dict(os.environ)
    for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME", "PYTHONTRACEMALLOC", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    if scratch is not None:
        (scratch / "config").mkdir(parents=True, exist_ok=True)
        (scratch / "runtime").mkdir(parents=True, exist_ok=True)
        os.chmod(scratch / "runtime", 0o700)
        env["XDG_CONFIG_HOME"] = str(scratch / "config")
        env["XDG_RUNTIME_DIR"] = str(scratch / "runtime")
        env["XDG_CACHE_HOME"] = str(scratch / "cache")
    env.update(extra)
    return env


def warm_bytecode() -> None:
    """Compile MediaKit, the core and their imports once with bytecode writing on."""
    code = ("import mediakit.gui.main_window, mediakit.gui.app, mediakit.gui.findbar, mediakit.gui.icons, "
            "mediakit.core.analyse, markdown; mediakit.core.analyse.default_release()")
    subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=child_env(QT_QPA_PLATFORM="offscreen"), check=True)
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "mediakit"), str(ROOT / "benchmarks")],
                   cwd=ROOT, env=child_env(), check=False, stdout=subprocess.DEVNULL)


class Xvfb:
    """A private X server on a free display (``-displayfd``), stopped on exit."""

    def __init__(self, size: str = "1920x1080x24"):
        if not shutil.which("Xvfb"):
            raise SystemExit("Xvfb is needed (apt-get install xvfb)")
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
                                     pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.proc.kill()
            raise SystemExit("Xvfb did not start")
        self.display = f":{number}"

    def __enter__(self) -> Xvfb:
        return self

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def scratch_dir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak RSS) of a running process, in kB."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def forget_releases(cache: Path | None) -> None:
    """A release or kit never opened before: the analysed releases go, icons and compiled patterns stay
    (``bench_startup.py --cache new``); None: each child gets an empty cache folder."""
    if cache is not None:
        for releases in cache.glob("*/*/releases"):
            shutil.rmtree(releases, ignore_errors=True)


def child_environment(scratch: Path, display: str, cache: Path | None, tree: Path) -> dict[str, str]:
    """A child's environment; ``tree`` is the source tree whose ``mediakit`` it imports (a script's
    own folder, not the current one, starts ``sys.path``: without this the installed one is used)."""
    extra = {"XDG_CACHE_HOME": str(cache)} if cache is not None else {}
    return child_env(scratch, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(tree), **extra)
