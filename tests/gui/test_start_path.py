"""What a journalist opening a release never opened before notices: a PDF, however short,
is converted without freezing the window, and the release a launch reads in a child process
(``core.prefetch``) lands in the very cache folder the window reads."""

from __future__ import annotations

from documents import pdf_bytes as _one_page_pdf
from PySide6.QtWidgets import QApplication

from mediakit.core import prefetch
from mediakit.gui.loader import user_cache_folder


def test_a_short_pdf_is_converted_while_the_window_keeps_answering(window, qtbot, tmp_path):
    shown = window.release.title
    path = tmp_path / "notice.pdf"
    path.write_bytes(_one_page_pdf(["Valley Library Opens on Sundays", "",
                                    "MILLFORD, June 3, 2032 - The library will open 52 Sundays a year."]))
    window.open_path(str(path))
    assert window.loader.busy, "open_path came straight back; the PDF is read on the worker"
    assert window.release.title == shown
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=20000)
    assert window.release.title == "Valley Library Opens on Sundays"


def test_a_short_text_file_still_opens_at_once(window, tmp_path):
    path = tmp_path / "notice.md"
    path.write_text("# Canal Boats Run Late in Summer\n\nThe boats will run until 23:00 from July.\n",
                    encoding="utf-8")
    window.open_path(str(path))
    assert not window.loader.busy
    assert window.release.title == "Canal Boats Run Late in Summer"


def test_the_child_caches_where_the_window_reads(window):
    app = QApplication.instance()  # the tests' application has names of its own: the rule, not the names
    assert prefetch.cache_folder(app.applicationName(), app.organizationName()) == user_cache_folder("releases")


def test_a_pdf_given_at_launch_shows_the_window_first_and_fills_it_when_read(qtbot, tmp_path):
    from mediakit.gui.app import start_window

    path = tmp_path / "notice.pdf"
    path.write_bytes(_one_page_pdf(["Hill Farm Opens a Dairy School", "",
                                    "ASHBY, May 8, 2032 - The school will train 30 farmers a year."]))
    window = start_window(str(path))
    qtbot.addWidget(window)
    assert window.isVisible() and window.loader.busy
    assert window.release is None, "no other release is shown first"
    qtbot.waitUntil(lambda: window.release is not None, timeout=20000)
    assert window.release.title == "Hill Farm Opens a Dairy School"
    window.close()


def test_a_pdf_at_launch_that_cannot_be_read_says_so_and_shows_the_default_release(qtbot, tmp_path):
    from mediakit.gui.app import start_window
    from mediakit.gui.dialogs import active_dialogs

    path = tmp_path / "blank.pdf"
    path.write_bytes(_one_page_pdf([]))
    window = start_window(str(path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(active_dialogs("errorDialog")), timeout=20000)
    assert window.release is not None and window.path is None
    for dialog in active_dialogs("errorDialog"):
        dialog.close()
    window.close()
