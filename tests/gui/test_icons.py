"""Icons kept in the cache folder look exactly like the ones qtawesome draws, and let a later
start skip qtawesome; a damaged or unwritable cache only means drawing them again."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from mediakit.gui import icon_cache, icons

LIGHT = ("#3c4043", "#9a9ea5")
DARK = ("#d5d7db", "#6f737a")
NAMES = ("fa6s.copy", "fa6s.quote-left", "fa6s.magnifying-glass")


def _image(icon: QIcon, size: int, mode: QIcon.Mode):
    return icon.pixmap(QSize(size, size), 1.0, mode, QIcon.State.Off).toImage()


@pytest.mark.parametrize("name", NAMES)
def test_a_kept_icon_is_pixel_for_pixel_the_drawn_one(qapp, tmp_path, name):
    drawn = icons.draw_icon(name, *LIGHT)
    key = icon_cache.look_key(*LIGHT, 1.0)
    assert icon_cache.write_icon(tmp_path, key, name, drawn, 1.0)
    kept = icon_cache.read_icon(tmp_path, key, name, 1.0)
    assert kept is not None
    for size in icon_cache.SIZES:
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected):
            assert _image(kept, size, mode) == _image(drawn, size, mode), (size, mode)
    assert _image(kept, 16, QIcon.Mode.Normal) != _image(kept, 16, QIcon.Mode.Disabled)


def test_each_theme_keeps_its_own_colours(qapp, tmp_path):
    name = "fa6s.copy"
    for colours in (LIGHT, DARK):
        key = icon_cache.look_key(*colours, 1.0)
        icon_cache.write_icon(tmp_path, key, name, icons.draw_icon(name, *colours), 1.0)
    light = _image(icon_cache.read_icon(tmp_path, icon_cache.look_key(*LIGHT, 1.0), name, 1.0), 32,
                   QIcon.Mode.Normal)
    dark = _image(icon_cache.read_icon(tmp_path, icon_cache.look_key(*DARK, 1.0), name, 1.0), 32,
                  QIcon.Mode.Normal)
    assert icon_cache.look_key(*LIGHT, 1.0) != icon_cache.look_key(*DARK, 1.0)

    def darkest(image):
        return min(image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())
                   if image.pixelColor(x, y).alpha() == 255)

    assert darkest(light) < 100 < darkest(dark)


def test_a_damaged_or_foreign_strip_is_a_miss(qapp, tmp_path):
    name = "fa6s.copy"
    key = icon_cache.look_key(*LIGHT, 1.0)
    path = icon_cache.strip_path(tmp_path, key, name)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    assert icon_cache.read_icon(tmp_path, key, name, 1.0) is None
    icons.draw_icon(name, *LIGHT).pixmap(16).save(str(path), "PNG")  # a picture, but not a strip
    assert icon_cache.read_icon(tmp_path, key, name, 1.0) is None
    assert icon_cache.write_icon(tmp_path, key, name, icons.draw_icon(name, *LIGHT), 1.0)
    assert icon_cache.read_icon(tmp_path, key, name, 1.0) is not None
    assert icon_cache.read_icon(tmp_path, key, name, 2.0) is None  # drawn for another screen


def test_a_cache_folder_that_cannot_be_written_is_no_error(qapp, tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("in the way")
    key = icon_cache.look_key(*LIGHT, 1.0)
    assert not icon_cache.write_icon(blocked, key, "fa6s.copy", icons.draw_icon("fa6s.copy", *LIGHT), 1.0)
    assert icon_cache.read_icon(blocked, key, "fa6s.copy", 1.0) is None


def test_only_the_most_recently_used_looks_are_kept(qapp, tmp_path):
    drawn = icons.draw_icon("fa6s.copy", *LIGHT)
    keys = [f"{n:08x}" for n in range(icon_cache.MAX_LOOKS + 2)]
    for n, key in enumerate(keys):
        (tmp_path / key).mkdir()
        import os

        os.utime(tmp_path / key, ns=(n * 10**9, n * 10**9))
    icon_cache.write_icon(tmp_path, icon_cache.look_key(*LIGHT, 1.0), "fa6s.copy", drawn, 1.0)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(left) == icon_cache.MAX_LOOKS
    assert icon_cache.look_key(*LIGHT, 1.0) in left
    assert keys[0] not in left and keys[1] not in left


START = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QPushButton
    from mediakit.gui import icons
    app = QApplication([])
    button = QPushButton("Copy")
    icons.set_colours("#3c4043", "#9a9ea5")
    icons.bind(button, "fa6s.copy")
    icons.bind(button, "fa6s.quote-left")
    icons.load(Path(sys.argv[1]))
    assert not button.icon().isNull()
    print("qtawesome" in sys.modules)
""")


def test_a_later_start_sets_its_icons_without_qtawesome(tmp_path):
    def start() -> str:
        done = subprocess.run([sys.executable, "-c", START, str(tmp_path / "icons")], capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert start() == "True"  # the first start draws them
    assert start() == "False"  # the next paints them from the cache folder


def test_no_button_asks_for_an_icon_bigger_than_the_kept_ones(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton

    window.find_bar.open_bar()
    for tab in ("figures", "quotes", "contacts"):
        window.panel.show_tab(tab)
    window.panel.page(2)
    buttons = window.findChildren(QAbstractButton)
    assert len(buttons) > 20
    for button in buttons:
        assert button.iconSize().height() <= max(icon_cache.SIZES), button.objectName() or button.text()


IN_TURNS = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QPushButton
    from mediakit.gui import icons
    app = QApplication([])
    buttons = [QPushButton(name) for name in ("Copy", "Quote", "Next")]
    for button, icon in zip(buttons, ("fa6s.copy", "fa6s.quote-left", "fa6s.arrow-down")):
        icons.bind(button, icon)
    icons.load(Path(sys.argv[1]), turn_budget=0)  # one icon a turn
    print(sum(not b.icon().isNull() for b in buttons), icons.pending())
    while icons.pending():
        app.processEvents()
    print(sum(not b.icon().isNull() for b in buttons), icons.pending())
""")


def test_a_first_start_sets_its_icons_in_turns_between_events(tmp_path):
    """Drawing every icon at once held the event loop past 100 ms on a first start."""
    done = subprocess.run([sys.executable, "-c", IN_TURNS, str(tmp_path / "icons")], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["1 2", "3 0"]


KEPT_FIRST = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QPushButton
    from mediakit.gui import icons
    app = QApplication([])
    names = sys.argv[2:]
    buttons = [QPushButton(name) for name in names]
    for button, name in zip(buttons, names):
        icons.bind(button, name)
    kept = icons.load_kept(Path(sys.argv[1]))
    print(kept, sum(not b.icon().isNull() for b in buttons), "qtawesome" in sys.modules)
    icons.load(Path(sys.argv[1]))  # what the window does after its first paint
""")


def test_a_start_whose_icons_are_all_kept_shows_them_in_its_first_frame(tmp_path):
    """Set before the window is shown, kept icons need no repaint after the first frame; one
    icon not kept leaves them all to be drawn after it (qtawesome stays off the start path)."""
    def start(*names: str) -> str:
        done = subprocess.run([sys.executable, "-c", KEPT_FIRST, str(tmp_path / "icons"), *names],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert start("fa6s.copy", "fa6s.quote-left") == "False 0 False"  # a first start: none kept yet
    assert start("fa6s.copy", "fa6s.quote-left") == "True 2 False"
    assert start("fa6s.copy", "fa6s.quote-left", "fa6s.arrow-down") == "False 0 False"
