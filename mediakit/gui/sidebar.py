"""The sections sidebar: a filterable tree of the headline, the sections and the panel's parts.

The tree is a ``QTreeView`` over a ``QStandardItemModel`` behind a recursive
``QSortFilterProxyModel``. Each item carries where it leads: a release block (the reader
scrolls there) or a panel tab (figures, quotes, contacts). ``select_block`` follows the
reader's scrolling without feeding back into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, QSortFilterProxyModel, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Release, Section
from . import clipboard, icons
from .actions import text_action
from .fonts import with_symbol_fallbacks
from .qtnames import USER_ROLE, set_enum_properties
from .texts import section_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

BLOCK_ROLE = USER_ROLE + 1
PANEL_ROLE = USER_ROLE + 2
SECTION_ROLE = USER_ROLE + 3

PANEL_FIGURES, PANEL_QUOTES, PANEL_CONTACTS, PANEL_ASSETS = "figures", "quotes", "contacts", "assets"
PANEL_ICONS = {PANEL_FIGURES: "fa6s.chart-simple", PANEL_QUOTES: "fa6s.quote-left", PANEL_CONTACTS: "fa6s.address-card",
               PANEL_ASSETS: "fa6s.images"}
ROW_PADDING = 6


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the default, so entries are easy to hit and to read."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt override
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


class SectionTree(QTreeView):
    """The tree itself; Enter on an item activates it like a click."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.clicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FilterField(QLineEdit):
    """The sections filter; Esc clears it (and, when it is already empty, leaves it alone)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class Sidebar(QWidget):
    """Emits ``blockRequested(index)`` or ``panelRequested(name)`` when an entry is chosen."""

    blockRequested = Signal(int)
    panelRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName("Sections")
        self.release: Release | None = None
        self._sections: list[Section] = []
        self._following = False

        self.filter_field = FilterField(self)
        self.filter_field.setObjectName("sectionFilter")
        self.filter_field.setAccessibleName("Filter sections")
        self.filter_field.setPlaceholderText("Filter sections")
        self.filter_field.setToolTip("Filter sections (Ctrl+Shift+F); Esc clears")
        self.no_match = QLabel("No section matches", self)
        self.no_match.setObjectName("noSectionMatches")
        self.no_match.setWordWrap(True)
        self.no_match.setContentsMargins(4, 2, 4, 2)
        self.no_match.hide()

        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        set_enum_properties(self.proxy, filterCaseSensitivity="CaseInsensitive")

        self.tree = SectionTree(self)
        self.tree.setObjectName("sectionTree")
        self.tree.setAccessibleName("Sections of the release")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        set_enum_properties(self.tree, textElideMode="ElideRight", contextMenuPolicy="CustomContextMenu")
        self.tree.setIndentation(14)
        self.tree.setItemDelegate(RoomyDelegate(self.tree))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.no_match)
        layout.addWidget(self.tree, 1)
        self.setTabOrder(self.filter_field, self.tree)

        self.filter_field.textChanged.connect(self._filter)
        self.tree.clicked.connect(self._activated)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.copy_action = text_action("Copy Section Text", self)
        self.copy_action.triggered.connect(self.copy_current_section)
        self.expand_action = text_action("Expand All", self)
        self.expand_action.triggered.connect(self.tree.expandAll)
        self.collapse_action = text_action("Collapse All", self)
        self.collapse_action.triggered.connect(self.tree.collapseAll)

    # --- content ------------------------------------------------------------------------------
    def set_release(self, release: Release) -> None:
        self.release = release
        # Rebuilt behind the proxy: the proxy and the tree then take in the new rows once,
        # instead of following the clear and every row (60 ms for 800 sections).
        self.proxy.setSourceModel(None)
        self.model.clear()
        root = self.model.invisibleRootItem()
        title_block = next((b.index for b in release.blocks if b.role == "title"), -1)
        first = next((b.index for b in release.blocks if b.role not in ("chrome", "front")), 0)
        overview = self._item(release.title, block=title_block if title_block >= 0 else first)
        overview.setToolTip(release.title)
        bold = with_symbol_fallbacks(self.tree.font())
        bold.setBold(True)
        overview.setFont(bold)
        root.appendRow(overview)
        for section in release.sections:
            root.appendRow(self._section_item(section))
        root.appendRow(self._item(f"Key figures ({len(release.figures)})", panel=PANEL_FIGURES))
        root.appendRow(self._item(f"Quotes ({len(release.quotes)})", panel=PANEL_QUOTES))
        contacts_block = next((b.index for b in release.blocks if b.role in ("contact_heading", "contact")), -1)
        root.appendRow(self._item(f"Media contacts ({len(release.contacts)})", panel=PANEL_CONTACTS,
                                  block=contacts_block))
        if release.assets:  # a kit's photos and other files: the panel's Assets tab
            root.appendRow(self._item(f"Photos and files ({len(release.assets)})", panel=PANEL_ASSETS))
        self.proxy.setSourceModel(self.model)
        self.tree.expandAll()
        self._filter(self.filter_field.text())

    def _item(self, text: str, block: int = -1, panel: str | None = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(block, BLOCK_ROLE)
        item.setData(panel, PANEL_ROLE)
        item.setToolTip(text)
        if panel:
            icons.bind(item, PANEL_ICONS[panel])
        return item

    def _section_item(self, section: Section) -> QStandardItem:
        item = self._item(section.title, block=section.block)
        item.setData(section.anchor, SECTION_ROLE)
        for child in section.children:
            item.appendRow(self._section_item(child))
        return item

    def titles(self) -> list[str]:
        """Every entry's text in display order (depth first), for tests and accessibility."""
        out: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                out.append(index.data())
                walk(index)

        walk(QModelIndex())
        return out

    def index_for_text(self, text: str) -> QModelIndex:
        from PySide6.QtCore import Qt

        matches = self.proxy.match(self.proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, text, 1,
                                   Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return matches[0] if matches else QModelIndex()

    # --- interaction ------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        if text and not self.filter_field.isClearButtonEnabled():
            # Enabled with the first text, the only time it shows: loading its icon would
            # otherwise cost every start about 4 ms before the window is up.
            self.filter_field.setClearButtonEnabled(True)
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()
        self.no_match.setVisible(bool(text.strip()) and self.proxy.rowCount() == 0)

    def _activated(self, index: QModelIndex) -> None:
        panel = index.data(PANEL_ROLE)
        block = index.data(BLOCK_ROLE)
        if panel:
            self.panelRequested.emit(panel)
        if block is not None and block >= 0:
            self.blockRequested.emit(block)

    def select_block(self, block: int) -> None:
        """Highlight the section containing ``block`` as the reader scrolls (no scroll back)."""
        if self.release is None or block < 0:
            return
        best = QModelIndex()
        best_block = -1

        def walk(parent: QModelIndex) -> None:
            nonlocal best, best_block
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                start = index.data(BLOCK_ROLE)
                if index.data(PANEL_ROLE) is None and start is not None and best_block < start <= block:
                    best, best_block = index, start
                walk(index)

        walk(QModelIndex())
        if best.isValid() and best != self.tree.currentIndex():
            self.tree.setCurrentIndex(best)
            self.tree.scrollTo(best)

    def current_section(self) -> Section | None:
        anchor = self.tree.currentIndex().data(SECTION_ROLE)
        if self.release is None or not anchor:
            return None
        return next((s for s in self.release.all_sections() if s.anchor == anchor), None)

    def copy_current_section(self) -> None:
        section = self.current_section()
        if section is not None:
            clipboard.copy_text(section_text(section), "Section text")

    def _context_menu(self, pos) -> None:
        self.context_menu_at(pos).popup(self.tree.viewport().mapToGlobal(pos))

    def context_menu_at(self, pos) -> QMenu:
        """The menu for the entry at ``pos`` (viewport coordinates), not yet shown."""
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.copy_action.setEnabled(self.current_section() is not None)
        from PySide6.QtCore import Qt

        menu = QMenu(self)
        menu.setObjectName("sectionsMenu")
        menu.setAccessibleName("Sections menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addAction(self.expand_action)
        menu.addAction(self.collapse_action)
        return menu
