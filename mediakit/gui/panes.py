"""The window's panes for F6 / Shift+F6: sections, find, text, panel, in that order.

As in browsers and mail readers, F6 moves the keyboard from one part of the window to the
next (Shift+F6 back), skipping parts that are hidden; Tab keeps moving inside a part. Each
pane says where the keyboard lands in it (the sections tree, the find field, the text,
the current tab's list), so a pane is one key away wherever the focus is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import QWidget


class Pane(NamedTuple):
    area: QWidget | None  # None: a pane not made yet (the find bar before Ctrl+F)
    target: Callable[[], QWidget | None]  # where the keyboard lands in it


def takes_tab_focus(widget: QWidget) -> bool:
    from PySide6.QtCore import Qt

    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def first_focusable(container: QWidget | None) -> QWidget | None:
    """The first widget inside ``container`` that Tab stops at (itself if it takes focus)."""
    if container is None:
        return None
    if takes_tab_focus(container):
        return container
    widget = container.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and widget is not container and id(widget) not in seen:
        seen.add(id(widget))
        if container.isAncestorOf(widget) and takes_tab_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def pane_index(panes: list[Pane], widget: QWidget | None) -> int:
    """Which pane holds ``widget`` (-1: none of them)."""
    for i, pane in enumerate(panes):
        if widget is not None and pane.area is not None and (pane.area is widget or pane.area.isAncestorOf(widget)):
            return i
    return -1


def next_pane_target(panes: list[Pane], focus: QWidget | None, step: int, start: int = 0) -> QWidget | None:
    """Where F6 (``step`` 1) or Shift+F6 (-1) takes the keyboard from ``focus``; from outside
    every pane, the search starts next to pane ``start``."""
    current = pane_index(panes, focus)
    if current < 0:
        current = start
    for offset in range(1, len(panes) + 1):
        pane = panes[(current + step * offset) % len(panes)]
        if pane.area is None or not pane.area.isVisible():
            continue
        target = pane.target()
        if target is not None and target.isVisible():
            return target
    return None


class WindowPanes:
    """F6 / Shift+F6 and the sections filter's shortcut; mixed into ``MainWindow``."""

    def panes(self) -> list[Pane]:
        find_bar = self._find_bar
        return [
            Pane(self.sidebar, lambda: self.sidebar.tree),
            Pane(find_bar, lambda: find_bar.field if find_bar is not None else None),
            Pane(self.reader, lambda: self.reader),
            Pane(self.panel, lambda: first_focusable(self.panel.currentWidget()) or self.panel.tabBar()),
        ]

    def cycle_panes(self, step: int) -> None:
        """Move the keyboard to the next visible pane (``step`` 1) or the one before (-1)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        target = next_pane_target(self.panes(), QApplication.focusWidget(), step, start=2)
        if target is not None:
            reason = Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
            target.setFocus(reason)

    def focus_section_filter(self) -> None:
        """The sections filter, shown if the sidebar was hidden, its text selected to type over."""
        from PySide6.QtCore import Qt

        from .actions import ActionId

        self.actions_by_id[ActionId.TOGGLE_SIDEBAR].setChecked(True)
        self.sidebar.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sidebar.filter_field.selectAll()
