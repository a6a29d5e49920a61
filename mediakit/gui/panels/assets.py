"""Assets tab: the photos, logos and documents that came with the release in its kit.

Each card shows a thumbnail (made off the GUI thread by ``QImageReader`` at the card's
size, never at the photo's full size: ``gui.thumbnails``; begun once every card is
listed), the file name, pixel size, file size, and the caption and credit the image
carries. Per asset: copy the image, save a copy (the
original is never moved or changed), copy the caption with its credit, open it with the
system's viewer, and for a document of the kit, read it as the release instead.

A file inside a zip or an e-mail is opened with the viewer from a private temporary
folder (removed when MediaKit quits), never extracted beside the user's files. SVG images
get no thumbnail: rendering one would load the files it references.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.model import Asset, Release
from .. import clipboard, dialogs
from .cards import MAX_CARDS, Card, CardList, label, tool_button

if TYPE_CHECKING:
    from ..thumbnails import Thumbnail

THUMB = QSize(96, 72)
# An asset card (thumbnail, four lines of wrapped text, four or five buttons) costs a few times
# a figure card to lay out, after it is made: fewer at a time keep each turn of the event loop
# short on a busy machine. Six fill a tall panel.
FIRST_ASSET_CARDS, ASSET_CARDS_PER_TURN = 6, 4
_private: list[Path] = []


def human_size(size: int) -> str:
    """A file size as a file manager shows it: 812 bytes, 14 KB, 3.2 MB."""
    if size < 1000:
        return f"{size} bytes"
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if size < scale * 1000 or unit == "GB":
            value = size / scale
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{size} bytes"


def caption_text(asset: Asset) -> str:
    """The caption with its credit, as the image carries them (either may be missing)."""
    if asset.caption and asset.credit:
        return f"{asset.caption} (Credit: {asset.credit})"
    return asset.caption or (f"Credit: {asset.credit}" if asset.credit else "")


def asset_bytes(asset: Asset) -> bytes:
    from ...core.kit import read_asset

    return read_asset(asset.origin, asset.member)


def original_file(asset: Asset) -> Path | None:
    """The asset's own file when the kit is a folder (None inside a zip or an e-mail)."""
    origin = Path(asset.origin)
    return origin / asset.member if origin.is_dir() else None


def private_copy(asset: Asset) -> Path:
    """The asset written into MediaKit's private temporary folder (for the system's viewer)."""
    if not _private:
        _private.append(Path(tempfile.mkdtemp(prefix="mediakit-kit-")))
        atexit.register(lambda: shutil.rmtree(_private[0], ignore_errors=True))
    target = _private[0] / f"{len(list(_private[0].iterdir()))}-{PurePosixPath(asset.member).name}"
    target.write_bytes(asset_bytes(asset))
    return target


class AssetCard(Card):
    """One file of the kit: its thumbnail and facts, and what can be done with it."""

    openRequested = Signal(object)  # a document of the kit, to read as the release
    message = Signal(str)

    def __init__(self, asset: Asset, parent: QWidget | None = None):
        super().__init__(parent)
        self.asset = asset
        self.job: Thumbnail | None = None
        self._copies: list[Thumbnail] = []
        self.setAccessibleName(f"{asset.kind.capitalize()} {asset.name}")
        top = QHBoxLayout()
        top.setSpacing(10)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("assetThumbnail")
        self.thumbnail.setFixedSize(THUMB)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        suffix = PurePosixPath(asset.name).suffix.lstrip(".").upper()
        self.thumbnail.setText(suffix or {"image": "Image", "document": "Document"}.get(asset.kind, "File"))
        self.thumbnail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        facts = QVBoxLayout()
        facts.setSpacing(2)
        self.name_label = label(PurePosixPath(asset.name).name, self, bold=True)
        self.name_label.setObjectName("assetName")
        self.name_label.setToolTip(asset.name)
        facts.addWidget(self.name_label)
        self.size_label = label(self.size_text(), self, muted=True, size_delta=-0.5)
        self.size_label.setObjectName("assetSize")
        facts.addWidget(self.size_label)
        if asset.caption:
            self.caption_label = label(asset.caption, self, size_delta=-0.5, selectable=True)
            self.caption_label.setObjectName("assetCaption")
            facts.addWidget(self.caption_label)
        if asset.credit:
            self.credit_label = label(f"Credit: {asset.credit}", self, muted=True, size_delta=-1, selectable=True)
            self.credit_label.setObjectName("assetCredit")
            facts.addWidget(self.credit_label)
        facts.addStretch(1)
        top.addLayout(facts, 1)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self._buttons())
        self.activated.connect(self.open_with_viewer)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(2)
        name = PurePosixPath(self.asset.name).name
        if self.asset.kind == "image":
            row.addWidget(tool_button(self, "Copy", f"Copy the image {name}", "fa6s.copy", self.copy_image,
                                      "copyImage"))
        if self.asset.caption or self.asset.credit:
            row.addWidget(tool_button(self, "Caption", f"Copy the caption and credit of {name}", "fa6s.quote-left",
                                      self.copy_caption, "copyCaption"))
        row.addWidget(tool_button(self, "Save…", f"Save a copy of {name}", "fa6s.download", self.ask_save,
                                  "saveAsset"))
        row.addWidget(tool_button(self, "Open", f"Open {name} with the system's viewer", "fa6s.up-right-from-square",
                                  self.open_with_viewer, "openAsset"))
        if self.asset.kind == "document":
            row.addWidget(tool_button(self, "Read", f"Read {name} as the release", "fa6s.book-open",
                                      lambda: self.openRequested.emit(self.asset), "readAsRelease"))
        row.addStretch(1)
        return row

    def size_text(self) -> str:
        parts = []
        if self.asset.width and self.asset.height:
            parts.append(f"{self.asset.width} × {self.asset.height} px")
        parts.append(human_size(self.asset.bytes))
        return " · ".join(parts)

    def start_thumbnail(self) -> None:
        if self.asset.kind != "image" or self.asset.media_type == "image/svg+xml" or self.job is not None:
            return
        from .. import thumbnails

        self.job = thumbnails.Thumbnail(self.asset, THUMB)
        self.job.signals.done.connect(self.set_thumbnail)  # queued: the card lives in the GUI thread
        thumbnails.start(self.job)

    def drop_thumbnail(self) -> None:
        """The card is going: its thumbnail, if not made yet, never will be."""
        if self.job is not None:
            self.job.dropped.set()

    def set_thumbnail(self, image: QImage) -> None:
        self.thumbnail.setPixmap(QPixmap.fromImage(image))  # clears the placeholder text too

    def copy_main(self) -> None:
        if self.asset.kind == "image":
            self.copy_image()
        else:
            self.copy_caption()

    def copy_image(self) -> None:
        """The photo is decoded whole on the thumbnails' pool, then put on the clipboard."""
        from .. import thumbnails

        job = thumbnails.Thumbnail(self.asset, None)
        job.signals.done.connect(self._copy_decoded)  # queued: bound to the card, in the GUI thread
        job.signals.failed.connect(self._copy_failed)
        self._copies.append(job)  # its signals live until it has sent one
        thumbnails.start(job)

    def _copy_decoded(self, image: QImage) -> None:
        self._copies.pop(0)
        clipboard.copy_image(image, "Image")

    def _copy_failed(self, text: str) -> None:
        self._copies.pop(0)
        self.message.emit(text)

    def copy_caption(self) -> None:
        clipboard.copy_text(caption_text(self.asset) or PurePosixPath(self.asset.name).name, "Caption")

    def ask_save(self) -> QFileDialog:
        folder = Path.home()
        original = original_file(self.asset)
        suggested = str((original.parent if original else folder) / PurePosixPath(self.asset.name).name)
        return dialogs.ask_save_path(self, "Save a Copy", suggested, "All files (*)", self.save)

    def save(self, path: str) -> bool:
        from ...core.atomic import write_atomically

        original = original_file(self.asset)
        if original is not None and Path(path).resolve() == original.resolve():
            dialogs.show_error(self, "Could not save", "That is the original file: choose another name or folder.")
            return False
        try:
            write_atomically(path, asset_bytes(self.asset))
        except Exception as exc:  # noqa: BLE001 - one line for the user
            dialogs.show_error(self, "Could not save the copy", f"{path}: {getattr(exc, 'strerror', None) or exc}")
            return False
        self.message.emit(f"Saved a copy of {PurePosixPath(self.asset.name).name}")
        return True

    def open_with_viewer(self) -> None:
        try:
            path = original_file(self.asset) or private_copy(self.asset)
        except Exception as exc:  # noqa: BLE001
            self.message.emit(f"Could not open {self.asset.name}: {exc}")
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AssetsTab(CardList):
    """Every file that came with the release; a note when it came alone."""

    openRequested = Signal(object)
    message = Signal(str)

    def __init__(self, release: Release, parent: QWidget | None = None):
        super().__init__("Assets", parent)
        self.setObjectName("assetsTab")
        self.cards: list[AssetCard] = []
        order = {"image": 0, "document": 1}
        assets = sorted(release.assets, key=lambda asset: order.get(asset.kind, 2))  # photos first, as in the kit
        steps = [lambda a=asset: self._add_card(a) for asset in assets[:MAX_CARDS]]
        steps.append(lambda: self.more_note(len(self.cards), len(assets), "files"))
        if not assets:
            steps.append(lambda: self.empty_note("No photos or other files came with this release. "
                                                 "Open a zip, a folder or an e-mail to see a kit's files."))
        steps.append(self._start_thumbnails)
        self.add_in_turns(steps, FIRST_ASSET_CARDS, ASSET_CARDS_PER_TURN)

    def _add_card(self, asset: Asset) -> None:
        card = AssetCard(asset, self.inner)
        card.openRequested.connect(self.openRequested)
        card.message.connect(self.message)
        self.cards.append(card)
        self.add(card)

    def _start_thumbnails(self) -> None:
        """Once every card is listed, top first: decoding beside the listing made its turns of
        the event loop several times longer."""
        for card in self.cards:
            card.start_thumbnail()

    def stop(self) -> None:
        """No more cards, and no thumbnails still to be made for these (another release is shown)."""
        super().stop()
        for card in self.cards:
            card.drop_thumbnail()
