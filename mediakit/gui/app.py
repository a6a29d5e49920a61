"""Start the window: ``run(path_or_None)`` is what ``python -m mediakit`` calls.

Order matters for start-up speed: a release not in the cache is opened in a child process
while this one imports PySide6 (``core.prefetch``, started first thing in ``run``); the
application and window are built and shown with the release (read from the cache of
analysed releases when it was opened before, see ``core.cache``); icons, the window icon and anything else not needed for the first paint
are set from the event loop right after (icons before the first paint when the cache folder keeps them all). One crash handler (``sys.excepthook``) turns any
unexpected error into a dialog with a copyable report; the app keeps running.
"""

from __future__ import annotations

# Qt-free modules the window needs, imported here, before PySide6, on purpose. PySide6's
# import hook reads the whole source of every module imported after it (looking for
# ``from __feature__``), the standard library's included: about 4 ms at every start.
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
ICON_TURN_S = 0.02  # icons set after the first paint, in turns of about this long (``icons.load``)
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
    """What can wait until the window is on screen: icons, the window icon, the system's
    light/dark scheme asked of Qt (the first frame assumed it: see ``theme``)."""
    from PySide6.QtWidgets import QApplication

    from . import icons
    from .loader import user_cache_folder

    if not icons.loaded():
        icons.load(user_cache_folder("icons"), turn_budget=ICON_TURN_S)
    icon = app_icon()
    if not icon.isNull():
        QApplication.instance().setWindowIcon(icon)
        window.setWindowIcon(icon)
    theme = getattr(window, "theme", None)
    if theme is not None and not theme.confirmed:
        when_idle(theme.confirm_system_scheme)  # it builds Qt's enums: after the frame is sent


def when_idle(job) -> None:
    """Run ``job`` once, the next time the event loop is about to wait (all it had to do, done)."""
    from PySide6.QtCore import QAbstractEventDispatcher

    dispatcher = QAbstractEventDispatcher.instance()

    def run() -> None:
        dispatcher.aboutToBlock.disconnect(run)
        job()

    dispatcher.aboutToBlock.connect(run)


def open_at_start(window, path: str) -> None:
    """Open the launch's file. A text file a child process is reading (``core.prefetch``) is
    waited for, so the first frame shows it. A PDF or Word file, or a large one, is read in the
    background: the window shows at once, empty, with the loader's progress, and fills when the
    release arrives; if it cannot be read, the error is said and the default release shown.
    """
    from .loader import slow_to_read

    slow = slow_to_read(path)
    if slow:
        window.loader.failed.connect(lambda _path, _message: window.release is None and window.show_default_release())
    window.open_path(path, background=slow)


def start_window(path: str | None):
    """Build and show the main window on ``path``, else on the release shown last time
    (where it was left), else (a first start) on the default release.

    A bad ``path`` leaves the default release on screen and shows a non-blocking error dialog.
    """
    import linecache

    from PySide6.QtCore import QTimer

    from . import icons
    from .loader import user_cache_folder
    from .main_window import MainWindow

    # PySide6's import hook reads the whole source of every module imported after it (looking
    # for ``from __feature__ import``) through ``linecache``, which keeps it: about 3 MB that
    # MediaKit never uses. Dropped here, before the window is built; a traceback reads again.
    linecache.clearcache()
    window = MainWindow()
    if path:
        open_at_start(window, path)
    else:
        window.reopen_last()  # the release shown last time, where it was left
    if window.release is None and not window.loader.busy:
        window.show_default_release()
    window.reader.firstPainted.connect(lambda: QTimer.singleShot(0, window, lambda: finish_start_up(window)))
    icons.load_kept(user_cache_folder("icons"))  # in the first frame when kept: nothing repainted for them
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


def prefetch_release(path: str | None) -> None:
    """Start opening the release in a child process while this one starts Qt (``core.prefetch``);
    called before the first PySide6 import. Never for a pipe or a device: the child could wait
    for ever."""
    import os

    from ..core import prefetch

    if path is None or os.path.isfile(path):
        prefetch.start(path, prefetch.cache_folder(APP_NAME, ORG_NAME))


def run(path: str | None = None) -> int:
    """Open the window (on ``path`` or the default release) and run until it is closed."""
    prefetch_release(path)
    app = ensure_app()
    install_crash_handler()
    window = start_window(path)
    code = app.exec()
    finished = window.loader.wait_for_done(3000)
    from ..core import prefetch

    prefetch.discard()  # a child whose release was never asked for (a file that failed first)
    if not finished:
        import os

        # A cancelled analysis is still running on a worker, and Python would wait for it to
        # end: the window is closed and its settings saved, so leave now.
        window.store.sync()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
