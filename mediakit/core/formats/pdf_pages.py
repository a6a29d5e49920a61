"""A PDF's text layer page by page: the first pages early, the second half on another core.

pdfminer.six spends about a quarter of a second on each dense page (interpreting the content
stream, then the layout analysis), so a 20-page release takes seconds. Two things make that
wait shorter, neither changing the text: ``page_texts`` hands the first ``PROVISIONAL_PAGES``
to a listener (``formats.first_pages``) as soon as they are read, so the window can show
them, and from ``HELPER_MIN_PAGES`` pages on a helper process (a fresh interpreter running
this module) reads the second half while this one reads the first. Each page's text is
exactly what ``pdfminer.high_level.extract_text`` writes for it (its layout, then a form
feed), so the pages joined are that function's result, whichever process read them.
Hand-written around pdfminer only to split the work: pdfminer reads one page at a time.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROVISIONAL_PAGES = 1  # pages read before the listener hears of them: the first screen or two of text
HELPER_MIN_PAGES = 6  # below this a helper's start (about 0.2 s) costs more than the pages it reads
PR_SET_PDEATHSIG = 1


def page_texts(data: bytes, first_pages: Callable[[list[str]], None] | None = None) -> list[str]:
    """The text of every page of the PDF ``data``, as pdfminer writes it (each ends with a form
    feed). ``first_pages`` gets the first pages' texts when there are more pages to come.
    pdfminer's own errors propagate."""
    pages = _pages(data)
    split = len(pages) // 2 if len(pages) >= HELPER_MIN_PAGES else len(pages)
    helper = _Helper.start(data, split, len(pages)) if split < len(pages) else None
    try:
        converter = _Converter()
        texts = []
        for number, page in enumerate(pages[:split], 1):
            texts.append(converter.page(page))
            if first_pages is not None and number == min(PROVISIONAL_PAGES, split) and number < len(pages):
                first_pages(list(texts))
        rest = helper.result() if helper is not None else None
        if rest is None or len(rest) != len(pages) - split:  # no helper, or it failed: read them here
            rest = [converter.page(page) for page in pages[split:]]
        return texts + rest
    finally:
        if helper is not None:
            helper.stop()


def _pages(data: bytes) -> list[Any]:
    from pdfminer.pdfpage import PDFPage

    return list(PDFPage.get_pages(io.BytesIO(data)))


class _Converter:
    """pdfminer's text device and interpreter, kept for every page (fonts are read once)."""

    def __init__(self) -> None:
        from pdfminer.converter import TextConverter
        from pdfminer.layout import LAParams
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager

        resources = PDFResourceManager(caching=True)
        self.out = io.StringIO()
        self.device = TextConverter(resources, self.out, codec="utf-8", laparams=LAParams())
        self.interpreter = PDFPageInterpreter(resources, self.device)

    def page(self, page: Any) -> str:
        start = self.out.tell()
        self.interpreter.process_page(page)
        self.out.seek(start)
        text = self.out.read()
        self.out.seek(0, io.SEEK_END)
        return text


class _Helper:
    """A fresh interpreter reading pages ``start`` to ``end``: the PDF on its stdin, the pages'
    texts as one JSON list on its stdout. Not in a frozen bundle (no interpreter to start)."""

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
            assert process.stdin is not None
            process.stdin.write(data)  # read whole by the helper before it writes anything: no deadlock
            process.stdin.close()
        except (OSError, ValueError):
            return None
        return cls(process)

    def result(self) -> list[str] | None:
        try:
            assert self.process.stdout is not None
            out = self.process.stdout.read()
            if self.process.wait() != 0:
                return None
            texts = json.loads(out.decode("utf-8", "surrogatepass"))
        except (OSError, ValueError):
            return None
        return texts if isinstance(texts, list) and all(isinstance(t, str) for t in texts) else None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def helper_main() -> None:
    """The helper's side: ``argv`` = start end; the PDF on stdin; exit 1 on any failure."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # dies with its reader
    except (ImportError, OSError, AttributeError):
        pass
    try:
        start, end = int(sys.argv[1]), int(sys.argv[2])
        data = sys.stdin.buffer.read()
        converter = _Converter()
        texts = [converter.page(page) for page in _pages(data)[start:end]]
        sys.stdout.buffer.write(json.dumps(texts, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        sys.stdout.flush()
    except BaseException:  # noqa: BLE001 - the reader reads these pages itself
        os._exit(1)
