"""The main window: sections on the left, the release in the middle, figures/quotes/contacts on the right.

It only wires the parts together: the core gives a ``Release``; ``render`` turns it into
HTML once; the reader, sidebar, panel and status bar each show their part of it; actions
come from ``actions``, copies go through ``clipboard``, state lives in ``settings``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QSplitter, QVBoxLayout, QWidget

from .. import APP_NAME
from ..core.model import Figure, Quote, Release
from . import clipboard, icons
from . import settings as S
from .actions import SPECS, ActionId, create_actions
from .loader import ReleaseLoader
from .panels import SidePanel
from .panes import WindowPanes
from .reader import PreparedDocument, ReaderView, build_document
from .render import ReaderColours, render_release, stylesheet
from .sidebar import Sidebar
from .statusbar import ReleaseStatusBar
from .texts import citation, figure_sentence, quote_text_only, word_count
from .theme import ThemeColours, ThemeManager
from .window_files import DEFAULT_KEY, DEFAULT_SPLIT, THEME_ACTIONS, WindowFiles, dialogs_module  # noqa: F401 - importable from here
from .window_layout import WindowLayout
from .window_output import WindowOutput

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent

    from .findbar import FindBar

ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 10, 50, 300


class _Prepared(NamedTuple):
    """What a background load prepared for the window (see ``MainWindow._release_preparer``)."""

    colours: ReaderColours
    document: PreparedDocument
    words: int


class MainWindow(WindowFiles, WindowLayout, WindowPanes, WindowOutput, QMainWindow):
    """One window showing one release at a time."""

    def __init__(self, store: S.SettingsStore | None = None, theme: ThemeManager | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.store = store or S.SettingsStore()
        self.theme = theme or ThemeManager.instance()
        self.release: Release | None = None
        self.path: str | None = None
        self._pending_position = -1
        self._dialogs: list = []
        self._rendered_colours: ThemeColours | None = None
        self._shown_once = False
        self._first_pages_of: str | None = None  # the path whose first pages are shown, the rest being read

        self.actions_by_id = create_actions(self)
        self.sidebar = Sidebar(self)
        self.reader = ReaderView(self)
        self._find_bar = None  # made on first use (Ctrl+F)
        self.panel = SidePanel(self)
        self.status = ReleaseStatusBar(self)
        self.setStatusBar(self.status)
        self.loader = ReleaseLoader(self)
        self.loader.preparer = self._release_preparer

        column = QWidget(self)
        column.setObjectName("readerColumn")
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        column_layout.addWidget(self.reader, 1)
        self._column_layout = column_layout
        self.splitter = QSplitter()  # horizontal, Qt's default; the window adopts it below
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.sidebar, column, self.panel):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.sidebar.setMinimumWidth(160)
        self.panel.setMinimumWidth(260)
        column.setMinimumWidth(360)
        self.setCentralWidget(self.splitter)
        self.status.follow_panel_action(self.actions_by_id[ActionId.TOGGLE_PANEL])

        self._build_menus()
        self._connect()
        self._wire_kits()
        self._restore_state()
        self._set_tab_order()

    # --- building ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions_by_id
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(a[ActionId.OPEN])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_menu(file_menu, None, ActionId.PRINT, ActionId.EXPORT_PDF, ActionId.EXPORT_TEXT, None,
                        ActionId.CLOSE, ActionId.QUIT)
        self._fill_menu(bar.addMenu("&Edit"), ActionId.COPY, ActionId.COPY_CITATION, None, ActionId.FIND,
                        ActionId.FIND_NEXT, ActionId.FIND_PREVIOUS, ActionId.FILTER_SECTIONS)
        view_menu = bar.addMenu("&View")
        self._fill_menu(view_menu, ActionId.TOGGLE_SIDEBAR, ActionId.TOGGLE_PANEL, None, ActionId.SHOW_FIGURES,
                        ActionId.SHOW_QUOTES, ActionId.SHOW_CONTACTS, None, ActionId.ZOOM_IN, ActionId.ZOOM_OUT,
                        ActionId.ZOOM_RESET, None)
        self._fill_menu(view_menu.addMenu("&Theme"), ActionId.THEME_SYSTEM, ActionId.THEME_LIGHT, ActionId.THEME_DARK)
        self._fill_menu(view_menu, None, ActionId.FULL_SCREEN, None, ActionId.NEXT_PANE, ActionId.PREVIOUS_PANE)
        self._fill_menu(bar.addMenu("&Help"), ActionId.SHOW_REPAIRS, ActionId.ABOUT)
        for action_id, action in a.items():
            self.addAction(action)  # shortcuts work even with the menu bar hidden
            icons.bind(action, SPECS[action_id].icon)

    def _fill_menu(self, menu, *action_ids: ActionId | None) -> None:
        """Add the actions in order; ``None`` is a separator."""
        for action_id in action_ids:
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions_by_id[action_id])

    def _connect(self) -> None:
        a = self.actions_by_id
        handlers = {
            ActionId.OPEN: self.ask_open, ActionId.CLOSE: self.close, ActionId.QUIT: QApplication.closeAllWindows,
            ActionId.PRINT: self.print_release, ActionId.EXPORT_PDF: self.ask_export_pdf,
            ActionId.EXPORT_TEXT: self.ask_export_text, ActionId.CLEAR_RECENT: self.store.clear_recent_files,
            ActionId.COPY: self.copy_selection, ActionId.COPY_CITATION: self.copy_citation,
            ActionId.FIND: lambda: self.find_bar.open_bar(), ActionId.FIND_NEXT: lambda: self.find_bar.find_next(),
            ActionId.FIND_PREVIOUS: lambda: self.find_bar.find_previous(),
            ActionId.ZOOM_IN: lambda: self.zoom_by(1), ActionId.ZOOM_OUT: lambda: self.zoom_by(-1),
            ActionId.ZOOM_RESET: lambda: self.set_zoom(100),
            ActionId.SHOW_FIGURES: lambda: self.show_panel("figures"),
            ActionId.SHOW_QUOTES: lambda: self.show_panel("quotes"),
            ActionId.SHOW_CONTACTS: lambda: self.show_panel("contacts"),
            ActionId.SHOW_REPAIRS: self.show_repairs, ActionId.ABOUT: self.show_about,
            ActionId.NEXT_PANE: lambda: self.cycle_panes(1), ActionId.PREVIOUS_PANE: lambda: self.cycle_panes(-1),
            ActionId.FILTER_SECTIONS: self.focus_section_filter,
        }
        for choice, action_id in THEME_ACTIONS.items():
            handlers[action_id] = lambda _checked=False, c=choice: self.set_theme(c)
        for action_id, handler in handlers.items():
            a[action_id].triggered.connect(handler)
        for action in a.values():  # a "Show" highlight lasts until the next thing the user does
            action.triggered.connect(lambda _checked=False: self.reader.clear_jump())
        self.sidebar.blockRequested.connect(lambda _block: self.reader.clear_jump())
        a[ActionId.TOGGLE_SIDEBAR].toggled.connect(self.sidebar.setVisible)
        a[ActionId.TOGGLE_PANEL].toggled.connect(self.panel.setVisible)
        a[ActionId.TOGGLE_PANEL].toggled.connect(self.give_way)  # after the panel is shown
        a[ActionId.FULL_SCREEN].toggled.connect(self.set_full_screen)
        self.sidebar.blockRequested.connect(self.reader.scroll_to_block)
        self.sidebar.panelRequested.connect(self.show_panel)
        self.reader.topBlockChanged.connect(self.sidebar.select_block)
        self.reader.zoomRequested.connect(self.zoom_by)
        self.reader.openReleaseRequested.connect(self.open_path)
        self.reader.fragmentRequested.connect(self.go_to_fragment)
        self.reader.linkRefused.connect(lambda url: self.status.showMessage(f"Link not opened: {url}", 4000))
        self.reader.highlighted.connect(lambda url: self.status.showMessage(url.toString(), 3000))
        self.reader.linkMessage.connect(lambda text: self.status.showMessage(text, 5000))
        self.reader.escapePressed.connect(self._escape_in_reader)
        self.panel.showFigure.connect(self.show_figure)
        self.panel.showQuote.connect(self.show_quote)
        self.panel.message.connect(lambda text: self.status.showMessage(text, 5000))
        self.status.repairsRequested.connect(self.show_repairs)
        self.loader.loaded.connect(self.show_release)
        self.loader.provisional.connect(lambda release, path: self.show_release(release, path, provisional=True))
        self.loader.failed.connect(self._open_failed)
        self.theme.changed.connect(self._theme_changed)
        clipboard.notifier().copied.connect(self._copied)

    def _set_tab_order(self) -> None:
        chain = [self.sidebar.filter_field, self.sidebar.tree, self.reader, self.panel]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    @property
    def find_bar(self) -> FindBar:
        """The find bar over the reader, made the first time it is needed."""
        if self._find_bar is None:
            from .findbar import FindBar

            bar = FindBar(self.reader, self)
            self._column_layout.insertWidget(0, bar)
            colours = self.theme.colours
            bar.set_colours(colours.find_all, colours.find_current, colours.find_text)
            self.setTabOrder(self.sidebar.tree, bar.field)
            self.setTabOrder(bar.field, self.reader)
            bar.release = self.release
            bar.otherHitChosen.connect(self._show_hit)
            self._find_bar = bar
        return self._find_bar

    # --- opening ----------------------------------------------------------------------------------
    def _wire_kits(self) -> None:
        """Media kits: File ▸ Open Folder… below Open, and the Assets tab's "Read" opening a kit's document."""
        action = self.actions_by_id[ActionId.OPEN_FOLDER]
        self.recent_menu.parentWidget().insertAction(self.recent_menu.menuAction(), action)
        action.triggered.connect(lambda: self._keep(dialogs_module().ask_open_folder(
            self, self.store.get(S.LAST_FOLDER) or str(Path.home()), self.open_path)))
        self.panel.openAsset.connect(lambda asset: self.loader.load(asset.origin, member=asset.member))

    def _release_preparer(self):
        """For a file read in the background: the worker also renders the release, builds the
        reader's document and counts the words, so showing it keeps the window responsive."""
        colours = self.theme.colours.reader
        recipe = self.reader.document_recipe(stylesheet(colours))

        def prepare(release: Release) -> _Prepared:
            return _Prepared(colours, build_document(recipe, render_release(release, colours)), word_count(release))

        return prepare

    def show_release(self, release: Release, path: str | None, provisional: bool = False) -> None:
        """Show ``release``; ``provisional``: a long PDF's first pages, its whole release to follow,
        which then keeps the place the reader has scrolled to meanwhile."""
        following = self._first_pages_of  # a path whose first pages are on screen
        first = self.release if following is not None and following == path else None
        anchor = self.reader.view_anchor() if first is not None else (-1, 0)
        if first is None:
            self._remember_position()
        self._first_pages_of = path if provisional else None
        self.release, self.path = release, path
        folder = Path(path).parent if path else None
        if release.kit_path is not None:  # a kit's release shows images of its own folder in the kit; a zip's, none
            kit = Path(release.kit_path)
            folder = (kit / (release.kit_release or "")).parent if kit.is_dir() else None
        self._rendered_colours = self.theme.colours
        prepared = self.loader.take_prepared(release)
        if prepared is not None and prepared.colours == self.theme.colours.reader:
            self.reader.show_prepared(prepared.document, folder)
        else:
            self.reader.show_html(render_release(release, self.theme.colours.reader), folder,
                                  stylesheet(self.theme.colours.reader))
        self.sidebar.set_release(release)
        self.sidebar.select_block(max(0, self.reader.top_block()))
        self.panel.set_release(release, release.region, folder)
        self.status.show_release(release, Path(path).name if path else "",
                                 prepared.words if prepared is not None else None)
        self._mark_dead_links()
        if self._find_bar is not None:
            self._find_bar.release = release
            self._find_bar.refresh()
        self.setWindowTitle(f"{release.title} — {APP_NAME}")
        self.setWindowFilePath(path or "")
        self._settle_opened(release, path, provisional, following, first, anchor)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        local = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if local:
            event.acceptProposedAction()
            self.open_path(local[0])

    # --- reading ------------------------------------------------------------------------------------
    def _show_hit(self, hit) -> None:
        """A row of the find list outside the text: the section, figure, quote or contact it names."""
        if hit.kind == "section":
            self.reader.highlight_block(hit.target)
        elif hit.kind == "figure":
            self.show_panel("figures")
            self.show_figure(hit.target)
        elif hit.kind == "quote":
            self.show_panel("quotes")
            self.show_quote(hit.target)
        elif hit.kind == "contact":
            self.show_panel("contacts")

    def _escape_in_reader(self) -> None:
        if self._find_bar is not None and self._find_bar.isVisible():
            self._find_bar.close_bar()

    def show_panel(self, name: str) -> None:
        self.actions_by_id[ActionId.TOGGLE_PANEL].setChecked(True)
        self.panel.show_tab(name)

    def go_to_fragment(self, fragment: str) -> None:
        """An in-page link: a section's anchor (as the core named it), else a named place in the text."""
        sections = self.release.all_sections() if self.release is not None else []
        section = next((s for s in sections if s.anchor == fragment), None)
        if section is not None and section.block >= 0:
            self.reader.scroll_to_block(section.block)
        else:
            self.reader.scrollToAnchor(fragment)

    def show_figure(self, figure: Figure) -> None:
        """Scroll to the figure's sentence and highlight it (the figure alone if the sentence is not found)."""
        if self.release is None:
            return
        block_text = self.reader.document().findBlock(self.reader.block_position(figure.block)).text()
        sentence = figure_sentence(figure, self.release)
        phrase = sentence if sentence and sentence in block_text else figure.text
        self.reader.highlight_block(figure.block, phrase)

    def show_quote(self, quote: Quote) -> None:
        words = quote_text_only(quote)
        block_text = self.reader.document().findBlock(self.reader.block_position(quote.block)).text()
        self.reader.highlight_block(quote.block, words if words in block_text else None)

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self.reader.zoom + steps * ZOOM_STEP)

    def set_zoom(self, percent: int) -> None:
        percent = max(ZOOM_MIN, min(ZOOM_MAX, percent))
        self.reader.set_zoom(percent)
        self.store.set(S.ZOOM, percent)
        self.status.showMessage(f"Zoom {percent}%", 2000)

    def set_theme(self, choice: str) -> None:
        self.theme.apply(choice)
        self.store.set(S.THEME, choice)

    def _theme_changed(self, colours: ThemeColours) -> None:
        self._apply_colours(colours)
        if self.release is not None and self.isVisible():  # a hidden window re-renders when shown
            self._rendered_colours = colours
            top = self.reader.top_block()
            self.reader.show_html(render_release(self.release, colours.reader), self.reader.folder,
                                  stylesheet(colours.reader))
            self._mark_dead_links()  # the new document is marked again
            if self._find_bar is not None:
                self._find_bar.refresh()
            if top > 0:
                self.reader.scroll_to_block(top)

    def _mark_dead_links(self) -> None:
        if self.release is not None:
            dead = self.reader.mark_dead_links({s.anchor for s in self.release.all_sections()})
            self.status.show_dead_links(len(dead))

    def _apply_colours(self, colours: ThemeColours) -> None:
        self.reader.set_jump_colour(colours.jump_highlight)
        self.panel.mark_current_tab()
        if self._find_bar is not None:
            self._find_bar.set_colours(colours.find_all, colours.find_current, colours.find_text)

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # --- copying and exporting ------------------------------------------------------------------------
    def copy_selection(self) -> None:
        focus = QApplication.focusWidget()
        if hasattr(focus, "copy_current"):  # a panel's list: Ctrl+C copies the card the ring is on
            focus.copy_current()
        elif isinstance(focus, QLineEdit) and focus.hasSelectedText():
            clipboard.copy_text(focus.selectedText(), "Text")
        elif focus is self.sidebar.tree and self.sidebar.current_section() is not None:
            self.sidebar.copy_current_section()
        elif self.reader.selected_text():
            clipboard.copy_text(self.reader.selected_text(), "Selection")
        else:
            self.status.showMessage("Select some text to copy, or use a Copy button in the panel.", 4000)

    def copy_citation(self) -> None:
        if self.release is not None:
            clipboard.copy_text(citation(self.release), "Citation")

    def _copied(self, what: str) -> None:
        self.status.showMessage(f"Copied {what.lower()} to the clipboard", 3000)

    # --- window events ------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.reader.setFocus()  # arrows and Page Down read on
            QTimer.singleShot(0, self, self._follow_window_state)
            QTimer.singleShot(0, self, self.fit_to_screen)  # again, now that the frame's size is known
        if self.release is not None and self._rendered_colours is not self.theme.colours:
            self._theme_changed(self.theme.colours)  # the theme changed while this window was hidden
        if self._pending_position > 0:
            QTimer.singleShot(0, self._restore_position)

    def _follow_window_state(self) -> None:
        """Keep Full Screen's check mark true when the window manager changes the state.

        A signal rather than a ``changeEvent`` override: an override that takes a plain
        ``QEvent`` makes PySide6 build every QEvent subclass (about 50 classes, 3 ms) at the
        first event, before the window is up.
        """
        handle = self.windowHandle()
        if handle is not None:
            handle.windowStateChanged.connect(
                lambda _state: self.actions_by_id[ActionId.FULL_SCREEN].setChecked(self.isFullScreen()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.update_layout_mode()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.loader.cancel()
        self.save_state()
        super().closeEvent(event)

    def action(self, action_id: ActionId) -> QAction:
        return self.actions_by_id[action_id]
