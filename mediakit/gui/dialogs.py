"""The window's dialogs, all shown without blocking: file choosers, errors, crashes, about
(the repairs dialog is ``repairs.RepairsDialog``).

Every dialog here is opened with ``open()``/``show()`` so the event loop keeps running
(tests drive them with qtbot) and deletes itself when closed.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__

RELEASE_FILTER = ("Releases and media kits (*.md *.markdown *.txt *.html *.htm *.xhtml *.pdf *.docx *.odt *.eml *.zip)"
                  ";;All files (*)")

LICENCES = [
    ("MediaKit", "MIT"),
    ("Qt 6 and PySide6", "LGPL-3.0"),
    ("QtAwesome", "MIT"),
    ("Font Awesome Free icons", "CC BY 4.0 (font: SIL OFL 1.1)"),
    ("Python-Markdown", "BSD-3-Clause"),
    ("Beautiful Soup", "MIT"),
    ("phonenumbers", "Apache-2.0"),
    ("charset-normalizer", "MIT"),
    ("PyYAML", "MIT"),
    ("vobject", "Apache-2.0"),
]


def _ask_open(parent: QWidget, title: str, name: str, folder: str, on_chosen: Callable[[str], None],
              mode: QFileDialog.FileMode, name_filter: str = "") -> QFileDialog:
    """A window-modal open dialog that deletes itself; ``on_chosen(path)`` once chosen."""
    dialog = QFileDialog(parent, title, folder, name_filter)
    dialog.setObjectName(name)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def ask_open_path(parent: QWidget, folder: str, on_chosen: Callable[[str], None]) -> QFileDialog:
    return _ask_open(parent, "Open Release", "openDialog", folder, on_chosen, QFileDialog.FileMode.ExistingFile,
                     RELEASE_FILTER)


def ask_open_folder(parent: QWidget, folder: str, on_chosen: Callable[[str], None]) -> QFileDialog:
    """Ask for a media kit's folder; ``on_chosen(path)`` once chosen."""
    return _ask_open(parent, "Open Media Kit Folder", "openFolderDialog", folder, on_chosen,
                     QFileDialog.FileMode.Directory)


def ask_save_path(parent: QWidget, title: str, suggested: str, name_filter: str,
                  on_chosen: Callable[[str], None]) -> QFileDialog:
    """Ask where to save; ``on_chosen(path)`` once the user has chosen and, for an existing file,
    agreed to replace it. The file the window is reading is never offered up for writing."""
    dialog = QFileDialog(parent, title, suggested, name_filter)
    dialog.setObjectName("saveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # asked below, without blocking
    dialog.selectFile(suggested)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda path: _check_target(parent, path, on_chosen))
    dialog.open()
    return dialog


def _check_target(parent: QWidget, path: str, on_chosen: Callable[[str], None]) -> None:
    reading = parent.window().windowFilePath() if parent is not None else ""
    if reading and _same_file(path, reading):
        show_error(parent, "Could not save", f"MediaKit will not write over “{os.path.basename(path)}”.",
                   "It is the release you are reading; choose another name.")
    elif os.path.lexists(path):
        ask_replace(parent, path, on_chosen)
    else:
        on_chosen(path)


def _same_file(first: str, second: str) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def ask_replace(parent: QWidget | None, path: str, on_yes: Callable[[str], None]) -> QMessageBox:
    """“Replace it?” for an existing file, answered No unless the user says Yes."""
    box = QMessageBox(QMessageBox.Icon.Question, "Replace File?",
                      f"“{os.path.basename(path)}” already exists. Do you want to replace it?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("replaceDialog")
    box.setInformativeText(f"{path}\nReplacing it overwrites what it holds now.")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.buttonClicked.connect(
        lambda button: on_yes(path) if box.standardButton(button) == QMessageBox.StandardButton.Yes else None)
    box.show()
    return box


def show_error(parent: QWidget | None, title: str, message: str, detail: str = "") -> QMessageBox:
    """A warning naming the file and the problem; the window behind it stays as it was."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setAccessibleName(title)
    if detail:
        box.setInformativeText(detail)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.show()
    return box


class CrashDialog(QDialog):
    """An unexpected error: says so plainly, offers the report to copy, and lets the user carry on."""

    def __init__(self, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(f"{APP_NAME} — Something went wrong")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel("MediaKit hit an unexpected problem. The release you are reading is still open.\n"
                       "If you report this, please include the text below.", self)
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report, self)
        self.report.setObjectName("crashReport")
        self.report.setAccessibleName("Error report")
        self.report.setReadOnly(True)
        self.report.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton("Copy Report", self)
        self.copy_button.setObjectName("copyReport")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._copy)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        from . import clipboard

        clipboard.copy_text(self.report.toPlainText(), "Error report")


def crash_report(exc_type: type, exc: BaseException, tb) -> str:
    import platform
    import traceback

    lines = [f"{APP_NAME} {__version__}, Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}", ""]
    lines += traceback.format_exception(exc_type, exc, tb)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines).strip()


def show_about(parent: QWidget) -> QMessageBox:
    import platform

    rows = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{licence}</td></tr>" for name, licence in LICENCES)
    text = (f"<h3>{APP_NAME} {__version__}</h3><p>Reads a press release the way a reporter does: "
            "the story, its figures, quotes and contacts, one click to copy.</p>"
            f"<p>Python {platform.python_version()} · Qt {qVersion()}</p><p><b>Licences</b></p><table>{rows}</table>")
    box = QMessageBox(QMessageBox.Icon.NoIcon, f"About {APP_NAME}", text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("aboutDialog")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None and not parent.windowIcon().isNull():
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.show()
    return box


def active_dialogs(name: str) -> list[QWidget]:
    """Visible top-level dialogs with object name ``name`` (used by tests and the crash handler)."""
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
