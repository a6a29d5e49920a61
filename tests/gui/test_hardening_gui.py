"""Hardening through the window: hostile releases make no request, the file read is never
written, exports are atomic and ask before replacing, bad files never cost the release on
screen, broken settings are set aside, and an unexpected error leaves the app running.

The core's side (timing, fuzzing, ``--json``) is in tests/core/test_hardening.py and
tests/core/test_fuzz.py; here everything goes through ``MainWindow`` and its real paths.
"""

from __future__ import annotations

import http.server
import os
import sys
import threading
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QPushButton

from mediakit import APP_NAME, ORG_NAME
from mediakit.gui.actions import ActionId
from mediakit.gui.dialogs import active_dialogs
from mediakit.gui.reader import placeholder_image

pytestmark = pytest.mark.gui

IMAGE = QTextDocument.ResourceType.ImageResource.value
DEFAULT_HEADLINE = "Cyberport Supports the 2026-2027 Budget"
SAMPLE_HEADLINE = "Harbour Ferries Add 12 Electric Vessels"


# --- helpers ---------------------------------------------------------------------------------
def settle(qtbot) -> None:
    """Wait until every event queued so far has been handled (a zero timer fires after them)."""
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))


def scroll_through(qtbot, reader) -> int:
    """Page from top to bottom, painting each screen (images are laid out as they appear)."""
    bar = reader.verticalScrollBar()
    bar.setValue(0)
    pages = 0
    while True:
        reader.viewport().grab()  # paints now: every image on this screen is asked for
        settle(qtbot)
        pages += 1
        if bar.value() >= bar.maximum():
            return pages
        bar.setValue(bar.value() + max(1, bar.pageStep()))


def dialog(qtbot, name: str):
    qtbot.waitUntil(lambda: bool(active_dialogs(name)))
    return active_dialogs(name)[0]


def close_dialog(qtbot, name: str) -> None:
    for box in active_dialogs(name):
        box.close()
    qtbot.waitUntil(lambda: not active_dialogs(name))


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


def save_via_dialog(qtbot, window, action_id: ActionId, path: Path) -> None:
    """Choose ``path`` in the Export dialog (the real menu path), as a user would."""
    window.action(action_id).trigger()
    chooser = dialog(qtbot, "saveDialog")
    chooser.selectFile(str(path))
    chooser.accept()


def solid_png(path: Path, colour: str = "#3366cc") -> Path:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


# --- 1. no network, ever ----------------------------------------------------------------------
class _CanaryHandler(http.server.BaseHTTPRequestHandler):
    def _record(self) -> None:
        self.server.requests.append(f"{self.command} {self.path}")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_HEAD = do_POST = do_PUT = do_OPTIONS = _record  # noqa: N815 - the http.server API

    def log_message(self, *args) -> None:
        pass


class CanaryServer(http.server.ThreadingHTTPServer):
    """Counts every connection (even one that never sends a request) and every request."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _CanaryHandler)
        self.connections: list[tuple] = []
        self.requests: list[str] = []

    def verify_request(self, request, client_address) -> bool:
        self.connections.append(client_address)
        return True

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def control_request(self, qtbot) -> None:
        """A request of our own, made last: the canary was listening and everything before it has
        arrived (connections are accepted in order), so what it saw before is all there is."""
        with urllib.request.urlopen(f"{self.base}/control", timeout=10) as response:
            assert response.status == 200
        qtbot.waitUntil(lambda: "GET /control" in self.requests)


@pytest.fixture
def canary():
    server = CanaryServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def hostile_markdown(base: str) -> str:
    return f"""# Canary Markdown Headline

London, UK – 3 March 2025: Acme today opened a plant with 3,000 jobs.

![chart]({base}/md-image.png)

![local map](local.png)

![outside](../outside.png)

Body <img src="{base}/inline-img.gif" alt="inline"> text.

<link rel="stylesheet" href="{base}/md-style.css">

<script src="{base}/md-script.js"></script>

<iframe src="{base}/md-frame.html"></iframe>

<object data="{base}/md-object.swf"></object>

<video src="{base}/md-video.mp4" poster="{base}/md-poster.png"></video>

<style>@import url({base}/md-import.css); @font-face {{ font-family: X; src: url({base}/md-font.woff); }}</style>

<div style="background-image: url({base}/md-bg.png)">Styled text.</div>

Read [the web page]({base}/web-page), not [this](javascript:alert(1)), [that](data:text/html,hi),
[the password file](file:///etc/passwd) or [notes](notes.txt).
"""


def hostile_html(base: str) -> str:
    return f"""<!DOCTYPE html><html><head>
<base href="{base}/">
<meta http-equiv="refresh" content="0; url={base}/refresh">
<link rel="stylesheet" href="{base}/style.css"><link rel="icon" href="{base}/favicon.ico">
<link rel="preload" href="{base}/preload.js" as="script"><script src="{base}/script.js"></script>
<style>
@import url("{base}/import.css");
@import "{base}/import2.css";
@font-face {{ font-family: Canary; src: url({base}/font.woff2) format("woff2"); }}
body {{ background-image: url({base}/body-bg.png); font-family: Canary; }}
p.x {{ background: url('{base}/p-bg.png'); list-style-image: url({base}/bullet.png); }}
</style></head>
<body background="{base}/body-attr.png">
<h1>Canary HTML Headline</h1>
<p>London, UK – 3 March 2025: Acme today opened a plant with 3,000 jobs.</p>
<p><img src="{base}/img.png" alt="remote picture"> <img src="//127.0.0.1:{base.rsplit(':', 1)[1]}/protocol-relative.png">
<img srcset="{base}/srcset.png 2x" src="local.png" alt="local"></p>
<iframe src="{base}/frame.html"></iframe><object data="{base}/object.swf"></object>
<embed src="{base}/embed.swf"><video src="{base}/video.mp4" poster="{base}/poster.png"></video>
<audio src="{base}/audio.mp3"></audio><picture><source srcset="{base}/source.webp"></picture>
<svg><image href="{base}/svg.png"/></svg><input type="image" src="{base}/input.png">
<table background="{base}/table.png"><tr><td background="{base}/td.png">Cell</td></tr></table>
<p class="x" style="background-image: url({base}/inline.png)">Styled.</p>
<p>See <a href="{base}/web-page">the web page</a> and <a href="javascript:alert(1)">this</a>.</p>
</body></html>"""


@pytest.fixture
def hostile_folder(tmp_path, canary) -> Path:
    folder = tmp_path / "release"
    folder.mkdir()
    (folder / "hostile.md").write_text(hostile_markdown(canary.base), encoding="utf-8")
    (folder / "hostile.html").write_text(hostile_html(canary.base), encoding="utf-8")
    (folder / "notes.txt.sh").write_text("echo not a release\n", encoding="utf-8")
    solid_png(folder / "local.png")
    solid_png(tmp_path / "outside.png", "#cc3333")
    return folder


@pytest.mark.parametrize("name", ["hostile.md", "hostile.html"])
def test_hostile_releases_make_no_request_through_the_window(qtbot, make_window, hostile_folder, canary,
                                                             name):
    window = make_window()
    window.open_path(str(hostile_folder / name))
    assert window.windowTitle().startswith("Canary")
    window.resize(700, 300)  # several screens to scroll through
    settle(qtbot)
    assert scroll_through(qtbot, window.reader) >= 2
    window.action(ActionId.ZOOM_IN).trigger()  # a relayout asks for every image again
    scroll_through(qtbot, window.reader)
    window.export_pdf(str(hostile_folder.parent / "printed.pdf"))  # printing re-renders the release
    assert window.status.currentMessage() == "Saved printed.pdf"
    canary.control_request(qtbot)
    assert canary.requests == ["GET /control"] and len(canary.connections) == 1
    # remote images are named, never fetched
    text = window.reader.document().toPlainText()
    assert "[Image not loaded:" in text
    assert "Canary" in text and "3,000 jobs" in text


def test_raw_hostile_html_in_the_reader_loads_only_the_release_folder(qtbot, make_window, hostile_folder,
                                                                       canary):
    """The reader's own guard, without the core and the renderer in front of it."""
    window = make_window(hostile_folder / "hostile.md")
    reader = window.reader
    reader.show_html(hostile_html(canary.base) + hostile_markdown(canary.base), hostile_folder)
    window.resize(700, 300)
    scroll_through(qtbot, reader)
    canary.control_request(qtbot)
    assert canary.requests == ["GET /control"] and len(canary.connections) == 1
    placeholder = placeholder_image()
    for url in (f"{canary.base}/img.png", f"{canary.base}/body-bg.png", "../outside.png",
                QUrl.fromLocalFile(str(hostile_folder.parent / "outside.png")).toString()):
        assert reader.loadResource(IMAGE, QUrl(url)) is placeholder, url
    local = reader.loadResource(IMAGE, QUrl("local.png"))
    assert isinstance(local, QImage) and local is not placeholder and local.width() == 40


def test_the_reader_reads_no_stylesheet_from_disk(qtbot, window, tmp_path):
    """Qt falls back to reading a local file itself when ``loadResource`` gives nothing back;
    the reader gives back an empty style sheet, so nothing outside the release is read."""
    folder = tmp_path / "release"
    folder.mkdir()
    outside = tmp_path / "outside.css"
    outside.write_text("p.x { color: #ff0000; font-size: 40pt; }", encoding="utf-8")
    (folder / "inside.css").write_text("p.y { color: #00ff00; }", encoding="utf-8")
    for css in (f"@import url({QUrl.fromLocalFile(str(outside)).toString()});", "@import url(../outside.css);",
                "@import url(inside.css);"):
        window.reader.show_html(f"<html><head><style>{css}</style></head><body><p class='x'>Styled</p>"
                                "<p class='y'>Other</p></body></html>", folder)
        settle(qtbot)
        block = window.reader.document().begin()
        for _ in range(2):
            assert block.charFormat().foreground().color().name() != "#ff0000", css
            assert block.begin().fragment().charFormat().foreground().color().name() not in ("#ff0000", "#00ff00")
            block = block.next()


def link_cursor(reader, href: str) -> QTextCursor:
    """A cursor in the middle of the link to ``href`` in the reader's document."""
    block = reader.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(reader.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return cursor
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_links_do_nothing_unless_safe_and_web_links_open_only_on_a_click(qtbot, make_window, hostile_folder,
                                                                          canary, opened_urls):
    window = make_window(hostile_folder / "hostile.md")
    reader = window.reader
    web = f"{canary.base}/web-page"
    # the renderer left only the web link a link; the others are plain words
    assert link_cursor(reader, web)
    for href in ("javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd"):
        with pytest.raises(AssertionError):
            link_cursor(reader, href)
    # hovering over the web link shows it; it opens nothing
    cursor = link_cursor(reader, web)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    point = reader.cursorRect(cursor).center()
    qtbot.mouseMove(reader.viewport(), point)
    settle(qtbot)
    assert opened_urls.urls == []
    # a click opens it in the desktop's browser, once
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: opened_urls.urls == [web])
    # links a hostile document could still carry do nothing when clicked
    outside = QUrl.fromLocalFile(str(hostile_folder.parent / "outside.png")).toString()
    for url in ("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "file:///etc/passwd", outside, "../outside.png", "notes.txt.sh",
                QUrl.fromLocalFile(str(hostile_folder / "notes.txt.sh")).toString(), "ftp://127.0.0.1/x",
                "vbscript:msgbox(1)"):
        reader.anchorClicked.emit(QUrl(url))
        assert window.status.currentMessage().startswith("Link not opened"), url
    settle(qtbot)
    assert opened_urls.urls == [web]
    assert window.path == str(hostile_folder / "hostile.md")
    canary.control_request(qtbot)
    assert canary.requests == ["GET /control"]  # the desktop was asked; MediaKit fetched nothing


# --- 2. the file being read is never written ----------------------------------------------------
def click_every_copy_button(qtbot, window) -> int:
    clicks = 0
    for index in range(window.panel.count()):
        window.panel.setCurrentIndex(index)
        page = window.panel.page(index)
        for button in page.findChildren(QAbstractButton):
            if button.objectName().startswith("copy") and button.isEnabled():
                QApplication.clipboard().clear()
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                assert QApplication.clipboard().text(), button.objectName()
                clicks += 1
    return clicks


def test_the_release_is_never_written(qtbot, make_window, sample_folder, tmp_path):
    release = sample_folder / "gui_sample.md"
    before = snapshot(sample_folder)
    exports = tmp_path / "exports"
    exports.mkdir()

    window = make_window(release)
    assert window.windowTitle().startswith(SAMPLE_HEADLINE)
    scroll_through(qtbot, window.reader)
    window.action(ActionId.FIND).trigger()
    qtbot.waitUntil(window.find_bar.field.hasFocus)
    qtbot.keyClicks(window.find_bar.field, "3000")
    assert window.find_bar.count_label.text() == "1 of 1"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert click_every_copy_button(qtbot, window) >= 5
    window.action(ActionId.COPY_CITATION).trigger()
    window.reader.selectAll()
    window.reader.setFocus()
    qtbot.keySequence(window.reader, QKeySequence(QKeySequence.StandardKey.Copy))
    assert SAMPLE_HEADLINE in QApplication.clipboard().text()
    window.sidebar.tree.setCurrentIndex(window.sidebar.index_for_text("Fleet and routes"))
    window.sidebar.copy_current_section()
    save_via_dialog(qtbot, window, ActionId.EXPORT_PDF, exports / "gui_sample.pdf")
    qtbot.waitUntil(lambda: (exports / "gui_sample.pdf").exists())
    save_via_dialog(qtbot, window, ActionId.EXPORT_TEXT, exports / "gui_sample.txt")
    qtbot.waitUntil(lambda: (exports / "gui_sample.txt").exists())
    save_via_dialog(qtbot, window, ActionId.EXPORT_TEXT, sample_folder / "gui_sample.txt")
    qtbot.waitUntil(lambda: (sample_folder / "gui_sample.txt").exists())
    window.close()

    after = snapshot(sample_folder)
    assert after.pop("gui_sample.txt")[0].startswith(b"EMBARGOED")  # the one export asked for here
    assert after == before  # same files, same bytes, same modification times
    assert sorted(p.name for p in exports.iterdir()) == ["gui_sample.pdf", "gui_sample.txt"]


def test_exporting_over_the_open_release_is_refused(qtbot, make_window, sample_folder):
    release = sample_folder / "gui_sample.md"
    before = snapshot(sample_folder)
    window = make_window(release)
    save_via_dialog(qtbot, window, ActionId.EXPORT_TEXT, release)
    box = dialog(qtbot, "errorDialog")
    assert "gui_sample.md" in box.text() and "reading" in box.informativeText()
    assert not active_dialogs("replaceDialog")
    close_dialog(qtbot, "errorDialog")
    assert snapshot(sample_folder) == before


# --- 3. exports: atomic, and asked before replacing -------------------------------------------------
def leftovers(folder: Path, *expected: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in expected)


@pytest.mark.parametrize("action_id, name", [(ActionId.EXPORT_TEXT, "old.txt"), (ActionId.EXPORT_PDF, "old.pdf")])
def test_replacing_an_export_asks_and_no_keeps_the_old_file(qtbot, window, tmp_path, action_id, name):
    target = tmp_path / name
    target.write_bytes(b"the reporter's own notes")
    stamp = target.stat().st_mtime_ns
    save_via_dialog(qtbot, window, action_id, target)
    box = dialog(qtbot, "replaceDialog")  # shown without blocking: the test goes on while it is open
    assert name in box.text() and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert target.read_bytes() == b"the reporter's own notes"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not active_dialogs("replaceDialog"))
    settle(qtbot)
    assert target.read_bytes() == b"the reporter's own notes" and target.stat().st_mtime_ns == stamp
    assert leftovers(tmp_path, name) == []
    assert not window.status.currentMessage().startswith("Saved")


@pytest.mark.parametrize("action_id, name, magic", [(ActionId.EXPORT_TEXT, "old.txt", b"Press Release"),
                                                     (ActionId.EXPORT_PDF, "old.pdf", b"%PDF")])
def test_replacing_an_export_on_yes_swaps_the_file_in_whole(qtbot, window, tmp_path, action_id, name, magic):
    target = tmp_path / name
    target.write_bytes(b"old contents")
    target.chmod(0o640)
    old_inode = target.stat().st_ino
    save_via_dialog(qtbot, window, action_id, target)
    box = dialog(qtbot, "replaceDialog")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.read_bytes().startswith(magic))
    assert target.stat().st_ino != old_inode  # a new file renamed over the old one, not rewritten in place
    assert target.stat().st_mode & 0o777 == 0o640  # the user's permissions are kept
    assert leftovers(tmp_path, name) == []
    assert window.status.currentMessage() == f"Saved {name}"


def test_a_new_export_gets_ordinary_permissions(qtbot, window, tmp_path):
    target = tmp_path / "new.txt"
    save_via_dialog(qtbot, window, ActionId.EXPORT_TEXT, target)
    qtbot.waitUntil(target.exists)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert not active_dialogs("replaceDialog")


@pytest.mark.parametrize("export", ["export_text", "export_pdf"])
def test_a_failed_export_leaves_no_temporary_file_and_says_why(qtbot, window, tmp_path, export):
    folder = tmp_path / "out"
    folder.mkdir()
    occupied = folder / "release.txt"
    occupied.mkdir()  # the chosen name is a folder: the rename at the end fails
    (occupied / "inside.txt").write_text("kept", encoding="utf-8")
    getattr(window, export)(str(occupied))
    box = dialog(qtbot, "errorDialog")
    assert "release.txt" in box.text() and str(occupied) in box.informativeText()
    assert "directory" in box.informativeText().lower() or "folder" in box.informativeText().lower()
    close_dialog(qtbot, "errorDialog")
    assert leftovers(folder) == ["release.txt"]
    assert [p.name for p in occupied.iterdir()] == ["inside.txt"]
    # a "folder" that is a file
    blocker = folder / "notes"
    blocker.write_text("a file", encoding="utf-8")
    getattr(window, export)(str(blocker / "release.pdf"))
    box = dialog(qtbot, "errorDialog")
    assert "release.pdf" in box.text() and "Not a directory" in box.informativeText()
    close_dialog(qtbot, "errorDialog")
    assert leftovers(folder) == ["notes", "release.txt"] and blocker.read_text(encoding="utf-8") == "a file"
    assert window.release is not None and window.windowTitle().startswith(DEFAULT_HEADLINE)
