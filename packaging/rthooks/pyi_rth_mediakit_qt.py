"""Run-time hook: PyInstaller's PySide6 hook, without importing Qt at start-up.

PyInstaller's own run-time hook for PySide6 (pyi_rth_pyside6) imports PySide6.QtCore
before the program starts, to register a qt.conf; PySide6 registers its own when QtCore is
first imported, so that import only moves Qt's start-up cost to the front, where
``mediakit --json`` and ``--version``, which never use Qt, paid it too (about 100 ms, and
the Qt libraries loaded for nothing). The spec drops that hook and this one keeps the rest
of it: Qt looks for its plugins in the bundle, not anywhere the environment points.
"""


def _pyi_rthook():
    import os
    import sys

    if sys.platform.startswith("win"):
        qt_dir = os.path.join(sys._MEIPASS, "PySide6")
    else:
        qt_dir = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")


_pyi_rthook()
del _pyi_rthook
