"""The window icon: PNGs rendered from mediakit/resources/icon.svg, loaded without Qt's SVG plugin."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

import mediakit.gui.app as app_module
from mediakit.gui.app import ICON_FILE, ICON_SIZES

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "mediakit" / "resources"
RENDER_SCRIPT = ROOT / "packaging" / "render_app_icons.py"
TOLERANCE = 2  # per channel, premultiplied: renderers may round antialiased edges differently


@pytest.fixture
def icon(qapp, monkeypatch) -> QIcon:
    """A freshly made app icon, not the one an earlier test cached."""
    monkeypatch.setattr(app_module, "_app_icon", [])
    return app_module.app_icon()


def _premultiplied_bytes(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return bytes(converted.constBits())  # copied while ``converted`` is alive: constBits() does not keep it


def _render_svg(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(RESOURCES / "icon.svg")).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def test_app_icon_offers_every_rendered_size(icon):
    assert not icon.isNull()
    available = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert available >= {(size, size) for size in (16, 24, 32, 48, 64)}


def test_app_icon_at_48_px_is_the_svg_drawn(icon):
    image = icon.pixmap(48, 48).toImage()
    assert image.width() == 48 and image.height() == 48
    opaque = sum(image.pixelColor(x, y).alpha() == 255 for y in range(48) for x in range(48))
    assert opaque > 48 * 48 // 2, f"only {opaque} opaque pixels: the icon is (mostly) blank"
    assert image.pixelColor(0, 0).alpha() == 0, "the rounded square's corner should be transparent"

    drawn, expected = _premultiplied_bytes(image), _premultiplied_bytes(_render_svg(48))
    largest = max(abs(a - b) for a, b in zip(drawn, expected))
    assert largest <= TOLERANCE, f"the 48 px icon differs from the SVG by up to {largest} per channel"


def test_committed_pngs_are_the_render_of_the_svg():
    """A changed icon.svg without re-rendered PNGs fails here."""
    result = subprocess.run([sys.executable, str(RENDER_SCRIPT), "--check"], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr


def test_render_check_names_missing_and_changed_pngs(qapp, tmp_path):
    """The check the test above relies on does tell a stale PNG from a fresh one."""
    spec = importlib.util.spec_from_file_location("render_app_icons", RENDER_SCRIPT)
    render_app_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_app_icons)
    for size in ICON_SIZES:
        name = ICON_FILE.format(size=size)
        shutil.copy(RESOURCES / name, tmp_path / name)
    assert render_app_icons.stale_files(tmp_path) == []

    changed = QImage(str(tmp_path / "icon-48.png"))
    changed.setPixelColor(24, 24, QColor("#ff0000"))
    changed.save(str(tmp_path / "icon-48.png"), "PNG")
    (tmp_path / "icon-16.png").unlink()
    assert render_app_icons.stale_files(tmp_path) == ["icon-16.png", "icon-48.png"]


SVG_PROBE = textwrap.dedent("""
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from mediakit.gui.app import app_icon
    pixmap = app_icon().pixmap(32, 32)
    print("pixmap:", pixmap.width(), pixmap.height())
    with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
        mapped = maps.read()
    print("svg:", [name for name in ("libqsvgicon", "libQt6Svg") if name in mapped])
""")


@pytest.mark.skipif(sys.platform != "linux", reason="reads what the process has loaded from /proc/self/maps")
def test_app_icon_loads_no_svg_plugin():
    result = subprocess.run([sys.executable, "-c", SVG_PROBE], capture_output=True, text=True, timeout=60,
                            cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["pixmap: 32 32", "svg: []"], result.stdout + result.stderr
