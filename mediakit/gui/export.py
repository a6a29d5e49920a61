"""Print, Export PDF and Export plain text: always in the light theme, never from the network.

QtPrintSupport is imported only when the user prints; PDF goes through ``QPdfWriter``
(QtGui). The printed document is rendered afresh from the release with light colours
and reads images through the reader's own safe ``loadResource``.

Exports are written whole or not at all, through ``core.atomic.write_atomically`` (a
hidden temporary file next to the target, renamed over it), so a failed or interrupted
export never leaves a half-written file. Asking before an
existing file is replaced is the save dialog's part (``dialogs.ask_save_path``).
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from ..core.atomic import write_atomically
from ..core.model import Release
from .fonts import with_symbol_fallbacks
from .render import render_release, stylesheet
from .texts import release_plain_text, short_name
from .theme import LIGHT

PRINT_POINT_SIZE = 11


class PrintDocument(QTextDocument):
    """The release for paper: light colours, images only through ``resolver``."""

    def __init__(self, release: Release, resolver: Callable[[int, QUrl], object]):
        super().__init__()
        self._resolver = resolver
        font = with_symbol_fallbacks(QFont())
        font.setPointSize(PRINT_POINT_SIZE)
        self.setDefaultFont(font)
        self.setDefaultStyleSheet(stylesheet(LIGHT.reader))
        self.setHtml(render_release(release, LIGHT.reader))

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        return self._resolver(kind, url)


def pdf_bytes(release: Release, resolver: Callable[[int, QUrl], object]) -> bytes:
    """The release as an A4 PDF, made in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(release.title)
    writer.setCreator("MediaKit")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    document = PrintDocument(release, resolver)
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    buffer.close()
    return bytes(buffer.data())


def export_pdf(release: Release, path: str, resolver: Callable[[int, QUrl], object]) -> None:
    """Write the release to ``path`` as an A4 PDF; raises OSError if the file cannot be written."""
    data = pdf_bytes(release, resolver)
    if not data.startswith(b"%PDF"):
        raise OSError(errno.EIO, "the PDF could not be made", path)
    write_atomically(path, data)


def export_text(release: Release, path: str) -> None:
    """Write the release to ``path`` as UTF-8 plain text; raises OSError if it cannot be written."""
    write_atomically(path, release_plain_text(release).encode("utf-8"))


def print_release(release: Release, resolver: Callable[[int, QUrl], object], parent: QWidget) -> tuple:
    """Open the print dialog and print the release when it is accepted.

    Returns ``(dialog, printer)``; the caller keeps them alive while the dialog is open.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(short_name(release))  # the job's name: the PDF export's default name
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")

    def print_now() -> None:
        PrintDocument(release, resolver).print_(printer)

    dialog.accepted.connect(print_now)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()  # QPrintDialog.open() in PySide6 wants a receiver; show() does the same here
    return dialog, printer
