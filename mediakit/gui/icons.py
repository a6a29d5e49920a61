"""Icons from qtawesome, kept drawn, set in the first frame when kept, recoloured with the theme.

qtawesome stays off the start-up path, and reaches PySide6 through a small stand-in for
QtPy (whose star imports would create every PySide6 class and load QtOpenGL): widgets and
actions ``bind`` an icon name as they are built; ``load_kept`` sets them all before the window
is shown when the cache folder keeps every one (a few milliseconds: no repaint for icons after
the first frame, and no card growing under the user's eyes when its buttons get theirs), else
``load`` sets them once the window is on screen. Later binds are set at once; ``set_colours``
repaints every bound icon when the theme flips between light and dark.

Given a cache folder, ``load`` keeps every icon qtawesome draws as a picture there
(``icon_cache``), and later starts paint from those pictures without importing qtawesome
at all (about 40 ms and 6 MB saved at every start). Given a turn budget, ``load`` sets the
icons a few at a time between events: a first start (no kept pictures) imports qtawesome and
draws some thirty icons, 35-110 ms in one go, which held the event loop past 100 ms.
"""

from __future__ import annotations

import sys
import time
import types
from pathlib import Path
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
_cache_folder: Path | None = None
_made: dict[tuple[str, str, str], QIcon] = {}  # (name, colour, disabled colour) -> icon
_pending: list[tuple[Any, str]] = []  # bound before ``load`` and not set yet (a load in turns)


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
    """The qtawesome icon ``name`` in ``colour`` (the theme's icon colour by default): from the
    cache folder when it was drawn before, else drawn now (and kept there)."""
    colour = colour or _colour
    icon = _kept_icon(name, colour)
    if icon is None:
        icon = draw_icon(name, colour, _disabled_colour)
        if _cache_folder is not None:
            from . import icon_cache

            key, ratio = _look(colour)
            icon_cache.write_icon(_cache_folder, key, name, icon, ratio)
        _made[(name, colour, _disabled_colour)] = icon
    return icon


def _look(colour: str) -> tuple[str, float]:
    from PySide6.QtGui import QGuiApplication

    from . import icon_cache

    ratio = QGuiApplication.instance().devicePixelRatio()
    return icon_cache.look_key(colour, _disabled_colour, ratio), ratio


def _kept_icon(name: str, colour: str) -> QIcon | None:
    """The icon made before in this process, or kept in the cache folder; None if neither."""
    made = _made.get((name, colour, _disabled_colour))
    if made is not None or _cache_folder is None:
        return made
    from . import icon_cache

    key, ratio = _look(colour)
    icon = icon_cache.read_icon(_cache_folder, key, name, ratio)
    if icon is not None:
        _made[(name, colour, _disabled_colour)] = icon
    return icon


def draw_icon(name: str, colour: str, disabled_colour: str) -> QIcon:
    """The icon ``name`` drawn by qtawesome (imported now if it was not yet)."""
    return _icon_font().icon(name, color=QColor(colour), color_disabled=QColor(disabled_colour))


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


def load(cache_folder: Path | None = None, turn_budget: float | None = None) -> None:
    """Set every bound icon (called once the window is on screen); ``cache_folder`` keeps the
    drawn icons for later starts (None: qtawesome draws them every time). With ``turn_budget``
    (seconds) the icons are set in turns of about that long, each a zero-time timer's event,
    so the event loop runs between them; without it, all of them now."""
    global _loaded, _cache_folder
    _loaded = True
    _cache_folder = cache_folder
    if turn_budget is None:
        _refresh()
        return
    _pending[:] = _bound
    _set_pending(turn_budget)


def load_kept(cache_folder: Path | None) -> bool:
    """Set every bound icon now if the cache folder keeps them all (no qtawesome, a few ms:
    called before the first paint, so it shows them and nothing is painted again for them);
    else set none and return False (``load`` then draws them after the first paint)."""
    global _cache_folder, _loaded
    if cache_folder is None or _loaded:
        return _loaded
    _cache_folder = cache_folder
    names = {name for _target, name in _bound}
    if not all(_kept_icon(name, _colour) is not None for name in sorted(names)):
        return False
    load(cache_folder)
    return True


def pending() -> int:
    """How many bound icons a load in turns has still to set."""
    return len(_pending)


def _set_pending(budget: float) -> None:
    from PySide6.QtCore import QTimer

    end = time.perf_counter() + budget
    while _pending:  # at least one a turn, whatever the budget
        target, name = _pending.pop(0)
        if shiboken6.isValid(target):
            target.setIcon(make_icon(name))
        if time.perf_counter() >= end:
            break
    if _pending:
        QTimer.singleShot(0, lambda: _set_pending(budget))


def _refresh() -> None:
    _pending.clear()
    _bound[:] = [(t, n) for t, n in _bound if shiboken6.isValid(t)]
    for target, name in _bound:
        target.setIcon(make_icon(name))
