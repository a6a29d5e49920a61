"""The floor: the fewest lines of PySide6 that put MediaKit's first frame on screen.

The bare window (``bare_window.py``) shows only the rendered release. This program adds,
with no analysis and no MediaKit code, the widgets MediaKit's first frame has: the four
menus with their 26 actions and standard shortcuts, the section filter and tree, the
three-tab panel with the first 12 figure cards (number, qualifier, sentence, two buttons),
and the status bar with its four fields. The headings and numbers are picked out of the
Markdown by two regular expressions.

Given the path of an HTML file (the release already converted), it shows that instead of
importing Python-Markdown and converting: that is what MediaKit does on every start but the
first, from its cache. ``bench_startup.py --floor`` times it, that way, against the bare
window and MediaKit: what it costs over the bare window is what any PySide6 program pays for
that window, before doing anything MediaKit does.

Usage: python benchmarks/floor_window.py [RELEASE.html]
"""

import re
import sys
from itertools import islice
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

RELEASE = Path(__file__).resolve().parents[1] / "mediakit" / "resources" / "default_release.md"
FIRST_CARDS = 12  # as MediaKit's panel builds before its first paint
HEADING = re.compile(r"^#+\s*(\S.*)$", re.M)
NUMBER_SENTENCE = re.compile(r"[^.\n]*?(\d[\d,.]*)[^.\n]*\.")  # a sentence and its first number
MENUS = {  # MediaKit's menus: (text, standard shortcut or None)
    "&File": [("&Open…", "Open"), ("&Print…", "Print"), ("Export as &PDF…", None), ("Export as &Text…", None),
              ("Clear Recent", None), ("&Close Window", "Close"), ("&Quit", "Quit")],
    "&Edit": [("&Copy", "Copy"), ("Copy &Citation", None), ("&Find…", "Find"), ("Find &Next", "FindNext"),
              ("Find Pre&vious", "FindPrevious")],
    "&View": [("Zoom &In", "ZoomIn"), ("Zoom &Out", "ZoomOut"), ("&Actual Size", None), ("&Sidebar", None),
              ("&Panel", None), ("F&ull Screen", "FullScreen"), ("&System", None), ("&Light", None),
              ("&Dark", None), ("Key &Figures", None), ("&Quotes", None), ("Media &Contacts", None)],
    "&Help": [("&Repairs", None), ("&About MediaKit", None)],
}


def card(number: str, sentence: str, parent: QWidget) -> QFrame:
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    top = QHBoxLayout()
    value = QLabel(number, frame)
    font = value.font()
    font.setPointSize(18)
    font.setBold(True)
    value.setFont(font)
    top.addWidget(value, 1)
    for text in ("Show", "Copy"):
        button = QToolButton(frame)
        button.setText(text)
        top.addWidget(button)
    layout.addLayout(top)
    layout.addWidget(QLabel("approximately", frame))
    context = QLabel(sentence, frame)
    context.setWordWrap(True)
    layout.addWidget(context)
    return frame


def rendered(text: str) -> str:
    if len(sys.argv) > 1:
        return Path(sys.argv[1]).read_text(encoding="utf-8")
    import markdown

    return markdown.markdown(text)


def main() -> int:
    app = QApplication(sys.argv)
    text = RELEASE.read_text(encoding="utf-8")
    window = QMainWindow()
    window.setWindowTitle("Floor PySide6 window")
    for title, items in MENUS.items():
        menu = window.menuBar().addMenu(title)
        for label, key in items:
            action = QAction(label, window)
            if key:
                action.setShortcuts(QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, key)))  # as MediaKit
            menu.addAction(action)

    sidebar = QWidget()
    side = QVBoxLayout(sidebar)
    side.addWidget(QLineEdit(placeholderText="Filter sections"))
    model = QStandardItemModel()
    for heading in HEADING.findall(text):
        model.appendRow(QStandardItem(heading.replace("*", "")))
    tree = QTreeView()
    tree.setHeaderHidden(True)
    tree.setModel(model)
    side.addWidget(tree)

    browser = QTextBrowser()
    browser.setHtml(rendered(text))

    panel = QTabWidget()
    cards = QWidget()
    column = QVBoxLayout(cards)
    for match in islice(NUMBER_SENTENCE.finditer(text), FIRST_CARDS):
        column.addWidget(card(match.group(1), match.group(0).strip(), cards))
    column.addStretch()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(cards)
    panel.addTab(scroll, "Key figures")
    panel.addTab(QWidget(), "Quotes")
    panel.addTab(QWidget(), "Contacts")

    splitter = QSplitter()  # horizontal: Qt's default (naming it would build the Qt namespace's enums, 10 ms)
    for part in (sidebar, browser, panel):
        splitter.addWidget(part)
    splitter.setSizes([270, 740, 356])
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("Built-in example release")
    for field in ("25 February 2026", "1,677 words", "7 min read", "5 repairs"):
        window.statusBar().addPermanentWidget(QLabel(field))
    window.resize(1366, 860)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
