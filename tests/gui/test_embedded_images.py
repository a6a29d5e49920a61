"""Pictures a release carries inside itself (``data:image/…;base64,…``, as a page saved with its
images inlined): drawn from those bytes, never printed as a screen of base64, and checked like
any image (an SVG that refers outside itself is still refused)."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from mediakit.gui.reader import placeholder_image

pytestmark = pytest.mark.gui
IMAGE = QTextDocument.ResourceType.ImageResource.value


def png_uri(width: int, height: int, colour: str) -> str:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")


def inlined_markdown(uri: str) -> str:
    return ("# Lighthouse keepers' cottage reopens as a museum\n\n"
            "Saltmarsh, 2 June 2031 – The cottage opens to visitors this weekend.\n\n"
            f"![]({uri})\n\nThe museum is open daily.\n")


def inlined_html(uri: str) -> str:
    return ("<html><body><article><h1>Allotment waiting list cut by half</h1>"
            "<p>Greyford, 9 May 2031 – The council opened 40 new plots.</p>"
            f'<p><img src="{uri}" alt="New plots by the river"></p><p>Plots cost 30 a year.</p>'
            "</article></body></html>")


@pytest.mark.parametrize(("name", "make", "caption"), [
    ("cottage.md", inlined_markdown, None), ("plots.html", inlined_html, "New plots by the river")])
def test_an_image_inside_the_release_is_drawn_and_its_bytes_never_shown(make_window, qtbot, tmp_path, name, make, caption):
    uri = png_uri(30, 12, "#208040")
    path = tmp_path / name
    path.write_text(make(uri), encoding="utf-8")
    window = make_window(path)
    qtbot.waitUntil(lambda: window.release is not None and window.path is not None)
    text = window.reader.document().toPlainText()
    assert "base64" not in text and "iVBOR" not in text and "Image not loaded" not in text
    drawn = window.reader.loadResource(IMAGE, QUrl(uri))
    assert drawn is not placeholder_image() and (drawn.width(), drawn.height()) == (30, 12)
    assert drawn.pixelColor(3, 3) == QColor("#208040")
    if caption:
        assert caption in text


def test_an_inlined_svg_that_reaches_outside_and_broken_data_get_the_placeholder(make_window, sample_folder):
    window = make_window(sample_folder / "gui_sample.md")
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">'
           '<image href="/etc/hostname" width="20" height="20"/></svg>')
    reaching = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")
    for uri in (reaching, "data:image/png;base64,not*base64", "data:image/png,rawbytes"):
        assert window.reader.loadResource(IMAGE, QUrl(uri)) is placeholder_image(), uri


def test_a_data_address_that_is_no_image_is_named_by_its_type_alone(make_window, qtbot, tmp_path):
    payload = base64.b64encode(b"<p>not a picture</p>" * 40).decode("ascii")
    path = tmp_path / "page.md"
    path.write_text(inlined_markdown("data:text/html;base64," + payload), encoding="utf-8")
    window = make_window(path)
    qtbot.waitUntil(lambda: window.release is not None and window.path is not None)
    text = window.reader.document().toPlainText()
    assert "[Image not loaded: data:text/html;base64]" in text
    assert payload[:20] not in text
