"""Reopen: a start with no file named shows the release shown last, where it was left."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

PARAGRAPHS = "\n\n".join(f"Paragraph {n}: the choir rehearses in the old hall on weekday evenings." for n in range(1, 41))
RELEASE = f"""# Town Choir Records Its First Album

LINDEN, 12 March 2034 — The town choir has recorded twelve songs in the church hall.

## The recording

{PARAGRAPHS}

## Concerts

The choir sings the album live in May.
"""


@pytest.fixture
def start(qtbot):
    """``start()``: what ``python -m mediakit`` with no file does; windows are closed afterwards."""
    from mediakit.gui.app import ensure_app, start_window

    ensure_app()
    started = []

    def start_once(path=None):
        window = start_window(path)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        started.append(window)
        return window

    yield start_once
    for window in started:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def choir(tmp_path):
    path = tmp_path / "choir.md"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def test_a_first_start_shows_the_built_in_release(start):
    window = start()
    assert window.path is None and window.release is not None


def test_the_next_start_reopens_the_last_release_where_it_was_left(qtbot, start, choir):
    first = start(str(choir))
    first.resize(900, 400)
    concerts = next(s for s in first.release.sections if s.title == "Concerts")
    paragraph = concerts.block - 10  # well inside the long section
    qtbot.waitUntil(lambda: first.reader.scroll_to_block(paragraph) and first.reader.top_block() == paragraph)
    first.close()

    second = start()
    assert second.path == str(choir)
    qtbot.waitUntil(lambda: second.reader.top_block() == paragraph)


def test_after_the_built_in_release_the_built_in_release_again(start, choir):
    first = start(str(choir))
    first.show_default_release()
    first.close()
    assert start().path is None


def test_a_last_release_that_is_gone_leaves_the_built_in_one_and_says_so(start, choir):
    start(str(choir)).close()
    choir.unlink()
    window = start()
    assert window.path is None and window.release is not None
    assert "choir.md" in window.status.currentMessage() and "no longer there" in window.status.currentMessage()


def test_recent_files_keep_kits_and_folders(make_window, tmp_path):
    folder = tmp_path / "press-kit"
    folder.mkdir()
    kit = tmp_path / "launch-kit.zip"
    with zipfile.ZipFile(kit, "w") as archive:
        archive.writestr("release.md", "# Kit\n")
    window = make_window()
    for path in (folder, kit):
        window.store.add_recent_file(str(path))
    files, dropped = window.store.recent_files()
    assert files == [str(kit), str(folder)] and dropped == []
    window.recent_menu.aboutToShow.emit()
    labels = [action.text() for action in window.recent_menu.actions()]
    assert "&1 launch-kit.zip" in labels and "&2 press-kit/" in labels
