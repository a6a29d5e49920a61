"""A long PDF in the window: its first page is read and shown while the rest is converted, the
panels fill once the whole release is analysed, and the reader stays where it was read to."""

from __future__ import annotations

import threading

import pytest
from documents import pdf_pages_bytes

from mediakit.core.formats import pdf_pages

PAGES = 3  # each test's PDF: too few for a helper process, so every page is read on the loader's worker


@pytest.fixture
def held_last_page(monkeypatch):
    """The conversion waits before the last page until the test lets it go on."""
    gate = threading.Event()
    calls = []
    real_page = pdf_pages._Converter.page

    def page(self, pdf_page, *rest):
        calls.append(pdf_page)
        if len(calls) == PAGES:
            gate.wait(30)
        return real_page(self, pdf_page, *rest)

    monkeypatch.setattr(pdf_pages._Converter, "page", page)
    assert pdf_pages.HELPER_MIN_PAGES > PAGES
    yield gate
    gate.set()


def test_the_first_page_is_in_the_reader_before_the_last_page_is_converted(window, qtbot, tmp_path, held_last_page):
    path = tmp_path / "ferries.pdf"
    path.write_bytes(pdf_pages_bytes([
        ["Night Ferries Return to the Inner Sound", "", "KELDHOLM, 9 March 2034 - Four ferries will run 22 night "
         "crossings a week."],
        ["The crossings take 35 minutes and carry up to 90 cars."],
        ["\"Islanders have waited a long time for this,\" said Maren Lidt, who runs the ferry line."],
    ]))
    window.open_path(str(path))
    qtbot.waitUntil(lambda: "22 night crossings" in window.reader.toPlainText(), timeout=20000)
    shown = window.reader.toPlainText()
    assert "Maren Lidt" not in shown and "90 cars" not in shown, "only the first page so far"
    assert window.release.title == "Night Ferries Return to the Inner Sound"
    assert window.panel.release.figures == [] and window.panel.release.quotes == [], "panels wait for the whole"
    assert "first pages" in window.status.currentMessage()
    assert window.loader.busy
    held_last_page.set()
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=20000)
    assert "Maren Lidt" in window.reader.toPlainText()
    assert any(f.value == 90 for f in window.panel.release.figures)
    assert [q.speaker for q in window.panel.release.quotes] == ["Maren Lidt"]
    assert window.status.currentMessage() == ""


def test_the_whole_release_keeps_the_place_read_to_in_the_first_page(window, qtbot, tmp_path, held_last_page):
    header = "Greywater Canal Trust - spring bulletin"  # a running header: the whole release leaves it out
    first_page = [header, "Lock Keepers Train on the Upper Canal", ""]
    for n in range(1, 24):
        first_page += [f"Lock {n} on the upper reach reopens after its gates were refitted by hand.", ""]
    path = tmp_path / "locks.pdf"
    path.write_bytes(pdf_pages_bytes([
        first_page,
        [header, "The trust trains 14 keepers a year at the basin."],
        [header, "Boats pass the flight in about 3 hours."],
    ]))
    window.open_path(str(path))
    qtbot.waitUntil(lambda: "Lock 23 on the upper reach" in window.reader.toPlainText(), timeout=20000)
    assert header in window.reader.toPlainText()
    target = next(b.index for b in window.release.blocks if b.text.startswith("Lock 12 "))
    assert window.reader.scroll_to_block(target)
    read_to = window.release.blocks[window.reader.top_block()].text
    assert read_to.startswith("Lock 12 ")
    held_last_page.set()
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=20000)
    assert header not in window.reader.toPlainText(), "the whole release lost the running header"
    assert "3 hours" in window.reader.toPlainText()
    top = window.reader.top_block()
    assert window.release.blocks[top].text == read_to, "the reader is still at the same paragraph"
