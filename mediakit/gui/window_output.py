"""The window's output: export (PDF, plain text), print, repairs, and the dialogs it keeps open.

``WindowOutput`` is a part of ``MainWindow``. Dialogs are imported when first needed
(``dialogs_module``), never for the first paint.
"""

from __future__ import annotations

from pathlib import Path

from . import settings as S


def dialogs_module():
    """The dialogs module, imported when a dialog is first needed (never for the first paint)."""
    from . import dialogs

    return dialogs


class WindowOutput:
    """Export, print, repairs and about; mixed into ``MainWindow``."""

    def show_about(self) -> None:
        self._keep(dialogs_module().show_about(self))

    def _suggested(self, suffix: str) -> str:
        """The default export path: the release's short name (date + headline), as for printing."""
        from .texts import short_name

        name = short_name(self.release) if self.release is not None else "release"
        folder = self.store.get(S.LAST_FOLDER) or str(Path.home())
        return str(Path(folder) / f"{name}{suffix}")

    def ask_export_pdf(self) -> None:
        self._keep(dialogs_module().ask_save_path(self, "Export PDF", self._suggested(".pdf"), "PDF files (*.pdf)",
                                         self.export_pdf))

    def ask_export_text(self) -> None:
        self._keep(dialogs_module().ask_save_path(self, "Export Plain Text", self._suggested(".txt"),
                                         "Text files (*.txt)", self.export_text))

    def export_pdf(self, path: str) -> None:
        from .export import export_pdf

        self._export(lambda: export_pdf(self.release, path, self.reader.loadResource), path)

    def export_text(self, path: str) -> None:
        from .export import export_text

        self._export(lambda: export_text(self.release, path), path)

    def _export(self, write, path: str) -> None:
        if self.release is None:
            return
        try:
            write()
        except OSError as exc:
            self._keep(dialogs_module().show_error(self, "Could not export", f"MediaKit could not write “{Path(path).name}”.",
                                          f"{path}: {exc.strerror or exc}"))
            return
        self.status.showMessage(f"Saved {Path(path).name}", 5000)

    def print_release(self) -> None:
        if self.release is not None:
            from .export import print_release

            self._keep(print_release(self.release, self.reader.loadResource, self))

    def show_repairs(self) -> None:
        """What was repaired and where; choosing an entry shows its place in the text."""
        if self.release is None:
            return
        from .repairs import RepairsDialog, repair_entries

        name = Path(self.path).name if self.path else "the built-in release"
        entries = repair_entries(self.release.warnings, self.reader.dead_links, self.place_name)
        dialog = RepairsDialog(name, entries, self)
        dialog.placeRequested.connect(self.reader.highlight_range)
        dialog.show()
        self._keep(dialog)

    def place_name(self, position: int) -> str:
        """Where ``position`` of the text is, in words: the section it lies in."""
        block = self.reader.block_at(position)
        sections = [s for s in self.release.all_sections() if 0 <= s.block <= block] if self.release else []
        section = max(sections, key=lambda s: s.block, default=None)
        return f"in “{section.title}”" if section is not None else "near the top, above the first section"

    def _keep(self, dialog) -> None:
        """Hold a reference to an open dialog (they delete themselves when closed)."""
        self._dialogs = [d for d in self._dialogs if d is not None][-8:] + [dialog]

