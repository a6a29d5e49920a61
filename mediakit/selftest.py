"""``mediakit --self-test``: open the default release offscreen, check it, print one line.

Used by packaging (the frozen build runs it) and by anyone who wants to know the install
works: the built-in release is opened the window's way (``loading.open_default_release``;
a frozen build must find its bundled analysis and never start the analyser), the window
renders it, icons load and a vCard can be written. Settings go to a throw-away folder,
never the user's. Prints ``MediaKit 0.1.0 self-test OK: …`` and returns 0, or prints what
failed and returns 1; it never shows a traceback.
"""

from __future__ import annotations

import os
import sys
import tempfile

from . import __version__


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _check(release, window) -> list[str]:
    """Everything that must hold; returns the failures (empty when all is well)."""
    problems = []
    if not release.title.strip():
        problems.append("the default release has no title")
    for name in ("sections", "figures", "quotes", "contacts"):
        if not getattr(release, name):
            problems.append(f"no {name} were found in the default release")
    if not window.isVisible():
        problems.append("the window was not shown")
    text = window.reader.document().toPlainText()
    if release.title[:40] not in text:
        problems.append("the reader did not render the release")
    if not window.windowTitle().startswith(release.title):
        problems.append("the window title is not the headline")
    if len(window.sidebar.titles()) < len(release.all_sections()) + 4:
        problems.append("the sidebar does not list the sections")
    return problems


def _offscreen_noise_filter(previous):
    """The offscreen platform warns about window size hints it cannot pass on; drop just that."""
    def handler(kind, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    return handler


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(_offscreen_noise_filter(previous))
    try:
        return _run()
    except Exception as exc:  # noqa: BLE001 - one line for the user, never a traceback
        print(f"MediaKit {__version__} self-test FAILED: {type(exc).__name__}: {exc}")
        return 1
    finally:
        qInstallMessageHandler(previous)


def _run() -> int:
    from PySide6.QtCore import QSettings

    with tempfile.TemporaryDirectory(prefix="mediakit-selftest-") as settings_folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
        from .core.loading import open_default_release
        from .gui import icons
        from .gui.app import ensure_app, finish_start_up
        from .gui.main_window import MainWindow
        from .gui.vcard import contacts_vcard

        app = ensure_app()
        release = open_default_release(None)  # the window's own way in, without the user's cache
        window = MainWindow()
        try:
            window.show_release(release, None)
            window.show()
            app.processEvents()
            finish_start_up(window)  # icons (qtawesome) and the window icon
            app.processEvents()
            while icons.pending():  # they are set in turns between events
                app.processEvents()
            problems = _check(release, window)
            if getattr(sys, "frozen", False) and "mediakit.core.analyse" in sys.modules:
                problems.append("the default release was analysed at start (the bundled analysis was not used)")
            if release.contacts and "BEGIN:VCARD" not in contacts_vcard(release.contacts):
                problems.append("the contacts could not be written as a vCard")
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    if problems:
        print(f"MediaKit {__version__} self-test FAILED: " + "; ".join(problems))
        return 1
    print(f"MediaKit {__version__} self-test OK: {_plural(len(release.all_sections()), 'section')}, "
          f"{_plural(len(release.figures), 'figure')}, {_plural(len(release.quotes), 'quote')}, "
          f"{_plural(len(release.contacts), 'contact')}")
    return 0


if __name__ == "__main__":
    sys.exit(run_self_test())
