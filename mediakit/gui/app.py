"""Start the window: ``run(path_or_None)`` is what ``python -m mediakit`` calls.

Order matters for start-up speed. ``run`` first starts reading the default release on a
plain thread (the core is Qt-free), so the core's import and parse overlap with loading Qt
and building the window; this module imports Qt only inside its functions for that reason.
The application and window are then built and shown with the release; icons, the window
icon and anything else not needed for the first paint are set from the event loop right
after. One crash handler (``sys.excepthook``) turns any unexpected error into a dialog with
a copyable report; the app keeps running.
"""

from __future__ import annotations

import sys
import threading
from importlib import resources
from typing import TYPE_CHECKING

from .. import APP_NAME, ORG_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QWidget

    from ..core.model import Release

ICON_FILE = "icon.svg"
LATE_START_MS = 1500
_app_icon: list[QIcon] = []


class ReleaseReader:
    """Reads the default release on a plain thread; ``result()`` waits for it on the GUI thread.

    Started before Qt is imported, the core's import and parse run while Qt loads its
    libraries and the window is built. An error is raised again by ``result()``, where the
    default release would have been read without the thread.
    """

    def __init__(self) -> None:
        self._release: Release | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._read, name="mediakit-default-release", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            from ..core.analyse import default_release

            self._release = default_release()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread by result()
            self._error = exc

    def result(self) -> Release:
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self._release


def ensure_app(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(ORG_NAME)
        QApplication.setApplicationVersion(__version__)
        QApplication.setDesktopFileName("org.mediakit.MediaKit")  # packaging/linux/org.mediakit.MediaKit.desktop
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setStyle("Fusion")
    return app


def app_icon() -> QIcon:
    """The application icon (an SVG: loading it pulls in the SVG plugin, so call it late)."""
    if not _app_icon:
        from PySide6.QtGui import QIcon

        try:
            path = resources.files("mediakit.resources").joinpath(ICON_FILE)
            with resources.as_file(path) as file:
                _app_icon.append(QIcon(str(file)))
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            _app_icon.append(QIcon())
    return _app_icon[0]


def finish_start_up(window: QWidget) -> None:
    """What can wait until the window is on screen: icons and the window icon."""
    from PySide6.QtWidgets import QApplication

    from . import icons

    if not icons.loaded():
        icons.load()
    icon = app_icon()
    if not icon.isNull():
        QApplication.instance().setWindowIcon(icon)
        window.setWindowIcon(icon)


def start_window(path: str | None, default: ReleaseReader | None = None):
    """Build and show the main window with the default release, then open ``path`` if given.

    A bad ``path`` leaves the default release on screen and shows a non-blocking error dialog.
    ``default``, when given, is the default release already being read (see ``run``).
    """
    from PySide6.QtCore import QTimer

    from .main_window import MainWindow

    window = MainWindow()
    if path:
        window.open_path(path)  # a small file is read now; a bad one queues its error dialog
    if window.release is None:
        window.show_default_release(default.result() if default is not None else None)
    window.reader.firstPainted.connect(lambda: QTimer.singleShot(0, window, lambda: finish_start_up(window)))
    window.show()
    QTimer.singleShot(LATE_START_MS, window, lambda: finish_start_up(window))  # in case nothing is painted
    return window


class CrashHandler:
    """``sys.excepthook``: print the report, show it in a dialog, keep the event loop going."""

    def __init__(self) -> None:
        self._showing = False
        self.dialogs: list = []

    def __call__(self, exc_type, exc, tb) -> None:
        from PySide6.QtWidgets import QApplication

        from .dialogs import CrashDialog, crash_report

        report = crash_report(exc_type, exc, tb)
        print(report, file=sys.stderr)
        if self._showing or QApplication.instance() is None or issubclass(exc_type, KeyboardInterrupt):
            return
        self._showing = True
        try:
            dialog = CrashDialog(report, QApplication.activeWindow())
            dialog.finished.connect(lambda _result: self._closed(dialog))
            self.dialogs.append(dialog)
            dialog.show()
        finally:
            self._showing = False

    def _closed(self, dialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)


def install_crash_handler() -> CrashHandler:
    """Route every uncaught exception (slots included: PySide6 reports them through
    ``sys.excepthook``) to one dialog; nothing reaches the user as a bare traceback."""
    handler = CrashHandler()
    sys.excepthook = handler
    return handler


def run(path: str | None = None) -> int:
    """Open the window (on ``path`` or the default release) and run until it is closed."""
    default = ReleaseReader() if not path else None  # before Qt is imported: see the module's docstring
    app = ensure_app()
    install_crash_handler()
    window = start_window(path, default)
    code = app.exec()
    window.loader.wait_for_done(3000)
    return code
