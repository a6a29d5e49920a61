"""The panel on the right: Key figures, Quotes, Media contacts and Assets tabs, each built when first shown.

Each tab is a ``LazyTab`` holding nothing until it becomes visible; a new release empties
the tabs and only the visible one is rebuilt, so opening a file (and start-up) pays only
for what is on screen. The figures are a list view that paints its cards (``figures``), all in
the first frame; the other tabs' widget cards beyond the first screenful follow from the event
loop (``cards.CardList.add_in_turns``); ``page()`` gives a tab with all its cards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from ...core.model import Release
from ..qtnames import set_enum_properties

FIGURES, QUOTES, CONTACTS, ASSETS = 0, 1, 2, 3
TAB_NAMES = {"figures": FIGURES, "quotes": QUOTES, "contacts": CONTACTS, "assets": ASSETS}
_TITLES = ("Key figures", "Quotes", "Contacts", "Assets")
_SHORT_TITLES = ("Figures", "Quotes", "Contacts", "Assets")  # four tabs must fit the panel's width
_TIPS = ("key figures", "quotes", "media contacts", "photos and other files of the kit")


class LazyTab(QWidget):
    """A tab page whose content is made by ``factory`` the first time it is needed."""

    def __init__(self, factory: Callable[[], QWidget], accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.factory = factory
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.content is None:
            self.content = self.factory()
            self._layout.addWidget(self.content)
            if self.isVisible():
                # Shown now, in the frame being built: left to the layout, Qt shows it from the
                # event loop (a queued call), which repaints the whole tab and the tab bar
                # once more after the window's first frame.
                self.content.show()
        return self.content

    def reset(self) -> None:
        if self.content is not None:
            getattr(self.content, "stop", lambda: None)()  # no more cards for a release that is gone
            self.content.hide()
            self.content.deleteLater()
            self.content = None


class SidePanel(QTabWidget):
    """Figures, quotes and contacts of the release shown; emits what the window must do."""

    showFigure = Signal(object)
    showQuote = Signal(object)
    message = Signal(str)
    openAsset = Signal(object)  # a document of the kit to read as the release

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.setAccessibleName("Figures, quotes, contacts and assets")
        self.setDocumentMode(True)
        self.setUsesScrollButtons(False)
        set_enum_properties(self, elideMode="ElideRight")  # a narrow panel shortens the tabs' names, never hides a tab
        self.tabBar().setAccessibleName("Panel tabs: key figures, quotes, media contacts, assets")
        self.release: Release | None = None
        self.region: str | None = None
        self.folder: Path | None = None
        self._floor: int | None = None  # the panel's own minimum width, before tabs widened it
        self.pages = [
            LazyTab(self._make_figures, "Key figures", self),
            LazyTab(self._make_quotes, "Quotes", self),
            LazyTab(self._make_contacts, "Media contacts", self),
            LazyTab(self._make_assets, "Assets", self),
        ]
        for page, title in zip(self.pages, _TITLES):
            self.addTab(page, title)
        self.currentChanged.connect(self._build_current)
        self.currentChanged.connect(self.mark_current_tab)
        self.mark_current_tab()

    def set_release(self, release: Release, region: str | None, folder: Path | None) -> None:
        self.release, self.region, self.folder = release, region, folder
        for page in self.pages:
            page.reset()
        counts = (len(release.figures), len(release.quotes), len(release.contacts), len(release.assets))
        kit = bool(release.assets)  # the Assets tab is there for a kit's release only
        if not kit and self.currentIndex() == ASSETS:
            self.setCurrentIndex(FIGURES)
        self.setTabVisible(ASSETS, kit)
        font = QFont(self.font())  # four tabs must fit the panel: a kit's tab bar is a point smaller
        if kit:
            font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
        self.tabBar().setFont(font)
        for index, (title, count) in enumerate(zip(_SHORT_TITLES if kit else _TITLES, counts)):
            # four tabs with counts would be cut to "Figures (…": a kit's tabs give the count in
            # their tooltip (the sidebar lists it too)
            self.setTabText(index, title if kit else f"{title} ({count})")
            self.setTabToolTip(index, f"{count} {_TIPS[index]}")
        self._fit_tabs(kit)
        if self.isVisible():
            self._build_current(self.currentIndex())

    def _fit_tabs(self, kit: bool) -> None:
        """With a kit's four tabs the panel is never narrower than their names need, so Qt never
        cuts one to "Quot…" (the window's own minimum, set once, stays the floor otherwise)."""
        if self._floor is None:
            self._floor = self.minimumWidth()
        if not kit:
            self.setMinimumWidth(self._floor)
            return
        bar = self.tabBar()
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
        self.setMinimumWidth(max(self._floor, needed + 2))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._build_current(self.currentIndex())

    def mark_current_tab(self, _index: int = 0) -> None:
        """Quieter text on the other tabs, so the current one stands out in both themes (the
        window calls this again when the theme changes the palette). The application's palette,
        not the widget's: before the event loop runs, a theme set at start reaches the widgets'
        own palettes only later, and the tabs kept Qt's default black on the dark bar."""
        palette = QApplication.palette()
        for index in range(self.count()):
            role = QPalette.ColorRole.WindowText if index == self.currentIndex() else QPalette.ColorRole.PlaceholderText
            self.tabBar().setTabTextColor(index, palette.color(role))

    def _build_current(self, index: int) -> None:
        if self.release is not None and 0 <= index < len(self.pages):
            self.pages[index].ensure_built()

    def page(self, index: int) -> QWidget | None:
        """The built content of tab ``index`` (building it, every card of it, if a release is shown)."""
        if self.release is None:
            return None
        content = self.pages[index].ensure_built()
        getattr(content, "finish", lambda: None)()
        return content

    def show_tab(self, name: str) -> None:
        self.setCurrentIndex(TAB_NAMES[name])

    # --- factories ------------------------------------------------------------------------
    def _make_figures(self) -> QWidget:
        from .figures import FiguresTab

        tab = FiguresTab(self.release, self)
        tab.showRequested.connect(self.showFigure)
        return tab

    def _make_quotes(self) -> QWidget:
        from .quotes import QuotesTab

        tab = QuotesTab(self.release.quotes, self)
        tab.showRequested.connect(self.showQuote)
        return tab

    def _make_contacts(self) -> QWidget:
        from .contacts import ContactsTab

        tab = ContactsTab(self.release.contacts, self.region, self)
        if self.folder is not None:
            tab.folder = str(self.folder)
        tab.message.connect(self.message)
        return tab

    def _make_assets(self) -> QWidget:
        from .assets import AssetsTab

        tab = AssetsTab(self.release, self)
        tab.message.connect(self.message)
        tab.openRequested.connect(self.openAsset)
        return tab
