"""The window on small screens: it always fits the screen, and below ``COMPACT_WIDTH`` it folds.

``fitted_rect`` is the one rule for where a window may be: its frame (title bar included)
inside the screen's available geometry, so the status bar is never off-screen. The frame's
size is known only once the window manager has drawn it; until then ``DECORATION_GUESS``
is kept free, and the fit is checked again once the window is on screen.

``WindowLayout`` (a part of ``MainWindow``) folds the side panel away below
``COMPACT_WIDTH`` (a status-bar toggle and Alt+1/2/3 unfold it), scales the headline down
when the window is narrow or short, and gives the panel back when the window is wide again.
Folding is the window's doing, not the user's: the saved "panel shown" setting keeps
what the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication

from .actions import ActionId

COMPACT_WIDTH = 1100  # narrower than this, the side panel folds away
SHORT_HEIGHT = 800  # shorter than this (or narrower than COMPACT_WIDTH), the headline is smaller
FIRST_SIZE = QSize(1366, 860)  # the first window's size when the screen has room for it
PANEL_NARROWEST = 350  # the panel's cards read well from this width on
DECORATION_GUESS = QMargins(4, 32, 4, 4)  # a title bar and borders, kept free before the real frame is known


def fitted_rect(wanted: QRect, available: QRect, frame: QMargins) -> QRect:
    """The window rectangle nearest ``wanted`` whose frame lies inside ``available``."""
    width = max(1, min(wanted.width(), available.width() - frame.left() - frame.right()))
    height = max(1, min(wanted.height(), available.height() - frame.top() - frame.bottom()))
    left_most = available.left() + frame.left()
    top_most = available.top() + frame.top()
    x = max(left_most, min(wanted.x(), available.left() + available.width() - frame.right() - width))
    y = max(top_most, min(wanted.y(), available.top() + available.height() - frame.bottom() - height))
    return QRect(x, y, width, height)


class WindowLayout:
    """Fitting the screen and folding on small ones; mixed into ``MainWindow``."""

    _compact: bool | None = None
    _panel_wanted = True

    def available_geometry(self) -> QRect:
        """The part of the window's screen that windows may use (no panels, no docks)."""
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry()

    def frame_margins(self) -> QMargins:
        """The window manager's frame around the window, or a guess before it is drawn."""
        handle = self.windowHandle()
        real = handle.frameMargins() if handle is not None and self.isVisible() else QMargins()
        return real if not real.isNull() else DECORATION_GUESS

    def fit_to_screen(self, first: bool = False) -> None:
        """Size and place the window so all of it (frame and status bar) is on the screen;
        ``first``: the size for a first start, centred."""
        if self.isMaximized() or self.isFullScreen():
            return
        available = self.available_geometry()
        if first:
            wanted = QRect(QPoint(0, 0), FIRST_SIZE)
            wanted.moveCenter(available.center())
        else:
            wanted = self.geometry()
        frame = self.frame_margins()
        target = fitted_rect(wanted, available, frame)
        self.update_layout_mode(target.width(), target.height())  # fold first: the panel's minimum goes too
        if target.size() != self.size():
            self.resize(target.size())
        frame_corner = target.topLeft() - QPoint(frame.left(), frame.top())  # move() places the frame
        if frame_corner != self.pos():
            self.move(frame_corner)

    @property
    def compact(self) -> bool:
        """True while the window is narrower than ``COMPACT_WIDTH`` (the panel is folded)."""
        return bool(self._compact)

    def panel_wanted(self) -> bool:
        """Whether the user wants the panel: what to save, whatever the width folded."""
        return self._panel_wanted if self.compact else self.actions_by_id[ActionId.TOGGLE_PANEL].isChecked()

    def give_way(self, panel_shown: bool) -> None:
        """On a narrow window, the panel unfolded and the sidebar take their narrowest useful widths
        and the text keeps the rest, so it stays at a readable measure."""
        if not (panel_shown and self.compact):
            return
        sidebar = self.sidebar.minimumWidth() if self.sidebar.isVisible() else 0
        panel = max(PANEL_NARROWEST, self.panel.minimumSizeHint().width())  # its cards' width, not less
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([sidebar, max(0, total - sidebar - panel), panel])

    def restore_panel(self, wanted: bool) -> None:
        """Show the panel as the user left it, unless the window is too narrow (then folded)."""
        self._compact = self.width() < COMPACT_WIDTH
        self._panel_wanted = wanted
        self.actions_by_id[ActionId.TOGGLE_PANEL].setChecked(wanted and not self._compact)
        self.panel.setVisible(wanted and not self._compact)
        self.status.panel_button.setVisible(self._compact)

    def update_layout_mode(self, width: int = -1, height: int = -1) -> None:
        """Fold or unfold the panel as the width crosses ``COMPACT_WIDTH``; size the headline.
        ``width`` and ``height``: the size the window is about to have (its own by default)."""
        width = width if width >= 0 else self.width()
        height = height if height >= 0 else self.height()
        compact = width < COMPACT_WIDTH
        if compact != self._compact:
            toggle = self.actions_by_id[ActionId.TOGGLE_PANEL]
            if compact:
                self._panel_wanted = toggle.isChecked()
                toggle.setChecked(False)
            elif self._compact is not None:
                toggle.setChecked(self._panel_wanted)
            self._compact = compact
            self.status.panel_button.setVisible(compact)
        self.reader.set_compact_headline(compact or height < SHORT_HEIGHT)
