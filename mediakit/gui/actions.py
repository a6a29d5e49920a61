"""Every window action, declared once: its id, label, shortcut, icon and help text.

``create_actions`` makes the ``QAction``s; the window connects them by id. Shortcuts use
``QKeySequence.StandardKey`` where Qt has one, so each platform gets its own convention;
``extra`` keys are added after the platform's (Ctrl+= beside Ctrl++, F11 for full screen).
F6 / Shift+F6 move between the window's panes; Ctrl+Shift+F goes to the sections filter.
Icons are qtawesome names, set after the first paint by ``icons.apply_action_icons``.
"""

from __future__ import annotations

from enum import Enum, auto
from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

StandardKey = QKeySequence.StandardKey


class ActionId(Enum):
    OPEN = auto()
    OPEN_FOLDER = auto()
    CLOSE = auto()
    QUIT = auto()
    PRINT = auto()
    EXPORT_PDF = auto()
    EXPORT_TEXT = auto()
    CLEAR_RECENT = auto()
    COPY = auto()
    COPY_CITATION = auto()
    FIND = auto()
    FIND_NEXT = auto()
    FIND_PREVIOUS = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    TOGGLE_SIDEBAR = auto()
    TOGGLE_PANEL = auto()
    FULL_SCREEN = auto()
    THEME_SYSTEM = auto()
    THEME_LIGHT = auto()
    THEME_DARK = auto()
    SHOW_FIGURES = auto()
    SHOW_QUOTES = auto()
    SHOW_CONTACTS = auto()
    SHOW_REPAIRS = auto()
    ABOUT = auto()
    NEXT_PANE = auto()
    PREVIOUS_PANE = auto()
    FILTER_SECTIONS = auto()


class ActionSpec(NamedTuple):
    text: str
    shortcut: StandardKey | str | None = None
    icon: str | None = None
    tip: str = ""
    checkable: bool = False
    extra: tuple[str, ...] = ()


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.OPEN: ActionSpec("&Open…", StandardKey.Open, "fa6s.folder-open", "Open a release file"),
    ActionId.OPEN_FOLDER: ActionSpec("Open &Folder…", "Ctrl+Shift+O", "fa6s.folder-tree",
                                     "Open a media kit folder: its release and its photos"),
    ActionId.CLOSE: ActionSpec("&Close Window", StandardKey.Close, "fa6s.xmark", "Close this window"),
    ActionId.QUIT: ActionSpec("&Quit", StandardKey.Quit, "fa6s.power-off", "Quit MediaKit"),
    ActionId.PRINT: ActionSpec("&Print…", StandardKey.Print, "fa6s.print", "Print the release"),
    ActionId.EXPORT_PDF: ActionSpec("Export &PDF…", "Ctrl+Shift+E", "fa6s.file-pdf", "Save the release as a PDF"),
    ActionId.EXPORT_TEXT: ActionSpec("Export Plain &Text…", "Ctrl+Shift+T", "fa6s.file-lines",
                                     "Save the release as plain text"),
    ActionId.CLEAR_RECENT: ActionSpec("&Clear Recent Files", None, "fa6s.trash-can"),
    ActionId.COPY: ActionSpec("&Copy", StandardKey.Copy, "fa6s.copy", "Copy the selected text"),
    ActionId.COPY_CITATION: ActionSpec("Copy C&itation", "Ctrl+Shift+C", "fa6s.quote-right",
                                       "Copy headline, organisation, date and place"),
    ActionId.FIND: ActionSpec("&Find…", StandardKey.Find, "fa6s.magnifying-glass", "Find in the release"),
    ActionId.FIND_NEXT: ActionSpec("Find &Next", StandardKey.FindNext, "fa6s.chevron-down"),
    ActionId.FIND_PREVIOUS: ActionSpec("Find Pre&vious", StandardKey.FindPrevious, "fa6s.chevron-up"),
    ActionId.ZOOM_IN: ActionSpec("Zoom &In", StandardKey.ZoomIn, "fa6s.magnifying-glass-plus", extra=("Ctrl+=",)),
    ActionId.ZOOM_OUT: ActionSpec("Zoom &Out", StandardKey.ZoomOut, "fa6s.magnifying-glass-minus"),
    ActionId.ZOOM_RESET: ActionSpec("&Actual Size", "Ctrl+0", "fa6s.magnifying-glass"),
    ActionId.TOGGLE_SIDEBAR: ActionSpec("&Sections Sidebar", "F9", "fa6s.table-list", "Show or hide the sections",
                                        checkable=True),
    ActionId.TOGGLE_PANEL: ActionSpec("&Figures, Quotes and Contacts", "Shift+F9", "fa6s.table-columns",
                                      "Show or hide the panel", checkable=True),
    ActionId.FULL_SCREEN: ActionSpec("F&ull Screen", StandardKey.FullScreen, "fa6s.expand", checkable=True,
                                     extra=("F11",)),
    ActionId.THEME_SYSTEM: ActionSpec("Follow &System", None, None, "Light or dark as the system is", True),
    ActionId.THEME_LIGHT: ActionSpec("&Light", None, None, "Always light", True),
    ActionId.THEME_DARK: ActionSpec("&Dark", None, None, "Always dark", True),
    ActionId.SHOW_FIGURES: ActionSpec("Key &Figures", "Alt+1", "fa6s.chart-simple"),
    ActionId.SHOW_QUOTES: ActionSpec("&Quotes", "Alt+2", "fa6s.quote-left"),
    ActionId.SHOW_CONTACTS: ActionSpec("Media &Contacts", "Alt+3", "fa6s.address-card"),
    ActionId.SHOW_REPAIRS: ActionSpec("&Repairs Made…", None, "fa6s.screwdriver-wrench",
                                      "What the reader repaired in this file"),
    ActionId.ABOUT: ActionSpec("&About MediaKit", None, "fa6s.circle-info", "Version and licences"),
    ActionId.NEXT_PANE: ActionSpec("Ne&xt Pane", "F6", None, "Move to the next part of the window"),
    ActionId.PREVIOUS_PANE: ActionSpec("Pre&vious Pane", "Shift+F6", None, "Move to the part of the window before"),
    ActionId.FILTER_SECTIONS: ActionSpec("Filter &Sections…", "Ctrl+Shift+F", "fa6s.filter",
                                         "Type to filter the sections sidebar"),
}


def _key_sequences(shortcut: StandardKey | str | None, extra: tuple[str, ...] = ()) -> list[QKeySequence]:
    """The platform's keys for ``shortcut``, then each ``extra`` key the platform does not have."""
    if shortcut is None:
        keys: list[QKeySequence] = []
    elif isinstance(shortcut, str):
        keys = [QKeySequence(shortcut)]
    else:
        keys = list(QKeySequence.keyBindings(shortcut))
    for key in map(QKeySequence, extra):
        if key not in keys:
            keys.append(key)
    return keys


def text_action(text: str, parent: QObject) -> QAction:
    """A ``QAction`` with ``text``. Not ``QAction(text, parent)``: to rule out the overload that
    takes an icon, PySide6 would build the QIcon class and its enums before the window is up."""
    action = QAction(parent)
    action.setText(text)
    return action


def create_actions(parent: QObject) -> dict[ActionId, QAction]:
    """One ``QAction`` per id, parented to ``parent`` (the window, so shortcuts work in it)."""
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in SPECS.items():
        action = text_action(spec.text, parent)
        action.setObjectName(f"action_{action_id.name.lower()}")
        action.setShortcuts(_key_sequences(spec.shortcut, spec.extra))
        tip = spec.tip or spec.text.replace("&", "").rstrip("…")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        actions[action_id] = action
    group = QActionGroup(parent)
    for action_id in (ActionId.THEME_SYSTEM, ActionId.THEME_LIGHT, ActionId.THEME_DARK):
        group.addAction(actions[action_id])
    return actions
