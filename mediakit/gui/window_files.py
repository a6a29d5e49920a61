"""The window's files: where it was left (state, reading positions), opening, Open Recent.

On a start with no file named, the release shown last is reopened where it was left
(``reopen_last``); the built-in release is shown on a first start. Open Recent lists
files, kits and folders alike.

``WindowFiles`` is a part of ``MainWindow``: it restores and saves the window's state
through the settings store, opens files through the loader and fills the recent menu.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QTimer

from ..core.loading import same_block
from ..core.model import Release
from . import settings as S
from .actions import ActionId
from .window_output import dialogs_module

DEFAULT_KEY = ":default:"
DEFAULT_SPLIT = (270, 740, 340)
THEME_ACTIONS = {"system": ActionId.THEME_SYSTEM, "light": ActionId.THEME_LIGHT, "dark": ActionId.THEME_DARK}


class WindowFiles:
    """State, opening and recent files; mixed into ``MainWindow``."""

    # --- state ----------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        store, a = self.store, self.actions_by_id
        geometry = store.get(S.GEOMETRY)
        self.panel.setVisible(False)  # its minimum width would widen a narrow window being restored
        restored = bool(geometry) and self.restoreGeometry(QByteArray(geometry))
        if not restored:
            self.fit_to_screen(first=True)
        sizes = [s for s in store.get(S.SPLITTER) if isinstance(s, int) and s > 0]
        self.splitter.setSizes(sizes if len(sizes) == 3 else list(DEFAULT_SPLIT))
        a[ActionId.TOGGLE_SIDEBAR].setChecked(store.get(S.SIDEBAR_VISIBLE))
        self.sidebar.setVisible(store.get(S.SIDEBAR_VISIBLE))
        self.restore_panel(store.get(S.PANEL_VISIBLE))  # folded if the window is narrow
        self.panel.setCurrentIndex(store.get(S.PANEL_TAB))
        if restored:
            self.fit_to_screen()  # a geometry saved on a bigger screen is brought in
        self.reader.set_zoom(store.get(S.ZOOM))
        choice = store.get(S.THEME)
        a[THEME_ACTIONS[choice]].setChecked(True)
        self.theme.assume_system_scheme(store.get(S.SYSTEM_SCHEME))  # confirmed once painted (finish_start_up)
        self.theme.apply(choice)  # does nothing when that theme is already on
        self._apply_colours(self.theme.colours)
        if store.notice:
            self.status.showMessage(store.notice, 15000)

    def save_state(self) -> None:
        store = self.store
        self._remember_position()
        store.set(S.GEOMETRY, bytes(self.saveGeometry().data()))
        sizes = self.splitter.sizes()
        store.set(S.SPLITTER, [size if size > 0 else DEFAULT_SPLIT[i] for i, size in enumerate(sizes)])
        store.set(S.SIDEBAR_VISIBLE, self.actions_by_id[ActionId.TOGGLE_SIDEBAR].isChecked())
        store.set(S.PANEL_VISIBLE, self.panel_wanted())  # not the fold of a narrow window
        store.set(S.PANEL_TAB, self.panel.currentIndex())
        store.set(S.ZOOM, self.reader.zoom)
        store.set(S.THEME, self.theme.choice)
        if self.theme.confirmed:
            store.set(S.SYSTEM_SCHEME, self.theme.system_scheme)
        store.sync()

    def _position_key(self) -> str:
        return self.path or DEFAULT_KEY

    def _remember_position(self) -> None:
        if self.release is not None:
            self.store.set_position(self._position_key(), self.reader.top_block())


    def ask_open(self) -> None:
        folder = self.store.get(S.LAST_FOLDER) or str(Path.home())
        self._keep(dialogs_module().ask_open_path(self, folder, self.open_path))

    def open_path(self, path: str, background: bool | None = None) -> None:
        """Open ``path``; on failure the release on display stays and a dialog says why.
        ``background``: read on the loader's worker thread (None: the loader decides)."""
        self.loader.load(str(Path(path).expanduser().absolute()), background)

    def _settle_opened(self, release: Release, path: str | None, provisional: bool, following: str | None,
                       first: Release | None, anchor: tuple[int, int]) -> None:
        """After ``show_release``: where the reader goes, what is remembered. A long PDF's first
        pages (``provisional``) say so in the status bar; its whole release (``first``: those
        pages' release) keeps the place read to meanwhile (``anchor``, ``ReaderView.view_anchor``)."""
        if provisional:
            self.status.showMessage("Showing the first pages; reading the rest of the document…")
        else:
            if following is not None:
                self.status.clearMessage()
            self.store.set(S.LAST_RELEASE, path or "")
            if path:
                self.store.add_recent_file(path)
                self.store.set(S.LAST_FOLDER, str(Path(path).parent))
        if first is not None:
            self.reader.show_anchor(same_block(first, release, anchor[0]), anchor[1])
            return
        self._pending_position = self.store.position(self._position_key())
        if self.isVisible():
            QTimer.singleShot(0, self._restore_position)

    def show_default_release(self, release: Release | None = None) -> None:
        """Show the built-in release (``release``, when it was already read, is that one)."""
        if release is None:
            from ..core.loading import open_default_release

            release = open_default_release(self.loader.cache)
        self.show_release(release, None)

    def _restore_position(self) -> None:
        position, self._pending_position = self._pending_position, -1
        if position > 0:
            self.reader.scroll_to_block(position)

    def reopen_last(self) -> bool:
        """Open the release on show when MediaKit last closed, at its last position (as
        ``show_release`` restores it). False on a first start, when that was the built-in
        release, or when it is gone (said in the status bar)."""
        last = self.store.get(S.LAST_RELEASE)
        if not last:
            return False
        self.store.set(S.LAST_RELEASE, "")  # set again once it opens: a file that fails is not retried
        if not os.path.exists(last):
            self.status.showMessage(f"The release open last time, {Path(last).name}, is no longer there.", 10000)
            return False
        self.open_path(last)
        return True

    def _open_failed(self, path: str, message: str, deferred: bool = False) -> None:
        if not self.isVisible() and not deferred:  # at start-up: say it once the window is on screen
            QTimer.singleShot(0, self, lambda: self._open_failed(path, message, True))
            return
        self._keep(dialogs_module().show_error(self, "Could not open the file",
                                      f"MediaKit could not open “{Path(path).name}”.", message))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files, dropped = self.store.recent_files()
        if dropped:
            names = ", ".join(Path(f).name for f in dropped)
            self.status.showMessage(f"Removed from Open Recent (no longer there): {names}", 8000)
        for number, path in enumerate(files, start=1):
            name = Path(path).name + ("/" if os.path.isdir(path) else "")  # a kit's folder shows as one
            action = self.recent_menu.addAction(f"&{number % 10} {name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction("No recent files").setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.actions_by_id[ActionId.CLEAR_RECENT])

