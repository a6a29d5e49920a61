"""A PDF's text layer page by page: the first pages early, the second half on another core.

pdfminer.six spends about 0.16 s of CPU on a dense page written a glyph at a time (0.08 s
once ``pdf_content`` reads its content streams), so a 20-page release takes seconds. Two things
make that wait shorter, neither changing the text: ``page_texts`` hands the first ``PROVISIONAL_PAGES``
to a listener (``formats.first_pages``) as soon as they are read, so the window can show
them, and from ``HELPER_MIN_PAGES`` pages on a helper process (a fresh interpreter running
this module) reads the second half while this one reads the first; in a process that runs
other threads (a window's) a second helper reads the first half too, so pdfminer never holds
Python's lock the window's thread needs. Each page's text is
what ``pdfminer.high_level.extract_text`` writes for it (its layout, then a form feed), but
for letters printed twice over themselves (``pdf_overprint``), so the pages joined are that
function's result, whichever process read them.
Hand-written around pdfminer only to split the work: pdfminer reads one page at a time.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any

PROVISIONAL_PAGES = 1  # pages read before the listener hears of them: the first screen or two of text
BLANK_PAGES = 2  # blank pages a writer may print before the first with text (LibreOffice's web view prints one)
HELPER_MIN_PAGES = 6  # below this a helper's start (about 0.2 s) costs more than the pages it reads


@dataclass
class PdfPages:
    """What one reading of a PDF gives: each page's text, and for its headline the sized lines
    of its first page with text (``pdf_headline.sized_lines``) and its metadata title."""

    texts: list[str]
    first_lines: list[tuple[float, float, float, str]] | None = None
    title: str | None = None
    display: list[str] = field(default_factory=list)  # every page's display lines (``pdf_display``)


def page_texts(data: bytes, first_pages: Callable[[list[str]], None] | None = None) -> list[str]:
    """The text of every page of the PDF ``data``, as pdfminer writes it (each ends with a form
    feed). ``first_pages`` gets the first pages' texts when there are more pages to come.
    pdfminer's own errors propagate."""
    return read_pages(data, first_pages).texts


def read_pages(data: bytes, first_pages: Callable[[list[str]], None] | None = None) -> PdfPages:
    """``page_texts``, with what the headline is found from."""
    from .pdf_headline import metadata_title

    document, pages = _pages(data)
    count = len(pages)
    split = count // 2 if count >= HELPER_MIN_PAGES else count
    second = _Helper.start(data, split, count) if split < count else None
    first = _Helper.start(data, 0, split) if split < count and _shared_process() else None
    try:
        converter = _Converter()
        lines: dict[int, list[Any] | None] = {}
        display: dict[int, list[str]] = {}
        texts = _first_half(converter, pages[:split], first, first_pages if count > PROVISIONAL_PAGES else None,
                            lines, display)
        rest = list(second.texts(split, lines, display)) if second is not None else []
        if len(rest) != count - split:  # no helper, or it failed: read them here
            rest = [converter.page(page, split + offset, lines, display) for offset, page in enumerate(pages[split:])]
        return PdfPages(texts + rest, _first_lines(lines), _safe(metadata_title, document),
                        [text for number in sorted(display) for text in display[number]])
    finally:
        for helper in (first, second):
            if helper is not None:
                helper.stop()


def _first_half(converter: _Converter, pages: list[Any], helper: _Helper | None,
                first_pages: Callable[[list[str]], None] | None, lines: dict[int, list[Any] | None],
                display: dict[int, list[str]]) -> list[str]:
    """The texts of ``pages``, read by ``helper`` or here; ``first_pages`` hears the first of them."""
    texts: list[str] = []
    read = helper.texts(0, lines, display) if helper is not None else (converter.page(page, number, lines, display)
                                                                     for number, page in enumerate(pages))
    for number, text in enumerate(read, 1):
        texts.append(text)
        if first_pages is not None and number == min(PROVISIONAL_PAGES, len(pages)):
            first_pages(list(texts))
    if len(texts) != len(pages):  # the helper failed: read them here
        lines.clear()
        texts = [converter.page(page, number, lines, display) for number, page in enumerate(pages)]
    return texts


def _first_lines(lines: dict[int, list[Any] | None]) -> list[tuple[float, float, float, str]] | None:
    """The sized lines of the first page with text among those kept (a blank page is passed over)."""
    for number in sorted(lines):
        kept = lines[number]
        if kept:
            return [(float(top), float(bottom), float(size), str(text)) for top, bottom, size, text in kept]
    return None


def _safe(read: Callable[[Any], str | None], document: Any) -> str | None:
    try:
        return read(document)
    except Exception:  # noqa: BLE001 - a damaged information dictionary only loses the hint
        return None


def _shared_process() -> bool:
    """Whether this process runs other threads (a window's): then it reads no page itself. Two
    threads of Python take turns on one lock, and a window waiting its turn behind pdfminer
    falters; the pages are read by two helpers, and this thread only waits for them."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return True
    try:
        return len(os.listdir("/proc/self/task")) > 1
    except OSError:
        return threading.active_count() > 1


def _pages(data: bytes) -> tuple[Any, list[Any]]:
    """pdfminer's document and its pages (``PDFPage.get_pages`` without its checks we do not ask for)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    return document, list(PDFPage.create_pages(document))


class _Converter:
    """pdfminer's text device and interpreter (its content streams read by ``pdf_content``),
    kept for every page (fonts are read once)."""

    def __init__(self) -> None:
        from pdfminer.converter import TextConverter
        from pdfminer.layout import LAParams
        from pdfminer.pdfinterp import PDFResourceManager

        from .pdf_content import FastInterpreter
        from .pdf_display import DisplayLinesKept
        from .pdf_headline import SizedLinesKept
        from .pdf_justified import JustifiedLines
        from .pdf_overprint import OverprintFilter

        class Converter(OverprintFilter, JustifiedLines, SizedLinesKept, DisplayLinesKept, TextConverter):
            pass

        resources = PDFResourceManager(caching=True)
        self.out = io.StringIO()
        self.device = Converter(resources, self.out, codec="utf-8", laparams=LAParams())
        self.interpreter = FastInterpreter(resources, self.device)

    def page(self, page: Any, number: int = 0, lines: dict[int, list[Any] | None] | None = None,
             display: dict[int, list[str]] | None = None) -> str:
        """Page ``number``'s text; its sized lines go into ``lines`` while no earlier page gave any,
        its display lines (``pdf_display``) into ``display``."""
        keep = lines is not None and number <= BLANK_PAGES and not any(lines.values())
        self.device.keep_lines, self.device.kept_lines, self.device.kept_display = keep, None, []
        start = self.out.tell()
        self.interpreter.process_page(page)
        self.out.seek(start)
        text = self.out.read()
        self.out.seek(0, io.SEEK_END)
        if keep and lines is not None:
            lines[number] = self.device.kept_lines
        if display is not None and self.device.kept_display:
            display[number] = self.device.kept_display
        return text


class _Helper:
    """A fresh interpreter reading pages ``start`` to ``end``: the PDF on its stdin, each page's
    text on its stdout as it is read. Not in a frozen bundle (no interpreter to start), nor with
    ``MEDIAKIT_NO_PDF_HELPER`` set."""

    def __init__(self, process: subprocess.Popen[bytes]):
        self.process = process

    @classmethod
    def start(cls, data: bytes, start: int, end: int) -> _Helper | None:
        if getattr(sys, "frozen", False) or os.environ.get("MEDIAKIT_NO_PDF_HELPER"):
            return None
        root = str(Path(__file__).resolve().parents[3])  # this source tree, whatever is installed
        code = f"import sys; sys.path.insert(0, {root!r}); from mediakit.core.formats.pdf_pages import helper_main; helper_main()"
        try:
            process = subprocess.Popen([sys.executable, "-c", code, str(start), str(end)], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, close_fds=True)
        except (OSError, ValueError):
            return None
        helper = cls(process)
        try:
            assert process.stdin is not None
            process.stdin.write(data)  # read whole by the helper before it writes anything: no deadlock
            process.stdin.close()
        except (OSError, ValueError):  # it died at once: the pages are read here
            helper.stop()
            return None
        return helper

    def texts(self, start: int, lines: dict[int, list[Any] | None], display: dict[int, list[str]]) -> Iterator[str]:
        """Each page's text as the helper reads it (one JSON ``[text, sized lines or null, display
        lines]`` a line; the helper's pages begin at page ``start``, and their sized and display lines
        go into ``lines`` and ``display``); fewer than asked for when it failed."""
        assert self.process.stdout is not None
        try:
            for number, line in enumerate(self.process.stdout, start):
                got = json.loads(line.decode("utf-8", "surrogatepass"))
                if not (isinstance(got, list) and len(got) == 3 and isinstance(got[0], str)):
                    return
                if isinstance(got[1], list):
                    lines[number] = got[1]
                if isinstance(got[2], list) and got[2]:
                    display[number] = [str(text) for text in got[2]]
                yield got[0]
        except (OSError, ValueError):
            return

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass


def helper_main() -> None:
    """The helper's side: ``argv`` = start end; the PDF on stdin; exit 1 on any failure."""
    if sys.platform.startswith("linux"):
        from ..orphans import die_with_parent

        die_with_parent()  # dies with its reader
    try:
        start, end = int(sys.argv[1]), int(sys.argv[2])
        data = sys.stdin.buffer.read()
        converter = _Converter()
        lines: dict[int, list[Any] | None] = {}
        display: dict[int, list[str]] = {}
        for number, page in enumerate(_pages(data)[1][start:end], start):  # a line a page: the first can be shown early
            text = converter.page(page, number, lines, display)
            line = json.dumps([text, lines.get(number), display.get(number, [])], ensure_ascii=False) + "\n"
            sys.stdout.buffer.write(line.encode("utf-8", "surrogatepass"))
            sys.stdout.flush()
    except BaseException:  # noqa: BLE001 - the reader reads these pages itself
        os._exit(1)
