"""The sidebar of a kit: a row for its photos and other files, which opens the panel's Assets tab."""

from __future__ import annotations

import pytest
from kitmaker import make_folder, png
from PySide6.QtCore import Qt

from mediakit.gui.panels import ASSETS

pytestmark = pytest.mark.gui

TITLE = "Lighthouse Keepers Open the Lamp Room"


def _rows(window) -> list[str]:
    model = window.sidebar.proxy
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _click(qtbot, window, text: str) -> None:
    tree = window.sidebar.tree
    index = window.sidebar.index_for_text(text)
    assert index.isValid(), text
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


def test_a_kit_lists_its_files_in_the_sidebar_and_the_row_opens_the_assets_tab(qtbot, window, tmp_path):
    files = {
        "press-release.md": f"# {TITLE}\n\nPORT AVEN, 2 June 2032 – Visitors may climb the 96 steps.\n".encode(),
        "lamp.png": png(60, 40, {b"Description": b"The lamp at dusk"}),
        "steps.png": png(40, 60, {b"Description": b"The spiral stair"}),
    }
    kit = tmp_path / "kit"
    make_folder(kit, files)
    window.open_path(str(kit))
    qtbot.waitUntil(lambda: window.release is not None and window.release.title == TITLE, timeout=20000)
    assert _rows(window)[-1] == "Photos and files (2)"
    window.panel.show_tab("figures")
    _click(qtbot, window, "Photos and files (2)")
    assert window.panel.currentIndex() == ASSETS and window.panel.isVisible()


def test_a_release_alone_has_no_row_for_files(window):
    assert not any(row.startswith("Photos and files") for row in _rows(window))
    assert _rows(window)[-1].startswith("Media contacts (")
