"""Print, Export PDF and Export plain text: always in the light theme, never from the network.

QtPrintSupport is imported only when the user prints; PDF goes through ``QPdfWriter``
(QtGui). The printed document is rendered afresh from the release with light colours
and reads images through the reader's own safe ``loadResource``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from ..core.model import Release
from .render import render_release, stylesheet
from .texts import release_plain_text
from .theme import LIGHT

PRINT_POINT_SIZE = 11


class PrintDocument(QTextDocument):
    """The release for paper: light colours, images only through ``resolver``."""

    def __init__(self, release: Release, resolver: Callable[[int, QUrl], object]):
        super().__init__()
        self._resolver = resolver
        font = QFont()
        font.setPointSize(PRINT_POINT_SIZE)
        self.setDefaultFont(font)
        self.setDefaultStyleSheet(stylesheet(LIGHT.reader))
        self.setHtml(render_release(release, LIGHT.reader))

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        return self._resolver(kind, url)


def export_pdf(release: Release, path: str, resolver: Callable[[int, QUrl], object]) -> None:
    """Write the release to ``path`` as an A4 PDF; raises OSError if the file cannot be written."""
    writer = QPdfWriter(path)
    writer.setTitle(release.title)
    writer.setCreator("MediaKit")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    document = PrintDocument(release, resolver)
    document.print_(writer)
    del writer
    if not Path(path).is_file():
        raise OSError(f"{path}: the PDF could not be written")


def export_text(release: Release, path: str) -> None:
    Path(path).write_text(release_plain_text(release), encoding="utf-8")


def print_release(release: Release, resolver: Callable[[int, QUrl], object], parent: QWidget) -> tuple:
    """Open the print dialog and print the release when it is accepted.

    Returns ``(dialog, printer)``; the caller keeps them alive while the dialog is open.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(release.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")

    def print_now() -> None:
        PrintDocument(release, resolver).print_(printer)

    dialog.accepted.connect(print_now)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()  # QPrintDialog.open() in PySide6 wants a receiver; show() does the same here
    return dialog, printer
