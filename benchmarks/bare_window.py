"""The baseline: the simplest PySide6 program that shows the default release.

It reads the same text MediaKit shows at start-up (resources/default_release.md), converts
it with Python-Markdown, and shows it in a QTextBrowser inside a QMainWindow of MediaKit's
default size. Nothing else: no sidebar, no panel, no analysis. ``bench_startup.py`` times
it against MediaKit.
"""

import sys
from pathlib import Path

import markdown
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

RELEASE = Path(__file__).resolve().parents[1] / "mediakit" / "resources" / "default_release.md"


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    browser = QTextBrowser(window)
    browser.setHtml(markdown.markdown(RELEASE.read_text(encoding="utf-8")))
    window.setCentralWidget(browser)
    window.resize(1366, 860)  # MediaKit's default size, so both lay out the same area
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
