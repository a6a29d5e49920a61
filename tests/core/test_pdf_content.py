"""The content-stream reader (``formats.pdf_content``): the objects pdfminer's own parser
yields, and page by page exactly ``extract_text``'s text, on a PDF written by Qt (a glyph at
a time) and on a hand-built one with every kind of token; anything it is unsure of goes back
to pdfminer's parser."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap

import pytest
from pdfminer.pdftypes import PDFStream

from mediakit.core.formats import pdf_content, pdf_pages

# Two styles no sample uses: an observatory's night report (Qt's writer, headings and a list)
# and a cooperative's hand-set notice (every kind of token a content stream may hold).
OBSERVATORY_MARKDOWN = """# Ridge Observatory Opens Its Dome to Night Walkers

HOLLOW CREST, 3 March 2034 - The ridge observatory will open its north dome on 14 clear
evenings this spring, with 35 places an evening.

## What the evenings hold

- A guided look at the winter clusters through the 60 cm mirror.
- Warm cider at the gate, 9 p.m. to midnight.

"We want the valley to see what the mirror sees," said Ines Varga, who keeps the dome.
"""

NOTICE_STREAM = rb"""% the cooperative's notice, set by hand
/Artifact << /Type /Pagination /Attached [/Top /Left] /Inner << /Depth [1 [2 .5 -.5 +3]] >> >> BDC EMC
BT /F1 11 Tf 14 TL 72 720 Td
(Orchard Cooperative Presses Its First Cider) Tj T*
[(Ke) 30 (rnels) -250 (and) -250 (crates)] TJ T*
<50726573736573> Tj ( run \(twice\) a day\, from \101pril \\ \
to June) Tj T*
(with \(nested \(brackets\)\) kept) ' 2 0 (and spacing) "
q 8 0 0 8 72 600 cm BI /W 2 /H 2 /BPC 8 /CS /G /D [0 1] ID
E\x00EIxyz EI Q
1 0 0 1 72 560 Tm (Contact: press desk, cider@orchard.invalid) Tj
true pop false pop ET
"""

ESCAPED_NAME_STREAM = b"BT /F1 11 Tf 72 700 Td /Sp#61n <</A 1>> BDC (A name with an escape) Tj EMC ET"


def qt_pdf(markdown: str) -> bytes:
    """A PDF of ``markdown`` written by Qt's ``QPdfWriter`` (in a child: the core's tests load no Qt)."""
    code = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPdfWriter, QTextDocument
        app = QGuiApplication([])
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
        writer.setResolution(96)
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Sans", 11))
        doc.setMarkdown({markdown!r})
        doc.setPageSize(writer.pageLayout().paintRectPixels(96).size().toSizeF())
        doc.print_(writer)
        buffer.close()
        sys.stdout.buffer.write(bytes(array.data()))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    return result.stdout


def hand_pdf(stream: bytes) -> bytes:
    """A one-page PDF with ``stream`` as its content (Helvetica as /F1), xref included."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
               b"/Resources << /Font << /F1 3 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def whole_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(io.BytesIO(data), laparams=LAParams())


def shape(obj):
    """An object compared by value (pdfminer's streams compare by identity)."""
    if isinstance(obj, PDFStream):
        return ("stream", obj.attrs, obj.rawdata)
    if isinstance(obj, list):
        return [shape(item) for item in obj]
    if isinstance(obj, dict):
        return {key: shape(value) for key, value in obj.items()}
    return obj


def both_readings(*raw: bytes):
    streams = [PDFStream({}, data) for data in raw]
    fast = [shape(obj) for obj in pdf_content.content_objects(streams)]
    return fast, [shape(obj) for obj in pdf_content._pdfminer_objects(streams)]


@pytest.fixture
def fallbacks(monkeypatch):
    """How often a stream list went back to pdfminer's parser."""
    seen: list[int] = []
    real = pdf_content._pdfminer_objects
    monkeypatch.setattr(pdf_content, "_pdfminer_objects", lambda streams: seen.append(1) or real(streams))
    return seen


@pytest.mark.parametrize("make", [lambda: qt_pdf(OBSERVATORY_MARKDOWN), lambda: hand_pdf(NOTICE_STREAM)],
                         ids=["qt-writer", "hand-built"])
def test_the_pages_read_here_are_extract_texts_text(make, fallbacks, monkeypatch):
    monkeypatch.setenv("MEDIAKIT_NO_PDF_HELPER", "1")
    data = make()
    texts = pdf_pages.page_texts(data)
    assert "".join(texts) == whole_text(data)
    assert fallbacks == []  # read by the pattern, not by pdfminer's parser
    assert "".join(texts).strip()


def test_the_hand_built_notice_reads_its_tokens_as_pdfminer_does():
    fast, pdfminer = both_readings(NOTICE_STREAM)
    assert fast == pdfminer
    image = next(obj for obj in fast if isinstance(obj, tuple))
    assert image[2].startswith(b"E\\x00EIxyz")  # "EI" not followed by a blank is image data


@pytest.mark.parametrize("raw", [
    b"1 2.5 -3 +4 .25 -.75 5. 6-7 1.2.3 - + . 0 0 Td",
    b"(a) Tj (b\\)c) Tj (d\\(e\\)) Tj (\\0\\01\\101\\1010) Tj (\\q\\b\\t\\f\\n\\r) Tj (x\\\ny) Tj",
    b"<> Tj <4a6B> Tj <4 a 6\nb> Tj <4a6> Tj",
    b"[(a) 10 [(b) -5] <63>] TJ [] TJ",
    b"/Tag << /K [1 << /L /M >>] /N (o) /P true >> BDC EMC",
    b"/A/B/C//D /\xe9t\xe9 BMC",
    b"10 20 m 30 40 l S' 1 2 (q) \" T* f* BT ET",
    b"% a comment\n1 0 0 RG % another\r\n0 g\x00 1 w",
    b"BI /W 1 /H 1 /F /AHx ID 00> EI Q",
    b"BI /W 1 /H 1 /F [/A85] ID !!~> EI Q",
    b"1 2 3",
    b"  \n",
])
def test_tokens_are_the_objects_pdfminers_parser_yields(raw):
    fast, pdfminer = both_readings(raw)
    assert fast == pdfminer


def test_streams_are_read_one_after_another():
    fast, pdfminer = both_readings(b"BT /F1 12", b" Tf (x) Tj", b"", b"ET")
    assert fast == pdfminer


@pytest.mark.parametrize("raw", [
    b"/Na#6De BMC",  # a name with an escape
    b"{ 1 } pop",  # a procedure
    b"] Tj",  # unbalanced brackets
    b"[(a) TJ",  # an array left open
    b"(open string",  # a string running on
    b"(a\\\r\nb) Tj",  # a backslash before a carriage return
    b"(\\777) Tj",  # an octal escape above 255
    b"<41>> Tj",  # a hex string followed by a closing bracket
    b"BI /W 1 ID no end",  # an inline image running on
    b"BI /W ID x EI ",  # an odd inline dictionary
    b"<< 1 2 >> BDC",  # a key that is not a name
    b"/Tag <</A>> BDC",  # an odd dictionary
    b"1" + b" \n" * 64 + b"{",  # a long run of blanks before it: at once, not in exponential time
])
def test_what_it_is_unsure_of_is_left_to_pdfminer(raw):
    with pytest.raises(pdf_content.Unsupported):
        pdf_content.content_objects([PDFStream({}, raw)])


def test_a_page_it_is_unsure_of_is_read_by_pdfminers_parser_to_the_same_text(fallbacks, monkeypatch):
    monkeypatch.setenv("MEDIAKIT_NO_PDF_HELPER", "1")
    data = hand_pdf(ESCAPED_NAME_STREAM)
    assert "".join(pdf_pages.page_texts(data)) == whole_text(data)
    assert fallbacks == [1]
