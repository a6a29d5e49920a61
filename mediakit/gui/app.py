"""Start the window: ``run(path_or_None)`` is what ``python -m mediakit`` calls.

Order matters for start-up speed: the application and window are built and shown with
the release (read from the cache of analysed releases when it was opened before, see
``core.cache``); icons, the window icon and anything else not needed for the first paint
are set from the event loop right after. One crash handler (``sys.excepthook``) turns any
unexpected error into a dialog with a copyable report; the app keeps running.
"""

from __future__ import annotations

# Qt-free modules the window needs, imported here, before PySide6, on purpose. PySide6's
# import hook reads the whole source of every module imported after it (looking for
# ``from __feature__``), the standard library's included: about 4 ms at every start.
import importlib.resources  # noqa: E402, F401 - the default release and the icon (core.loading, app_icon)
import sys
from typing import TYPE_CHECKING

from .. import APP_NAME, ORG_NAME, __version__
from ..core import loading  # noqa: E402, F401 - core.cache, .model, .reader; json, dataclasses, zlib
from . import render  # noqa: E402, F401 - gui.texts; html, datetime, re

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QWidget

# The window icon: resources/icon.svg rendered to one PNG per size by packaging/render_app_icons.py.
# Up to 64 px: title bars and taskbars use 16-48 (64 on a 2x screen). Linux desktops take the
# bigger pictures from the installed SVG; 128 and 256 px in the window icon cost 1 MB at start.
ICON_SIZES = (16, 24, 32, 48, 64)
ICON_FILE = "icon-{size}.png"
LATE_START_MS = 1500
_app_icon: list[QIcon] = []


def ensure_app(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(ORG_NAME)
        QApplication.setApplicationVersion(__version__)
        QApplication.setDesktopFileName("org.mediakit.MediaKit")  # packaging/linux/org.mediakit.MediaKit.desktop
        # Fusion through the command line, not setStyle(): its return value would make PySide6
        # build the QStyle class and its enums (about 5 ms) before the window is up.
        app = QApplication([*(argv if argv is not None else [sys.argv[0]]), "-style", "Fusion"])
    elif app.style().name() != "fusion":
        app.setStyle("Fusion")
    return app


def app_icon() -> QIcon:
    """The application icon, made once; an empty ``QIcon`` when its files are missing.

    One PNG per size in ``ICON_SIZES``, rendered from resources/icon.svg by
    packaging/render_app_icons.py, so no SVG plugin (nor QtSvg) is loaded at start.
    Each size is read from its file when first drawn.
    """
    if not _app_icon:
        from importlib import resources

        from PySide6.QtCore import QSize
        from PySide6.QtGui import QIcon

        icon = QIcon()
        try:
            folder = resources.files("mediakit.resources")
            for size in ICON_SIZES:
                with resources.as_file(folder.joinpath(ICON_FILE.format(size=size))) as file:
                    icon.addFile(str(file), QSize(size, size))
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            icon = QIcon()
        _app_icon.append(icon)
    return _app_icon[0]


def finish_start_up(window: QWidget) -> None:
    """What can wait until the window is on screen: icons and the window icon."""
    from PySide6.QtWidgets import QApplication

    from . import icons
    from .loader import user_cache_folder

    if not icons.loaded():
        icons.load(user_cache_folder("icons"))
    icon = app_icon()
    if not icon.isNull():
        QApplication.instance().setWindowIcon(icon)
        window.setWindowIcon(icon)


def start_window(path: str | None):
    """Build and show the main window on ``path``, or on the default release.

    A bad ``path`` leaves the default release on screen and shows a non-blocking error dialog.
    """
    import linecache

    from PySide6.QtCore import QTimer

    from .main_window import MainWindow

    # PySide6's import hook reads the whole source of every module imported after it (looking
    # for ``from __feature__ import``) through ``linecache``, which keeps it: about 3 MB that
    # MediaKit never uses. Dropped here, before the window is built; a traceback reads again.
    linecache.clearcache()
    window = MainWindow()
    if path:
        window.open_path(path)  # a small file is read now; a bad one queues its error dialog
    if window.release is None:
        window.show_default_release()
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
    app = ensure_app()
    install_crash_handler()
    window = start_window(path)
    code = app.exec()
    if not window.loader.wait_for_done(3000):
        import os

        # A cancelled analysis is still running on a worker, and Python would wait for it to
        # end: the window is closed and its settings saved, so leave now.
        window.store.sync()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
