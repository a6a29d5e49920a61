"""Icons from qtawesome, loaded after the first paint and recoloured with the theme.

qtawesome stays off the start-up path, and reaches PySide6 through a small stand-in for
QtPy (whose star imports would create every PySide6 class and load QtOpenGL): widgets and
actions ``bind`` an icon name as they are built, and ``load`` sets them all once the window
is on screen. Later binds are set at once; ``recolour`` repaints every bound icon when the
theme flips between light and dark.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ICON_SETS = ("fa6s",)

_bound: list[tuple[Any, str]] = []
_font: Any = None
_colour = "#3c4043"
_disabled_colour = "#9a9ea5"
_loaded = False


def loaded() -> bool:
    return _loaded


def _icon_font() -> Any:
    """A qtawesome ``IconicFont`` holding only the icon sets MediaKit uses.

    ``qtawesome.icon`` loads every bundled font and charmap (about 15 MB and 70 ms);
    MediaKit needs only Font Awesome 6 solid.
    """
    global _font
    if _font is None:
        _qtpy_for_qtawesome()
        import qtawesome
        from qtawesome.iconic_font import IconicFont

        wanted = [f for f in getattr(qtawesome, "_BUNDLED_FONTS", ()) if f[0] in ICON_SETS]
        _font = IconicFont(*wanted) if len(wanted) == len(ICON_SETS) else qtawesome  # same .icon()
    return _font


def _qtpy_for_qtawesome() -> None:
    """Let qtawesome import PySide6's own modules through a small stand-in for QtPy.

    QtPy's ``QtCore``, ``QtGui`` and ``QtWidgets`` star-import PySide6's, which makes PySide6
    create every class it has (about 110 ms and 18 MB), and load QtOpenGL and QtOpenGLWidgets.
    qtawesome only imports a dozen classes and ``PYSIDE_VERSION`` from it, all PySide6's own,
    so unless the real QtPy is already loaded, ``qtpy`` here hands out PySide6's modules.
    """
    if "qtpy" in sys.modules:
        return
    import PySide6
    from PySide6 import QtCore, QtGui, QtWidgets

    stand_in = types.ModuleType("qtpy", "PySide6's modules for qtawesome (see mediakit.gui.icons).")
    stand_in.__dict__.update(
        QtCore=QtCore, QtGui=QtGui, QtWidgets=QtWidgets, API="pyside6", API_NAME="PySide6", QT6=True,
        PYSIDE6=True, PYSIDE2=False, PYQT5=False, PYQT6=False, PYSIDE_VERSION=PySide6.__version__,
        PYQT_VERSION=None, QT_VERSION=QtCore.qVersion())
    sys.modules["qtpy"] = stand_in
    for name in ("QtCore", "QtGui", "QtWidgets"):
        sys.modules[f"qtpy.{name}"] = getattr(stand_in, name)


def make_icon(name: str, colour: str | None = None) -> QIcon:
    """A qtawesome icon in ``colour`` (the theme's icon colour by default)."""
    return _icon_font().icon(name, color=QColor(colour or _colour), color_disabled=QColor(_disabled_colour))


def bind(target: Any, name: str | None) -> None:
    """Give ``target`` (a button or action) the icon ``name`` now or when icons load."""
    if not name:
        return
    _bound.append((target, name))
    if _loaded:
        target.setIcon(make_icon(name))


def set_colours(colour: str, disabled_colour: str) -> None:
    """The theme's icon colours; bound icons are repainted if icons are already loaded."""
    global _colour, _disabled_colour
    _colour, _disabled_colour = colour, disabled_colour
    if _loaded:
        _refresh()


def load() -> None:
    """Import qtawesome and set every bound icon (called once the window is on screen)."""
    global _loaded
    _loaded = True
    _refresh()


def _refresh() -> None:
    _bound[:] = [(t, n) for t, n in _bound if shiboken6.isValid(t)]
    for target, name in _bound:
        target.setIcon(make_icon(name))
