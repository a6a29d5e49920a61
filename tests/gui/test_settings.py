"""Settings persist through QSettings in a private folder: two windows, one after the other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from mediakit import APP_NAME, ORG_NAME
from mediakit.gui import settings as S
from mediakit.gui.actions import ActionId

pytestmark = pytest.mark.gui


def settings_file(settings_dir):
    return settings_dir / ORG_NAME / f"{APP_NAME}.ini"


def test_settings_live_in_the_test_folder(window, settings_dir):
    window.close()
    assert settings_file(settings_dir).is_file()
    assert QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME).fileName() \
        == str(settings_file(settings_dir))


def test_state_persists_across_two_windows(qtbot, make_window, sample_folder):
    sample = sample_folder / "gui_sample.md"
    first = make_window()
    first.resize(790, 580)  # restoreGeometry keeps it inside the offscreen screen (800×800)
    first.splitter.setSizes([170, 360, 260])
    sizes = first.splitter.sizes()
    first.action(ActionId.ZOOM_IN).trigger()
    first.action(ActionId.ZOOM_IN).trigger()
    first.action(ActionId.THEME_DARK).trigger()
    first.panel.setCurrentIndex(2)
    first.open_path(str(sample))
    assert first.path == str(sample)
    first.close()

    second = make_window()
    assert second.reader.zoom == 120
    assert second.theme.choice == "dark" and second.theme.dark
    assert second.action(ActionId.THEME_DARK).isChecked()
    assert second.panel.currentIndex() == 2
    assert (second.width(), second.height()) == (790, 580)
    assert second.splitter.sizes()[0] == sizes[0]  # the sidebar's width (the panel is folded: narrow window)
    files, dropped = second.store.recent_files()
    assert files == [str(sample)] and dropped == []
    second.action(ActionId.THEME_SYSTEM).trigger()


def test_hidden_sidebar_and_panel_stay_hidden(make_window):
    first = make_window()
    first.action(ActionId.TOGGLE_SIDEBAR).trigger()
    first.action(ActionId.TOGGLE_PANEL).trigger()
    assert not first.sidebar.isVisible() and not first.panel.isVisible()
    first.close()
    second = make_window()
    assert not second.sidebar.isVisible() and not second.action(ActionId.TOGGLE_SIDEBAR).isChecked()
    assert not second.panel.isVisible() and not second.action(ActionId.TOGGLE_PANEL).isChecked()
    second.action(ActionId.TOGGLE_SIDEBAR).trigger()
    assert second.sidebar.isVisible() and second.sidebar.width() >= 160


def test_each_file_reopens_where_it_was_left(qtbot, make_window):
    from mediakit.core.analyse import default_release

    talent = default_release().all_sections()[-2]  # a section far down the text
    first = make_window()
    first.reader.scroll_to_block(talent.block)
    assert first.reader.top_block() == talent.block
    first.close()
    second = make_window()
    qtbot.waitUntil(lambda: second.reader.top_block() == talent.block)


def test_recent_menu_lists_files_and_drops_missing_ones(qtbot, make_window, sample_folder, tmp_path):
    gone = tmp_path / "gone.md"
    gone.write_text("# Gone soon\n\nA release that will be deleted before the menu opens.\n", encoding="utf-8")
    window = make_window()
    window.open_path(str(gone))
    window.open_path(str(sample_folder / "gui_sample.md"))
    gone.unlink()
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert texts[0] == "&1 gui_sample.md"
    assert not any("gone.md" in t for t in texts)
    assert "gone.md" in window.status.currentMessage()
    # choosing an entry opens it
    window.show_default_release()
    window.recent_menu.actions()[0].trigger()
    assert window.path == str(sample_folder / "gui_sample.md")


def test_recent_list_keeps_the_last_ten(tmp_path):
    store = S.SettingsStore()
    for n in range(14):
        path = tmp_path / f"r{n}.md"
        path.write_text("x", encoding="utf-8")
        store.add_recent_file(str(path))
    files, _ = store.recent_files()
    assert len(files) == 10 and files[0].endswith("r13.md") and files[-1].endswith("r4.md")


def test_corrupt_settings_file_is_set_aside_and_defaults_used(qtbot, make_window, settings_dir):
    path = settings_file(settings_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\x01\xff[preferences]\nzoom=\xfe\xfe")
    window = make_window()
    assert window.reader.zoom == 100
    backups = list(path.parent.glob(f"{path.name}.*.bak"))
    assert len(backups) == 1 and backups[0].read_bytes().startswith(b"\x00\x01")
    assert "could not be read" in window.status.currentMessage()


def test_nonsense_values_fall_back_to_defaults(make_window, settings_dir):
    path = settings_file(settings_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[preferences]\nzoom=banana\ntheme=purple\n[window]\nsplitter=[1,2\n", encoding="utf-8")
    window = make_window()
    assert window.reader.zoom == 100
    assert window.theme.choice == "system"
    assert window.splitter.sizes()[0] > 100


def test_two_instances_merge_their_recent_files_newest_first(tmp_path, settings_dir):
    """A second MediaKit (another process, with its own copy of the settings in memory) adds
    a file while this one runs: neither overwrites the other's list when it saves."""
    import subprocess
    import sys

    paths = []
    for name in ("first.md", "second.md", "third.md"):
        paths.append(tmp_path / name)
        paths[-1].write_text("x", encoding="utf-8")
    here = S.SettingsStore()
    here.get(S.RECENT_FILES)  # this instance has read its settings
    here.add_recent_file(str(paths[0]))
    other = ("import sys; from PySide6.QtCore import QSettings;"
             "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1]);"
             "from mediakit.gui.settings import SettingsStore; s = SettingsStore();"
             "s.add_recent_file(sys.argv[2]); s.sync()")
    subprocess.run([sys.executable, "-c", other, str(settings_dir), str(paths[1])], check=True, timeout=60)
    here.add_recent_file(str(paths[2]))
    here.sync()  # quitting
    files, _ = here.recent_files()
    assert files == [str(paths[2]), str(paths[1]), str(paths[0])]
