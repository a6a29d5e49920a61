"""Command line: ``mediakit [FILE]`` opens the window, ``mediakit --json FILE`` prints the model.

``--json`` never imports Qt, so it runs with no display. Errors are one line on stderr and
exit status 2; no traceback reaches the user.
"""

from __future__ import annotations

import os
import sys

from . import APP_NAME, ORG_NAME, __version__

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py

if TYPE_CHECKING:
    import argparse

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="mediakit", description="Read a press release the way a reporter does.")
    parser.add_argument("file", nargs="?", help="release to open (Markdown, HTML or plain text); "
                        "without it, the built-in default release")
    parser.add_argument("--json", action="store_true", help="print the release model as JSON and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="open the default release offscreen, check it, print one line and exit")
    parser.add_argument("--version", action="version", version=f"MediaKit {__version__}")
    return parser


def _kept_folder() -> str | None:
    """The folder of compiled code kept between runs (beside the analysed releases); None off Linux,
    where Qt's cache location is not worked out without Qt."""
    from .core.paths import cache_root

    return cache_root(APP_NAME, ORG_NAME) if sys.platform.startswith("linux") else None


def _keep_classes() -> None:
    """Dataclasses' methods as compiled in an earlier run (``core.classcache``): before any is defined."""
    from .core import classcache

    classcache.install(_kept_folder())


def print_json(path: str | None) -> int:
    from .core import mdconvert, regexcache

    regexcache.install(_kept_folder())  # the analyser's patterns, kept
    try:
        return _print_release(path)
    finally:
        mdconvert.stop(wait=False)  # the Markdown converter, when one was started: its work is done


def _print_release(path: str | None) -> int:
    from .core import keptfile
    from .core.analyse import ReleaseError, default_release, load_release
    from .core.text import quoted_name

    shown = quoted_name(path or "")

    try:
        release = load_release(path) if path else default_release()
    except ReleaseError as exc:
        print(f"mediakit: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except RecursionError:
        print(f"mediakit: {shown}: the file is nested too deeply to read", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the user gets one line, never a traceback
        print(f"mediakit: {shown}: could not be read ({type(exc).__name__}: {exc})", file=sys.stderr)
        return EXIT_BAD_INPUT
    import json

    if hasattr(sys.stdout, "reconfigure"):  # a Windows console's code page cannot print Chinese text
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")  # never half a document
    try:
        json.dump(release.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        sys.stdout.flush()
        keptfile.save_kept()
    except BrokenPipeError:  # the reader went away (e.g. `| head`): no traceback for that
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def _window_start(argv: list[str]) -> bool:
    """True for the everyday launch: no argument, or one file name that is not an option.

    That launch goes straight to the window; argparse, with the gettext, locale and shutil
    lookups it makes, would add about 6 ms before the first paint and decide nothing.
    """
    return len(argv) <= 1 and not any(arg.startswith("-") for arg in argv)


def _printed(code: int, command_line: bool) -> int:
    """Leave at once after ``--json`` run from the command line: its output is flushed and its
    caches written, and the interpreter's teardown (freeing every object and module one by one)
    would add about 15 ms to a 130 ms run. Called in-process (tests, scripts), it returns."""
    if not command_line:
        return code
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # the reader went away: nothing more can be said
        pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    command_line = argv is None
    argv = sys.argv[1:] if argv is None else argv
    scripted = len(argv) == 2 and argv[0] == "--json" and not argv[1].startswith("-")
    if scripted and command_line:  # Python-Markdown imported by a child meanwhile; first, as its docstring says
        from .core import mdconvert

        mdconvert.start(_kept_folder)
    _keep_classes()
    if _window_start(argv):
        from .gui.app import run

        return run(argv[0] if argv else None)
    if scripted:
        return _printed(print_json(argv[1]), command_line)  # the scripted use, without argparse's imports
    args = _parser().parse_args(argv)
    if args.json:
        return _printed(print_json(args.file), command_line)
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test()
    from .gui.app import run

    return run(args.file)


if __name__ == "__main__":
    sys.exit(main())
