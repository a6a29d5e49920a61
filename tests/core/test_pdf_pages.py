"""A long PDF read page by page: the same text as pdfminer's whole-document reading, the first
pages heard early as a release of their own (text, no panels), the second half read by a
helper process, and the whole release keeping the reader's place (``loading.same_block``)."""

from __future__ import annotations

import io
import threading

import pytest
from documents import pdf_pages_bytes

from mediakit.core import loading
from mediakit.core.cache import ReleaseCache
from mediakit.core.formats import pdf_pages
from mediakit.core.formats.pdf import pdf_text, tidy
from mediakit.core.model import Block, Release

# Two styles no sample uses: a river-festival notice with a dateline in capitals and
# lines of figures, and a lab's results note with a running header and page numbers.
FESTIVAL = [
    ["Upriver Lantern Festival Adds a Third Night", "",
     "MARLOW BEND, 12 August 2033 - The festival will light 640 lanterns over three nights."],
    ["The barges carry 18 choirs along the bank, with 2,400 seats on the meadow."],
    ["\"We wanted the whole valley on the water,\" said Odile Brandt, who chairs the festival."],
    ["Media contact", "", "Pia Lund, festival office, lanterns@upriver.invalid"],
]
RESULTS = [
    ["Kestrel Labs quarterly note", "Sample Counts Rise at the Moor Station", "",
     "Readings at the moor station grew to 9,100 a day this quarter.", "1"],
    ["Kestrel Labs quarterly note", "The station logged 312 clear nights, up from 275.", "2"],
    ["Kestrel Labs quarterly note", "The next note follows in the spring.", "3"],
]


def whole_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(io.BytesIO(data), laparams=LAParams())


@pytest.mark.parametrize("pages", [FESTIVAL, RESULTS], ids=["festival", "results"])
def test_page_by_page_reads_what_the_whole_document_reading_reads(pages):
    data = pdf_pages_bytes(pages)
    heard: list[list[str]] = []
    texts = pdf_pages.page_texts(data, heard.append)
    assert "".join(texts) == whole_text(data)
    assert len(texts) == len(pages)
    assert heard == [texts[:pdf_pages.PROVISIONAL_PAGES]]


@pytest.mark.parametrize("pages", [FESTIVAL, RESULTS], ids=["festival", "results"])
def test_the_helper_process_reads_the_second_half_to_the_same_text(pages, monkeypatch):
    monkeypatch.setattr(pdf_pages, "HELPER_MIN_PAGES", 2)
    monkeypatch.delenv("MEDIAKIT_NO_PDF_HELPER", raising=False)
    started = []
    real_start = pdf_pages._Helper.start.__func__

    def start(cls, data, first, end):
        helper = real_start(cls, data, first, end)
        started.append((first, end, helper is not None))
        return helper

    monkeypatch.setattr(pdf_pages._Helper, "start", classmethod(start))
    data = pdf_pages_bytes(pages)
    assert "".join(pdf_pages.page_texts(data)) == whole_text(data)
    assert started == [(len(pages) // 2, len(pages), True)]


def test_a_thread_beside_others_reads_no_page_itself(monkeypatch):
    """A window's worker thread: both halves go to helpers, so the window's thread never waits
    for Python's lock behind pdfminer."""
    monkeypatch.setattr(pdf_pages, "HELPER_MIN_PAGES", 2)
    monkeypatch.delenv("MEDIAKIT_NO_PDF_HELPER", raising=False)
    read_here = []
    real_page = pdf_pages._Converter.page
    monkeypatch.setattr(pdf_pages._Converter, "page", lambda self, page, *rest: read_here.append(page) or real_page(self, page, *rest))
    data = pdf_pages_bytes(FESTIVAL)
    got: list[str] = []
    heard: list[list[str]] = []
    worker = threading.Thread(target=lambda: got.extend(pdf_pages.page_texts(data, heard.append)))
    worker.start()
    worker.join(60)
    assert "".join(got) == whole_text(data)
    assert heard == [got[:1]], "the first page still comes first"
    assert read_here == []


def test_a_helper_that_fails_leaves_its_pages_to_the_reader(monkeypatch):
    monkeypatch.setattr(pdf_pages, "HELPER_MIN_PAGES", 2)
    monkeypatch.setattr(pdf_pages._Helper, "texts", lambda self, *rest: iter(["a page cut short\f"]))
    data = pdf_pages_bytes(FESTIVAL)
    assert "".join(pdf_pages.page_texts(data)) == whole_text(data)


def test_a_one_page_pdf_has_no_first_look():
    heard: list[list[str]] = []
    pdf_pages.page_texts(pdf_pages_bytes(FESTIVAL[:1]), heard.append)
    assert heard == []


def test_pdf_text_is_the_tidied_whole_text():
    data = pdf_pages_bytes(RESULTS)
    assert pdf_text(data, "note.pdf") == tidy(whole_text(data))


def test_open_release_shows_the_first_page_first_then_the_whole_release(tmp_path):
    path = tmp_path / "lanterns.pdf"
    path.write_bytes(pdf_pages_bytes(FESTIVAL))
    cache = ReleaseCache(tmp_path / "cache")
    first: list[Release] = []
    whole = loading.open_release(path, cache, provisional=first.append)
    assert len(first) == 1
    text = " ".join(block.text for block in first[0].blocks)
    assert first[0].title == "Upriver Lantern Festival Adds a Third Night"
    assert "640 lanterns" in text and "2,400 seats" not in text  # the first page's words, verbatim
    assert first[0].figures == [] and first[0].quotes == [] and first[0].contacts == []
    assert any(f.value == 2400 for f in whole.figures) and whole.quotes and whole.contacts
    assert len(list((tmp_path / "cache").iterdir())) == 1, "only the whole release is kept"
    again: list[Release] = []
    assert loading.open_release(path, cache, provisional=again.append) == whole  # from the cache...
    assert len(again) == 1, "...found by the text, which is read first: its first page is shown meanwhile"


def block(index: int, text: str) -> Block:
    return Block(kind="paragraph", text=text, index=index)


@pytest.mark.parametrize("first_texts, whole_texts, index, expected", [
    # the same blocks, more of them: the same index
    (["Lantern notice", "Barges sail at dusk."], ["Lantern notice", "Barges sail at dusk.", "Choirs follow."], 1, 1),
    # the whole release left out a running header the first page kept: one block earlier
    (["Kestrel note", "Counts rose.", "Nights were clear."], ["Counts rose.", "Nights were clear.", "Spring next."],
     2, 1),
    # a block that is not in the whole release: nowhere
    (["Draft line", "Counts rose."], ["Counts rose."], 0, -1),
])
def test_the_whole_release_finds_the_block_read_in_its_first_pages(first_texts, whole_texts, index, expected):
    first = Release(title="t", blocks=[block(i, t) for i, t in enumerate(first_texts)])
    whole = Release(title="t", blocks=[block(i, t) for i, t in enumerate(whole_texts)])
    assert loading.same_block(first, whole, index) == expected
