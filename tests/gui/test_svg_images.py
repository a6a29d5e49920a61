"""An SVG in the release's folder is drawn only when it refers to nothing outside itself (#17):
Qt's SVG reader would otherwise open any file the SVG names, and draw it."""

from __future__ import annotations

import gzip

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from mediakit.gui.reader import ReaderView, placeholder_image

IMAGE = int(QTextDocument.ResourceType.ImageResource.value)
GREEN = "#00a000"


def svg(body: str, head: str = "") -> str:
    return (f'{head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="60" height="40"><rect width="60" height="40" fill="{GREEN}"/>{body}</svg>')


@pytest.fixture
def kit(tmp_path, qapp):
    """A release folder inside tmp_path, a red picture outside it, and a reader on the folder."""
    folder = tmp_path / "kit"
    folder.mkdir()
    outside = QImage(60, 40, QImage.Format.Format_RGB32)
    outside.fill(QColor("red"))
    assert outside.save(str(tmp_path / "secret.png"))
    reader = ReaderView()
    reader.show_html("<p>Text.</p>", folder)
    yield folder, tmp_path / "secret.png", reader
    reader.deleteLater()


def red_pixels(image: QImage) -> int:
    return sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 80)


@pytest.mark.parametrize("make", [
    lambda secret: svg(f'<image href="{secret}" width="60" height="40"/>'),
    lambda secret: svg(f'<image xlink:href="{QUrl.fromLocalFile(str(secret)).toString()}" width="60" height="40"/>'),
    lambda secret: svg('<image href="../secret.png" width="60" height="40"/>'),
    lambda secret: svg('<image href = \'../secret.png\' width="60" height="40"/>'),
    lambda secret: svg(f'<rect width="60" height="40" style="fill: url(file://{secret})"/>'),
    lambda secret: svg(f'<style>@import "{secret}";</style>'),
    lambda secret: svg('<use href="../other.svg#shape"/>'),
    lambda secret: svg("<text>&x;</text>", head=f'<!DOCTYPE svg [<!ENTITY x SYSTEM "file://{secret}">]>'),
])
def test_an_svg_that_refers_outside_its_folder_is_not_drawn(kit, make):
    folder, secret, reader = kit
    (folder / "chart.svg").write_text(make(secret), encoding="utf-8")
    image = reader.loadResource(IMAGE, QUrl("chart.svg"))
    assert image is placeholder_image()
    assert red_pixels(image) == 0


def test_a_self_contained_svg_is_drawn_and_a_zipped_one_is_checked_too(kit):
    folder, secret, reader = kit
    (folder / "logo.svg").write_text(svg('<circle cx="30" cy="20" r="8" fill="url(#g)"/>'
                                         '<defs><linearGradient id="g"/></defs>'), encoding="utf-8")
    image = reader.loadResource(IMAGE, QUrl("logo.svg"))
    assert image is not placeholder_image() and image.width() == 60
    assert image.pixelColor(2, 2) == QColor(GREEN)
    (folder / "packed.svgz").write_bytes(gzip.compress(svg(f'<image href="{secret}"/>').encode()))
    assert reader.loadResource(IMAGE, QUrl("packed.svgz")) is placeholder_image()


def test_an_svg_renamed_to_a_raster_name_is_checked_as_an_svg(kit):
    folder, secret, reader = kit
    (folder / "photo.png").write_text(svg(f'<image href="{secret}" width="60" height="40"/>'), encoding="utf-8")
    assert reader.loadResource(IMAGE, QUrl("photo.png")) is placeholder_image()
