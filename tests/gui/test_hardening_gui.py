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
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QPushButton

from mediakit import APP_NAME, ORG_NAME
from mediakit.core.analyse import default_release
from mediakit.gui.actions import ActionId
from mediakit.gui.dialogs import active_dialogs
from mediakit.gui.reader import placeholder_image

pytestmark = pytest.mark.gui

IMAGE = QTextDocument.ResourceType.ImageResource.value
DEFAULT_HEADLINE = default_release().title[:40]  # the built-in release, whatever its words
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
    filler = ("\n\n" + "Acme said the plant would employ 3,000 people by 2027, the company said. " * 4) * 4_000
    (folder / "hostile-big.md").write_text(hostile_markdown(canary.base) + filler, encoding="utf-8")
    (folder / "notes.txt.sh").write_text("echo not a release\n", encoding="utf-8")
    solid_png(folder / "local.png")
    solid_png(tmp_path / "outside.png", "#cc3333")
    return folder


@pytest.mark.parametrize("name", ["hostile.md", "hostile.html", "hostile-big.md"])
def test_hostile_releases_make_no_request_through_the_window(qtbot, make_window, hostile_folder, canary,
                                                             name):
    window = make_window()
    window.open_path(str(hostile_folder / name))  # over 1 MB (hostile-big.md): read on a worker
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=20000)
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
    (hostile_folder / "link.png").symlink_to(hostile_folder.parent / "outside.png")  # inside, pointing out
    assert reader.loadResource(IMAGE, QUrl("link.png")) is placeholder


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


# --- 4. bad files: each opens (with any repairs in the status bar) or says what is wrong -------------
ZH_RELEASE = "長江實業宣布新計劃\n\n香港，2025年3月3日 – 長江實業今日宣布投資港幣3,000億元發展新項目。\n"
ZH_SIMPLIFIED = ZH_RELEASE.replace("長江實業宣布新計劃", "长江实业宣布新计划")
UTF16_RELEASE = "Acme Opens a Plant\n\nLondon, UK – 3 March 2025: Acme opened a plant with 3,000 jobs.\n"
TRUNCATED = "# Truncated Release Headline\n\nCafé “Nova” opens – 3 March 2025.\n".encode()[:-3] + "é".encode()[:1]
MIXED = (b"# Mixed Endings Headline\r\n\r\nLondon, UK \xe2\x80\x93 3 March 2025: Body text here.\r\rMore text.\n\n"
         b"## Section\n\nEnd.\r\n")
PARAGRAPH = "Acme Holdings said revenue rose 12% to US$3,000 million in the year to March, the company said.\n\n"

# name -> (contents, expected): ("opens", title, a repair it reports or None) or ("error", problem)
SMALL_FILES = {
    "big5.txt": (ZH_RELEASE.encode("big5"), ("opens", "長江實業宣布新計劃", None)),
    "gb18030.txt": (ZH_SIMPLIFIED.encode("gb18030"), ("opens", "长江实业宣布新计划", None)),
    "utf16-no-bom.txt": (UTF16_RELEASE.encode("utf-16-le"), ("opens", "Acme Opens a Plant", None)),
    "utf16be-no-bom.txt": (UTF16_RELEASE.encode("utf-16-be"), ("opens", "Acme Opens a Plant", None)),
    "truncated.md": (TRUNCATED, ("opens", "Truncated Release Headline", "could not be read as UTF-8")),
    "mixed-endings.md": (MIXED, ("opens", "Mixed Endings Headline", None)),
    "nested-blockquotes.md": (("# Nested Quotes Headline\n\n" + ">" * 10_000 + " deep\n").encode(),
                              ("opens", "Nested Quotes Headline", "nested more than")),
    "nested-html-lists.html": (("<h1>Nested Lists Headline</h1>" + "<ul><li>level" * 10_000).encode(),
                               ("opens", "Nested Lists Headline", "nested more than")),
    "nested-html-quotes.html": (("<h1>Nested Quotes Headline</h1>" + "<blockquote>deep" * 10_000).encode(),
                                ("opens", "Nested Quotes Headline", "nested more than")),
    "nested-lists.md": (("# Nested Lists Headline\n\n" + "- " * 10_000 + "x\n").encode(),
                        ("opens", "Nested Lists Headline", "nested more than")),
    "photo.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16, ("error", "binary file")),
    "photo.jpg.md": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 16, ("error", "binary file")),
    "empty.md": (b"", ("error", "the file is empty")),
    "blank.md": (b" \n\r\n\t\n", ("error", "the file is empty")),
    "missing.md": (None, ("error", "no such file")),
    "a-folder.md": ("dir", ("error", "folder")),
}


def write_case(folder: Path, name: str, contents) -> Path:
    path = folder / name
    if contents == "dir":
        path.mkdir()
    elif contents is not None:
        path.write_bytes(contents)
    return path


def assert_outcome(qtbot, window, path: Path, expected, before: tuple[str, str, str]) -> None:
    """The new release with its repairs on show, or an error naming file and problem with ``before`` kept."""
    if expected[0] == "opens":
        _, title, repair = expected
        assert window.path == str(path) and window.release.title == title
        assert window.windowTitle().startswith(title)
        assert window.status.file_label.text() == path.name
        repairs = len(window.release.warnings)
        assert window.status.repairs_button.text() == ("No repairs" if repairs == 0 else
                                                       f"{repairs} repair{'s' if repairs != 1 else ''}")
        if repair is not None:
            assert any(repair in w for w in window.release.warnings)
        assert not active_dialogs("errorDialog")
        return
    box = dialog(qtbot, "errorDialog")
    assert path.name in box.text()
    assert str(path) in box.informativeText() and expected[1] in box.informativeText()
    assert "Traceback" not in box.informativeText()
    assert (window.path, window.windowTitle(), window.reader.document().toPlainText()[:500]) == before
    close_dialog(qtbot, "errorDialog")


@pytest.mark.parametrize("name", list(SMALL_FILES))
def test_small_bad_files_through_the_window(qtbot, make_window, sample_folder, tmp_path, name):
    window = make_window(sample_folder / "gui_sample.md")
    before = (window.path, window.windowTitle(), window.reader.document().toPlainText()[:500])
    contents, expected = SMALL_FILES[name]
    path = write_case(tmp_path, name, contents)
    window.open_path(str(path))
    # small: shown at once when read within 100 ms, else finished in the background
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=20000)
    assert_outcome(qtbot, window, path, expected, before)


@pytest.fixture(scope="module")
def big_files(tmp_path_factory) -> dict[str, Path]:
    """Made once for the module: each is over the 1 MB above which files are read in the background."""
    folder = tmp_path_factory.mktemp("big")
    files = {
        "60mb.md": ("# Sixty Megabytes\n\n" + PARAGRAPH * (60 * 1024 * 1024 // len(PARAGRAPH))).encode(),
        "single-line.md": ("Acme said revenue rose 12% to US$3,000 million. " * 23_000).encode(),
        "100k-headings.md": "".join(f"## Heading {i}\n\nText.\n\n" for i in range(100_000)).encode(),
        "large.md": ("# Large Release Headline\n\nLondon, UK – 3 March 2025: Acme opened a plant.\n\n"
                     + PARAGRAPH * 11_000).encode(),
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
        assert len(data) > 1_000_000
    return paths


def heartbeat(qtbot) -> list[int]:
    """A timer ticking every 10 ms while the test runs; its ticks prove the event loop is free."""
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 1)
    heartbeat.timers.append(timer)  # kept alive until the module ends
    return ticks


heartbeat.timers = []


@pytest.mark.parametrize("name, expected", [
    ("60mb.md", ("error", "the file is too large (60.0 MB; the limit is 50 MB)")),
    ("100k-headings.md", ("error", "100,000 headings")),
    ("single-line.md", ("opens", "single-line", None)),
    ("large.md", ("opens", "Large Release Headline", "printed twice")),
])
def test_big_files_load_in_the_background_and_the_window_stays_responsive(qtbot, make_window, sample_folder,
                                                                           big_files, name, expected):
    window = make_window(sample_folder / "gui_sample.md")
    before = (window.path, window.windowTitle(), window.reader.document().toPlainText()[:500])
    ticks = heartbeat(qtbot)
    during: list[int] = []
    window.loader.loaded.connect(lambda *_: during.append(len(ticks)))
    window.loader.failed.connect(lambda *_: during.append(len(ticks)))
    start = len(ticks)
    window.open_path(str(big_files[name]))
    assert window.loader.busy  # on a worker: open_path came straight back
    qtbot.waitUntil(lambda: bool(during), timeout=20000)
    assert not window.loader.busy
    if expected[0] == "opens":
        assert during[0] - start >= 3  # the window's event loop kept running while the file was read
    assert_outcome(qtbot, window, big_files[name], expected, before)



def test_cancelling_a_big_load_keeps_the_release(qtbot, make_window, sample_folder, big_files):
    window = make_window(sample_folder / "gui_sample.md")
    before = (window.path, window.windowTitle(), window.reader.document().toPlainText()[:500])
    window.loader.progress_delay_ms = 0
    ticks = heartbeat(qtbot)
    start = len(ticks)
    window.open_path(str(big_files["single-line.md"]))
    progress = dialog(qtbot, "loadProgress")
    assert "single-line.md" in progress.labelText()
    assert window.loader.busy and len(ticks) > start  # reading, and the window answers meanwhile
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not window.loader.busy and not active_dialogs("loadProgress")
    window.loader.wait_for_done()
    settle(qtbot)  # the cancelled job's result, if it arrived, is dropped here
    assert (window.path, window.windowTitle(), window.reader.document().toPlainText()[:500]) == before
    assert not active_dialogs("errorDialog")


@pytest.fixture
def fifo(tmp_path):
    """A named pipe with a writer waiting: whoever opens it to read gets a release (and a blocked
    window, if it reads on the GUI thread)."""
    path = tmp_path / "pipe.md"
    os.mkfifo(path)

    def write() -> None:
        with open(path, "w", encoding="utf-8") as pipe:
            pipe.write("# Pipe Release Headline\n\nText.\n")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    yield path
    try:  # let the writer finish if nobody read the pipe
        reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        writer.join(5)
        os.close(reader)
    except OSError:
        pass
    writer.join(5)


def test_a_pipe_is_refused_at_once(qtbot, window, fifo):
    window.open_path(str(fifo))
    box = dialog(qtbot, "errorDialog")
    assert "pipe.md" in box.text() and "not a regular file" in box.informativeText()
    assert window.windowTitle().startswith(DEFAULT_HEADLINE)
    close_dialog(qtbot, "errorDialog")


# --- 5. settings: a broken file is set aside once, with a note; gone recent files are dropped -------
def settings_file(settings_dir: Path) -> Path:
    return settings_dir / ORG_NAME / f"{APP_NAME}.ini"


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.*.bak"))


@pytest.mark.parametrize("variant", ["garbage", "a folder"])
def test_a_broken_settings_file_is_kept_aside_and_said_once(qtbot, make_window, settings_dir, variant):
    path = settings_file(settings_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    garbage = b"\x00\x9c\xff\xfe[preferences]\nzoom=\xff\x00" + bytes(range(256))
    if variant == "garbage":
        path.write_bytes(garbage)
    else:  # a settings path MediaKit cannot read (chmod 000 does not stop root; a folder does)
        path.mkdir()
        (path / "inside").write_bytes(garbage)
    first = make_window()
    assert "could not be read" in first.status.currentMessage()
    assert first.reader.zoom == 100 and first.theme.choice == "system"
    (backup,) = backups(path)
    assert backup.name in first.status.currentMessage()
    if variant == "garbage":
        assert backup.read_bytes() == garbage
    else:
        assert (backup / "inside").read_bytes() == garbage
    first.action(ActionId.ZOOM_IN).trigger()
    first.close()
    assert path.is_file()  # the settings work again

    second = make_window()
    assert second.reader.zoom == 110  # kept this time
    assert "could not be read" not in second.status.currentMessage()
    assert backups(path) == [backup]


def test_a_recent_file_that_is_gone_is_dropped_with_a_note(qtbot, make_window, sample_folder, tmp_path):
    gone = tmp_path / "gone.md"
    gone.write_text("# Gone Soon Headline\n\nLondon, UK – 3 March 2025: Acme said so.\n", encoding="utf-8")
    first = make_window(gone)
    first.open_path(str(sample_folder / "gui_sample.md"))
    first.close()
    gone.unlink()

    second = make_window()
    second.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in second.recent_menu.actions() if a.text()]
    assert texts[0] == "&1 gui_sample.md" and not any("gone.md" in t for t in texts)
    assert second.status.currentMessage() == "Removed from Open Recent (no longer there): gone.md"
    assert not active_dialogs("errorDialog") and not active_dialogs("crashDialog")
    second.recent_menu.aboutToShow.emit()  # said once: the list no longer holds it
    assert second.store.recent_files() == ([str(sample_folder / "gui_sample.md")], [])


def test_a_second_broken_settings_file_never_replaces_the_first_backup(settings_dir):
    from mediakit.gui.settings import ZOOM, SettingsStore

    path = settings_file(settings_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    kept = []
    for n in range(3):  # within the same second, as often as not
        path.write_bytes(b"\xff\xfe\x00broken " + bytes([n]))
        store = SettingsStore()
        assert store.get(ZOOM) == 100 and store.notice
        kept.append(path.with_name(store.notice.split("kept as ")[1].split(" and ")[0]).read_bytes())
        del store
    assert sorted(kept) == sorted(b"\xff\xfe\x00broken " + bytes([n]) for n in range(3))
    assert len(backups(path)) == 3


# --- 6. crash safety, and nothing written outside the settings and the exports --------------------
def test_an_error_in_a_window_slot_shows_a_copyable_report_and_the_window_goes_on(qtbot, window, monkeypatch):
    from mediakit.gui import main_window
    from mediakit.gui.app import install_crash_handler

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handler = install_crash_handler()

    def broken(_release):
        raise ZeroDivisionError("citation went wrong")

    monkeypatch.setattr(main_window, "citation", broken)
    window.action(ActionId.COPY_CITATION).trigger()  # the real action, the real slot
    crash = dialog(qtbot, "crashDialog")
    report = crash.report.toPlainText()
    assert "Traceback" in report and "ZeroDivisionError: citation went wrong" in report
    assert "copy_citation" in report  # where it happened
    qtbot.mouseClick(crash.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == report
    crash.close()
    qtbot.waitUntil(lambda: not active_dialogs("crashDialog"))
    assert handler.dialogs == []
    # the window carries on as before
    monkeypatch.undo()
    assert window.isVisible() and window.windowTitle().startswith(DEFAULT_HEADLINE)
    window.action(ActionId.FIND).trigger()
    word = max(DEFAULT_HEADLINE.split(), key=len)  # a word of the built-in release, whatever its words
    qtbot.keyClicks(window.find_bar.field, word)
    assert window.find_bar.count_label.text().startswith("1 of ")
    window.action(ActionId.COPY_CITATION).trigger()
    assert QApplication.clipboard().text().startswith(f"“{DEFAULT_HEADLINE}")


SESSION = r'''
import json, os, sys

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
writes = []

def audit(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)):
        mode, flags = args[1], args[2] or 0
        if (mode and any(c in mode for c in "wax+")) or (not mode and flags & WRITE_FLAGS):
            writes.append(os.fsdecode(args[0]))
    elif event in ("os.rename", "os.remove", "os.mkdir", "os.rmdir", "os.chmod", "os.truncate", "os.link",
                   "os.symlink", "shutil.copyfile", "shutil.move", "shutil.rmtree"):
        writes.extend(os.fsdecode(a) for a in args[:2] if isinstance(a, (str, bytes)))

sys.addaudithook(audit)

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QAbstractButton, QApplication
from mediakit.gui.actions import ActionId
from mediakit.gui.app import ensure_app, install_crash_handler, start_window
from mediakit.gui.dialogs import active_dialogs

def pump(condition):
    clock = QElapsedTimer()
    clock.start()
    while not condition():
        assert clock.elapsed() < 20000, "timed out"
        QApplication.processEvents()

release, exports = sys.argv[1], sys.argv[2]
app = ensure_app()
install_crash_handler()
window = start_window(release)
pump(lambda: window.windowIcon().isNull() is False and not window.loader.busy
     and window.release is not None and window.release.source_name.endswith("gui_sample.md"))
bar = window.reader.verticalScrollBar()
while bar.value() < bar.maximum():
    bar.setValue(bar.value() + bar.pageStep())
    window.reader.viewport().grab()
window.action(ActionId.FIND).trigger()
window.find_bar.field.setText("3000")
assert window.find_bar.count_label.text() == "1 of 1", window.find_bar.count_label.text()
copies = 0
for index in range(window.panel.count()):
    window.panel.setCurrentIndex(index)
    for button in window.panel.page(index).findChildren(QAbstractButton):
        if button.objectName().startswith("copy"):
            button.click()
            copies += 1
window.action(ActionId.COPY_CITATION).trigger()
for action, name in ((ActionId.EXPORT_PDF, "session.pdf"), (ActionId.EXPORT_TEXT, "session.txt")):
    window.action(action).trigger()
    pump(lambda: bool(active_dialogs("saveDialog")))
    chooser = active_dialogs("saveDialog")[0]
    chooser.selectFile(os.path.join(exports, name))
    chooser.accept()
    pump(lambda: os.path.exists(os.path.join(exports, name)))
window.close()
QApplication.processEvents()
print(json.dumps({"copies": copies, "writes": writes, "crashes": len(active_dialogs("crashDialog"))}))
'''


def test_a_whole_session_writes_only_the_settings_the_cache_and_the_exports(sample_folder, tmp_path):
    """A real start (no test settings path): HOME, the XDG folders, TMPDIR and the working folder
    are fresh and empty; afterwards they hold MediaKit's settings file, the cached analysis of
    the one release opened and the icons it drew, and nothing else."""
    import json
    import subprocess

    sandbox = tmp_path / "sandbox"
    places = {name: sandbox / name for name in ("home", "config", "cache", "data", "state", "runtime", "tmp",
                                               "cwd")}
    for folder in places.values():
        folder.mkdir(parents=True, mode=0o700)
    exports = tmp_path / "exports"
    exports.mkdir()
    env = {**os.environ, "HOME": str(places["home"]), "XDG_CONFIG_HOME": str(places["config"]),
           "XDG_CACHE_HOME": str(places["cache"]), "XDG_DATA_HOME": str(places["data"]),
           "XDG_STATE_HOME": str(places["state"]), "XDG_RUNTIME_DIR": str(places["runtime"]),
           "TMPDIR": str(places["tmp"]), "TMP": str(places["tmp"]), "TEMP": str(places["tmp"]),
           "QT_QPA_PLATFORM": "offscreen"}
    release = sample_folder / "gui_sample.md"
    before = snapshot(sample_folder)
    result = subprocess.run([sys.executable, "-c", SESSION, str(release), str(exports)], cwd=places["cwd"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["copies"] >= 5 and outcome["crashes"] == 0
    settings = places["config"] / ORG_NAME / f"{APP_NAME}.ini"
    left = sorted(str(p.relative_to(sandbox)) for p in sandbox.rglob("*") if not p.is_dir())
    cached = [name for name in left if name.startswith(f"cache/{ORG_NAME}/{APP_NAME}/releases/")]
    assert len(cached) == 1 and cached[0].endswith(".release.json")
    icon_strips = [name for name in left if name.startswith(f"cache/{ORG_NAME}/{APP_NAME}/icons/")]
    assert icon_strips and all(name.endswith(".png") for name in icon_strips)
    cached += icon_strips
    # the compiled patterns kept for the next start (core.regexcache): one file in the cache folder
    patterns = [name for name in left if name.startswith(f"cache/{ORG_NAME}/{APP_NAME}/regex-")]
    assert len(patterns) <= 1 and all(name.endswith(".marshal") for name in patterns)
    cached += patterns
    # MediaKit's settings, and beside them (not in the shared ~/.config) the file dialog's own state
    assert [name for name in left if name not in cached] == [f"config/{ORG_NAME}/{APP_NAME}.ini",
                                                             f"config/{ORG_NAME}/QtProject.conf"]
    assert sorted(p.name for p in exports.iterdir()) == ["session.pdf", "session.txt"]
    assert snapshot(sample_folder) == before
    # what Python itself opened for writing (Qt writes only the settings, seen above)
    allowed = (str(settings.parent), str(exports), str(places["cache"] / ORG_NAME))
    assert [w for w in outcome["writes"] if not w.startswith(allowed)] == []
