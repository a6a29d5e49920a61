"""The Assets tab: a kit's photos and documents, their thumbnails, sizes, captions and copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from kitmaker import docx_bytes, iptc_segment, make_folder, make_zip, png
from PySide6.QtCore import QMimeData, QPoint, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QToolButton

from mediakit.gui import thumbnails
from mediakit.gui.actions import ActionId
from mediakit.gui.panels import ASSETS
from mediakit.gui.panels.assets import caption_text, human_size

pytestmark = pytest.mark.gui

TITLE = "Granary Theatre Restores Its Stage"


def qt_jpeg(width: int, height: int, caption: str, byline: str) -> bytes:
    """A real JPEG (Qt's encoder) with an IPTC caption and by-line spliced in after its start marker."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    raw = bytes(data)
    return raw[:2] + iptc_segment(caption, byline) + raw[2:]


def kit_files() -> dict[str, bytes]:
    return {
        "media-release.docx": docx_bytes(TITLE, "NORTHGATE, 7 April 2033 – The theatre reopens with 420 seats."),
        "backgrounder.md": b"# History of the hall\n\nBuilt as a grain store, the hall became a stage.\n",
        "stage.png": png(120, 60, {b"Description": b"The restored stage", b"Copyright": b"Granary Theatre"}),
        "foyer.jpg": qt_jpeg(800, 600, "The foyer at night", "Ola Brandt"),
    }


def open_kit(qtbot, window, path: Path):
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.release is not None and window.release.title == TITLE, timeout=20000)
    window.panel.show_tab("assets")
    tab = window.panel.page(ASSETS)
    return tab, {card.asset.name: card for card in tab.cards}


@pytest.mark.parametrize("shape", ["zip", "folder"])
def test_the_assets_tab_lists_each_file_with_its_size_and_caption(qtbot, window, tmp_path, shape):
    path = tmp_path / ("theatre.zip" if shape == "zip" else "theatre")
    (make_zip if shape == "zip" else make_folder)(path, kit_files())
    tab, cards = open_kit(qtbot, window, path)
    assert window.panel.tabText(ASSETS) == "Assets" and window.panel.tabToolTip(ASSETS).startswith("3 ")
    assert set(cards) == {"backgrounder.md", "stage.png", "foyer.jpg"}
    stage = cards["stage.png"]
    assert stage.name_label.text() == "stage.png"
    assert stage.size_label.text() == f"120 × 60 px · {human_size(len(kit_files()['stage.png']))}"
    assert stage.caption_label.text() == "The restored stage"
    assert stage.credit_label.text() == "Credit: Granary Theatre"
    assert cards["foyer.jpg"].size_label.text().startswith("800 × 600 px")
    qtbot.waitUntil(lambda: stage.thumbnail.pixmap() is not None and not stage.thumbnail.pixmap().isNull(),
                    timeout=10000)
    thumb = stage.thumbnail.pixmap()
    assert (thumb.width(), thumb.height()) == (96, 48)  # scaled to the card, aspect kept


def test_copy_buttons_put_the_image_and_the_caption_on_the_clipboard(qtbot, window, tmp_path):
    path = tmp_path / "theatre.zip"
    make_zip(path, kit_files())
    _, cards = open_kit(qtbot, window, path)
    card = cards["foyer.jpg"]
    stage = cards["stage.png"]
    qtbot.mouseClick(stage.findChild(QToolButton, "copyImage"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.currentMessage() == "Copied image to the clipboard", timeout=10000)
    image = QApplication.clipboard().image()
    assert (image.width(), image.height()) == (120, 60)
    qtbot.mouseClick(card.findChild(QToolButton, "copyCaption"), Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "The foyer at night (Credit: Ola Brandt)"
    assert cards["backgrounder.md"].findChild(QToolButton, "copyImage") is None  # a document has no image to copy


def test_save_a_copy_writes_the_bytes_and_never_the_original(qtbot, window, tmp_path, monkeypatch):
    kit = tmp_path / "theatre"
    make_folder(kit, kit_files())
    _, cards = open_kit(qtbot, window, kit)
    stage = cards["stage.png"]
    errors = []
    monkeypatch.setattr("mediakit.gui.dialogs.show_error", lambda *args: errors.append(args[1]))
    target = tmp_path / "copy.png"
    assert stage.save(str(target))
    assert target.read_bytes() == kit_files()["stage.png"]
    before = (kit / "stage.png").read_bytes()
    assert not stage.save(str(kit / "stage.png"))
    assert errors == ["Could not save"] and (kit / "stage.png").read_bytes() == before


def test_open_hands_a_private_copy_to_the_viewer_not_a_file_beside_the_kit(qtbot, window, tmp_path, opened_urls):
    path = tmp_path / "theatre.zip"
    make_zip(path, kit_files())
    _, cards = open_kit(qtbot, window, path)
    qtbot.mouseClick(cards["stage.png"].findChild(QToolButton, "openAsset"), Qt.MouseButton.LeftButton)
    assert len(opened_urls.urls) == 1
    opened = Path(QUrl(opened_urls.urls[0]).toLocalFile())
    assert opened.read_bytes() == kit_files()["stage.png"]
    assert tmp_path not in opened.parents
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theatre.zip"]


def test_read_opens_another_document_of_the_kit_as_the_release(qtbot, window, tmp_path):
    path = tmp_path / "theatre.zip"
    make_zip(path, kit_files())
    _, cards = open_kit(qtbot, window, path)
    qtbot.mouseClick(cards["backgrounder.md"].findChild(QToolButton, "readAsRelease"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.release.title == "History of the hall", timeout=20000)
    assert window.release.kit_release == "backgrounder.md"
    assert "media-release.docx" in [a.name for a in window.release.assets]


def test_a_folder_dropped_on_the_window_opens_as_a_kit(qtbot, window, tmp_path):
    kit = tmp_path / "theatre"
    make_folder(kit, kit_files())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(kit))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.release is not None and window.release.title == TITLE, timeout=20000)
    assert window.panel.tabText(ASSETS) == "Assets" and window.panel.tabToolTip(ASSETS).startswith("3 ")


def test_file_menu_offers_open_folder_and_a_release_alone_has_no_assets_tab(qtbot, window, tmp_path):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions_by_id[ActionId.OPEN_FOLDER] in file_menu.actions()
    assert not window.panel.isTabVisible(ASSETS)
    assert window.panel.tabText(0).startswith("Key figures (")
    path = tmp_path / "theatre.zip"
    make_zip(path, kit_files())
    open_kit(qtbot, window, path)
    assert window.panel.isTabVisible(ASSETS) and window.panel.tabText(0) == "Figures"
    window.open_path(str(tmp_path / "theatre.zip"))  # the same kit again keeps its tab
    assert window.panel.isTabVisible(ASSETS)
    single = tmp_path / "single.md"
    single.write_text("# A Lone Release\n\nNo photos came with it.\n", encoding="utf-8")
    window.open_path(str(single))
    qtbot.waitUntil(lambda: window.release.title == "A Lone Release", timeout=20000)
    assert not window.panel.isTabVisible(ASSETS) and window.panel.currentIndex() != ASSETS


def test_caption_text_keeps_what_the_image_carries():
    from mediakit.core.model import Asset

    assert caption_text(Asset("a.png", "image", "image/png", 1, caption="Dawn", credit=None)) == "Dawn"
    assert caption_text(Asset("a.png", "image", "image/png", 1, caption="Dawn", credit="K. Vey")) == "Dawn (Credit: K. Vey)"
    assert caption_text(Asset("a.png", "image", "image/png", 1, caption=None, credit="K. Vey")) == "Credit: K. Vey"
    assert [human_size(n) for n in (999, 14_200, 3_210_000)] == ["999 bytes", "14 KB", "3.2 MB"]


@pytest.fixture(autouse=True)
def _no_thumbnail_left_running():
    yield
    QThreadPool.globalInstance().waitForDone(5000)
    thumbnails.wait(5000)


def test_a_zipped_release_shows_no_image_from_beside_the_zip(qtbot, window, tmp_path):
    (tmp_path / "beside.png").write_bytes(png(4, 4))  # a file next to the kit, not in it
    path = tmp_path / "kit.zip"
    make_zip(path, {"press release.md": f"# {TITLE}\n\n![x](beside.png)\n\nThe stage has 420 seats.\n".encode()})
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.release is not None and window.release.title == TITLE, timeout=20000)
    assert window.reader.folder is None
    kit = tmp_path / "kit"
    make_folder(kit, {"text/press release.md": f"# {TITLE}\n\nThe stage has 420 seats.\n".encode(),
                      "photo.png": png(2, 2)})
    window.open_path(str(kit))
    qtbot.waitUntil(lambda: window.path == str(kit), timeout=20000)
    assert window.reader.folder == (kit / "text").resolve()


def test_photos_come_first_and_a_document_shows_its_type(qtbot, window, tmp_path):
    path = tmp_path / "theatre.zip"
    make_zip(path, kit_files())
    tab, cards = open_kit(qtbot, window, path)
    assert [card.asset.kind for card in tab.cards] == ["image", "image", "document"]
    assert cards["backgrounder.md"].thumbnail.text() == "MD"


def test_a_small_pdf_or_kit_is_read_off_the_ui_thread(qtbot, window, tmp_path):
    from documents import pdf_bytes

    path = tmp_path / "short.pdf"
    path.write_bytes(pdf_bytes([TITLE, "", "The theatre reopens with 420 seats."]))
    window.open_path(str(path))
    assert window.loader.busy  # pdfminer works in the worker, never on the window's thread
    qtbot.waitUntil(lambda: window.release is not None and window.release.title == TITLE, timeout=20000)


def test_a_kits_four_tabs_show_their_names_whole(qtbot, window, tmp_path):
    lines = [f"The hall added {10 + n} seats in wing {chr(65 + n)}, and “row {n} is ready for the {n + 20} players,” "
             f"said Ola Brandt." for n in range(12)]
    files = {"press-release.md": ("# Hall grows again\n\n" + "\n\n".join(lines) + "\n").encode(),
             "stage.png": kit_files()["stage.png"]}
    make_zip(tmp_path / "hall.zip", files)
    window.open_path(str(tmp_path / "hall.zip"))
    qtbot.waitUntil(lambda: window.release is not None and window.release.title == "Hall grows again", timeout=20000)
    assert len(window.release.figures) >= 10  # counts of two digits: "Figures (24)" would not fit
    bar = window.panel.tabBar()
    for index in range(bar.count()):
        if bar.isTabVisible(index):  # Qt cuts a name ("Figures (…") when its tab is narrower than it needs
            assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width(), bar.tabText(index)
    # dragged as narrow as it goes, the panel still fits every tab's name
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
    assert window.panel.minimumWidth() >= needed


def test_every_file_of_the_kit_is_listed_before_any_thumbnail_is_made(qtbot, window, tmp_path):
    photos = {f"photos/pier-{n:02d}.png": png(30 + n, 20, {b"Description": f"Pier lamp {n}".encode()})
              for n in range(15)}
    path = tmp_path / "pier.zip"
    make_zip(path, {"press release.md": f"# {TITLE}\n\nThe pier lamps are lit again.\n".encode(), **photos})
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.release is not None and window.release.title == TITLE, timeout=20000)
    window.panel.show_tab("assets")
    tab = window.panel.pages[ASSETS].content
    assert 0 < len(tab.cards) < len(photos)  # the rest follow from the event loop
    while len(tab.cards) < len(photos):
        assert all(card.thumbnail.pixmap().isNull() and card.thumbnail.text() == "PNG" for card in tab.cards)
        qtbot.wait(5)
    qtbot.waitUntil(lambda: all(not card.thumbnail.pixmap().isNull() for card in tab.cards), timeout=10000)
    assert [card.asset.name for card in tab.cards] == sorted(photos)


def test_a_kit_opened_while_thumbnails_are_made_shows_its_own(qtbot, window, tmp_path):
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    make_zip(first, {"press release.md": f"# {TITLE}\n\nOne.\n".encode(),
                     **{f"a-{n}.png": png(40, 30) for n in range(12)}})
    make_zip(second, {"press release.md": b"# Quay Lights Return\n\nTwo.\n", "b.png": png(20, 40)})
    window.open_path(str(first))
    qtbot.waitUntil(lambda: window.release is not None and window.release.title == TITLE, timeout=20000)
    window.panel.show_tab("assets")
    window.panel.page(ASSETS)  # every card made: the thumbnails are on their way
    window.open_path(str(second))
    qtbot.waitUntil(lambda: window.release.title == "Quay Lights Return", timeout=20000)
    card = window.panel.page(ASSETS).cards[0]
    qtbot.waitUntil(lambda: not card.thumbnail.pixmap().isNull(), timeout=10000)
    assert (card.asset.name, card.thumbnail.pixmap().height()) == ("b.png", 72)


def test_a_photo_that_cannot_be_read_says_so_in_one_line_when_copied(qtbot, window, tmp_path):
    kit = tmp_path / "quay"
    make_folder(kit, {"press release.md": f"# {TITLE}\n\nThe quay is lit.\n".encode(),
                      "lamp.jpg": b"only words here, never a photo"})
    _, cards = open_kit(qtbot, window, kit)
    qtbot.mouseClick(cards["lamp.jpg"].findChild(QToolButton, "copyImage"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.currentMessage() == "lamp.jpg cannot be shown as an image", timeout=10000)
    (kit / "lamp.jpg").unlink()
    qtbot.mouseClick(cards["lamp.jpg"].findChild(QToolButton, "copyImage"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.currentMessage().startswith("Could not copy lamp.jpg: "), timeout=10000)


def test_copy_never_decodes_an_svg_that_refers_outside_itself(qtbot, window, tmp_path):
    """Qt's SVG reader would open the file an SVG names: such an SVG is refused on Copy, as in
    the reader; one that keeps to itself is copied as a picture."""
    from PySide6.QtGui import QColor, QImage

    secret = tmp_path / "secret.png"
    red = QImage(30, 20, QImage.Format.Format_RGB32)
    red.fill(QColor("red"))
    assert red.save(str(secret))
    shape = ('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20">'
             '<rect width="30" height="20" fill="#00a000"/>{}</svg>')
    kit = tmp_path / "harbour"
    make_folder(kit, {"press release.md": f"# {TITLE}\n\nThe harbour wall is mended.\n".encode(),
                      "map.svg": shape.format(f'<image href="{secret}" width="30" height="20"/>').encode(),
                      "plan.svg": shape.format("").encode()})
    _, cards = open_kit(qtbot, window, kit)
    QApplication.clipboard().clear()
    qtbot.mouseClick(cards["map.svg"].findChild(QToolButton, "copyImage"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.currentMessage() == "map.svg cannot be shown as an image", timeout=10000)
    assert QApplication.clipboard().image().isNull()
    qtbot.mouseClick(cards["plan.svg"].findChild(QToolButton, "copyImage"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not QApplication.clipboard().image().isNull(), timeout=10000)
    assert QApplication.clipboard().image().pixelColor(15, 10).green() > 120
