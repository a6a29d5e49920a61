"""Light and dark themes: Fusion with a hand-tuned palette, following the system by default.

``ThemeManager`` watches ``QStyleHints.colorSchemeChanged`` (Qt 6.5+) while the choice is
"system", applies the palette, and hands out the colours the reader's CSS, the find
highlights and the icons need, so all of them stay readable in both themes.

The first frame does not ask ``QStyleHints.colorScheme()``: its answer is a ``Qt.ColorScheme``,
and the first one PySide6 hands out builds every enum of the ``Qt`` namespace (about 10 ms,
see ``qtnames``). The window starts on the scheme the last start found (kept in the settings),
or, on a first start, on the one the platform's own palette shows (dark when its window colour
is); ``confirm_system_scheme`` asks Qt once the window is painted and follows the answer if it
differs, which happens only when the system's scheme changed while MediaKit was closed.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from . import icons
from .render import ReaderColours

THEME_CHOICES = ("system", "light", "dark")
DARK_LIGHTNESS = 128  # a window colour darker than this (HSL lightness, 0-255) is a dark palette


class ThemeColours(NamedTuple):
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    link_visited: str
    mid: str
    dark: str
    light: str
    placeholder: str
    disabled_text: str
    card: str
    card_border: str
    accent_text: str
    find_all: str
    find_current: str
    find_text: str
    jump_highlight: str
    icon: str
    reader: ReaderColours


LIGHT = ThemeColours(
    window="#f2f3f5", window_text="#1d1d1f", base="#ffffff", alternate_base="#f6f7f9", text="#1d1d1f",
    button="#e9eaee", highlight="#2f6fd6", highlighted_text="#ffffff", link="#0b57d0", link_visited="#6a3fb5",
    mid="#b9bcc2", dark="#8e9197", light="#ffffff", placeholder="#6b6f76", disabled_text="#9a9ea5",
    card="#ffffff", card_border="#d5d8dd", accent_text="#0b3d91",
    find_all="#ffe27a", find_current="#ff9f43", find_text="#1d1d1f", jump_highlight="#d6e4ff", icon="#3c4043",
    reader=ReaderColours(text="#1d1d1f", muted="#5f6368", link="#0b57d0", rule="#c9ccd1", quote_bar="#9aa0a6",
                         banner_background="#fdecea", banner_text="#8c1d18", label="#3c4043",
                         heading="#1a3e7a"),
)

DARK = ThemeColours(
    window="#1f2023", window_text="#e6e7ea", base="#16171a", alternate_base="#232529", text="#e6e7ea",
    button="#2c2e33", highlight="#3d7be0", highlighted_text="#ffffff", link="#8ab4f8", link_visited="#c4a7f5",
    mid="#45484e", dark="#101114", light="#3a3d43", placeholder="#9aa0a6", disabled_text="#6f737a",
    card="#232529", card_border="#3a3d43", accent_text="#a8c7fa",
    find_all="#6e5c12", find_current="#b5651d", find_text="#ffffff", jump_highlight="#263b5e", icon="#d5d7db",
    reader=ReaderColours(text="#e6e7ea", muted="#a5a9b0", link="#8ab4f8", rule="#45484e", quote_bar="#6f737a",
                         banner_background="#4b1f1b", banner_text="#ffd7d1", label="#c6c9ce",
                         heading="#a8c7fa"),
)


def build_palette(colours: ThemeColours) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    pairs = {
        role.Window: colours.window, role.WindowText: colours.window_text, role.Base: colours.base,
        role.AlternateBase: colours.alternate_base, role.Text: colours.text, role.Button: colours.button,
        role.ButtonText: colours.window_text, role.Highlight: colours.highlight,
        role.HighlightedText: colours.highlighted_text, role.Link: colours.link, role.LinkVisited: colours.link_visited,
        role.Mid: colours.mid, role.Dark: colours.dark, role.Light: colours.light, role.Midlight: colours.button,
        role.Shadow: "#000000", role.ToolTipBase: colours.card, role.ToolTipText: colours.text,
        role.PlaceholderText: colours.placeholder, role.BrightText: "#ff5a52",
    }
    for color_role, value in pairs.items():
        palette.setColor(color_role, QColor(value))
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, color_role, QColor(colours.disabled_text))
    palette.setColor(group.Inactive, role.Highlight, QColor(colours.highlight))
    return palette


class ThemeManager(QObject):
    """Applies the chosen theme; ``changed`` fires with the colours whenever light/dark flips."""

    changed = Signal(object)

    def __init__(self, app: QApplication, choice: str = "system"):
        super().__init__(app)
        self._app = app
        self.choice = choice if choice in THEME_CHOICES else "system"
        self.colours = LIGHT
        self.applied = False
        self.confirmed = False  # the scheme below is Qt's answer, not a guess
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)  # the platform's, before ours
        self.system_scheme = "Dark" if window.lightness() < DARK_LIGHTNESS else "Light"  # a Qt.ColorScheme name
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    @classmethod
    def instance(cls, app: QApplication | None = None) -> ThemeManager:
        """The application's one theme manager (made on first use)."""
        app = app or QApplication.instance()
        manager = app.findChild(ThemeManager, "themeManager")
        if manager is None:
            manager = cls(app)
            manager.setObjectName("themeManager")
        return manager

    @property
    def dark(self) -> bool:
        return self.colours is DARK

    def system_is_dark(self) -> bool:
        return self.system_scheme == "Dark"

    def assume_system_scheme(self, name: str) -> None:
        """Start on the scheme a previous start found (a ``Qt.ColorScheme`` name; "" keeps the guess)."""
        if name and not self.confirmed:
            self.system_scheme = name

    def confirm_system_scheme(self) -> str:
        """Ask Qt for the system's scheme, follow it if the start assumed another; its name."""
        self._system_scheme_changed(QGuiApplication.styleHints().colorScheme())
        return self.system_scheme

    def apply(self, choice: str | None = None) -> None:
        if choice is not None:
            self.choice = choice if choice in THEME_CHOICES else "system"
        dark = self.choice == "dark" or (self.choice == "system" and self.system_is_dark())
        colours = DARK if dark else LIGHT
        if self.applied and colours is self.colours:
            return
        self.colours, self.applied = colours, True
        self._app.setPalette(build_palette(colours))
        icons.set_colours(colours.icon, colours.disabled_text)
        self.changed.emit(colours)

    def _system_scheme_changed(self, scheme) -> None:  # a Qt.ColorScheme
        self.confirmed = True
        if scheme.name != self.system_scheme:
            self.system_scheme = scheme.name
            if self.choice == "system":
                self.apply()
