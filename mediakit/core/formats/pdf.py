"""PDF text layers through pdfminer.six, tidied into plain text for the block pipeline.

pdfminer.six rather than pypdf: on the sample PDFs pypdf ran words of adjacent lines and
columns together where pdfminer's layout analysis keeps reading order and paragraphs
(blank lines between text boxes), at 0.04–0.3 s a release; both are MIT/BSD, neither is
AGPL like PyMuPDF. What pdfminer leaves is repaired here, as no library does it for
releases: soft hyphens and zero-width spaces dropped, ligatures spelled out, words
hyphenated across a line break joined, and running headers, footers and page numbers
(the same line on most pages, or a bare number alone) left out.
"""

from __future__ import annotations

import re
from collections import Counter

from ..reader import ReleaseError
from ..structure.chrome import is_page_label

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-\n(?=[a-zäöüßàâçéèêëîïôûùüÿñæœ])")


def pdf_text(data: bytes, name: str) -> str:
    """The text of every page, tidied; raises ``ReleaseError`` for encrypted or scanned PDFs.
    A listener set in ``formats.first_pages`` hears the first pages' text, tidied, early."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    from . import first_pages
    from .pdf_headline import headline
    from .pdf_pages import read_pages

    listener = first_pages.get()
    try:
        pages = read_pages(data, (lambda texts: listener(tidy("".join(texts)))) if listener else None)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReleaseError(name, "this PDF is encrypted (it needs a password), so its text cannot be read") from None
    except PDFSyntaxError as exc:
        raise ReleaseError(name, f"this PDF is damaged and cannot be read ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds; the user gets one line
        raise ReleaseError(name, f"this PDF could not be read ({type(exc).__name__})") from None
    text = tidy("".join(pages.texts))
    if len(re.sub(r"\s", "", text)) < 20:
        raise ReleaseError(name, "this PDF has no text layer (a scanned image?), so there is no text to read")
    return _with_front_matter(headline(pages.first_lines, pages.title), pages.display, _set_apart(text, pages.display))


def _with_front_matter(headline: str | None, display: list[str], text: str) -> str:
    """The text under front matter naming the headline its first page sets largest (``pdf_headline``)
    and its title lines, set bold or large (``pdf_display``: ``display_lines``, which ``document`` marks bold)."""
    import json

    keys: dict[str, object] = {}
    if headline:
        keys["title"] = tidy(headline).strip()
    lines = list(dict.fromkeys(line for line in (tidy(text).strip() for text in display) if line))
    if lines:
        keys["display_lines"] = lines
    if not keys:
        return text
    front = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in keys.items())
    return f"---\n{front}---\n\n" + text  # JSON strings and lists are YAML


_SENTENCE_END = tuple(".!?:;。！？：；\"”’)」』")


def _set_apart(text: str, display: list[str]) -> str:
    """``text`` with a display line (``pdf_display``, set bold or large) that follows a sentence's end
    inside a paragraph set apart by blank lines: a heading ("Notes to editors") that a page set at
    one line's spacing throughout left in its paragraph's box."""
    wanted = {" ".join(tidy(line).split()) for line in display if line.strip()}
    if not wanted:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for at, line in enumerate(lines):
        inner = 0 < at < len(lines) - 1 and lines[at - 1].strip() and lines[at - 1].rstrip().endswith(_SENTENCE_END)
        if inner and " ".join(line.split()) in wanted:
            out.extend(["", line, ""])
        else:
            out.append(line)
    return "\n".join(out) if len(out) > len(lines) else text


def tidy(text: str) -> str:
    """pdfminer's text (pages split by form feeds) as clean plain text."""
    text = _INVISIBLE.sub("", text)
    if _tabs_are_word_spaces(text):
        text = text.replace("\t", " ")
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = text.replace("\u00a0", " ")
    pages = [page for page in text.split("\f") if page.strip()]
    furniture = _running_lines(pages)
    furniture |= _two_page_edges(pages)
    kept = []
    for page in pages:
        lines = [line.rstrip() for line in page.split("\n")]
        lines = [line for line in lines if line.strip() not in furniture and not is_page_label(line)]
        kept.append("\n".join(lines).strip("\n"))
    text = "\n\n".join(kept)
    text = _HYPHEN_BREAK.sub("", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _tabs_are_word_spaces(text: str) -> bool:
    """Some writers (Qt's PDF engine, and so wkhtmltopdf and Qt apps' exports) map the space
    glyph to a tab: the text layer then has tabs between its words and next to no spaces,
    where a table's tabs stand among ordinary spaces."""
    tabs = text.count("\t")
    return tabs >= 20 and text.count(" ") * 20 < tabs


def _running_lines(pages: list[str]) -> set[str]:
    """Lines printed on most pages (a running header or footer), when there are three pages or more."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({line.strip() for line in page.split("\n") if line.strip()})
    return {line for line, count in counts.items() if count >= max(3, len(pages) * 0.6) and len(line) < 120}


_EDGE_LINES = 4  # a page's header or footer: this many lines with text at its top or its foot


def _edge_lines(page: str) -> tuple[set[str], set[str]]:
    """The first and the last ``_EDGE_LINES`` lines with text of a page, page numbers aside."""
    lines = [line.strip() for line in page.split("\n") if line.strip() and not is_page_label(line)]
    return set(lines[:_EDGE_LINES]), set(lines[-_EDGE_LINES:])


def _two_page_edges(pages: list[str]) -> set[str]:
    """A two-page release's letterhead and footer, printed at the top or the foot of both pages
    (``_running_lines`` needs three pages to tell furniture from a repeated line)."""
    if len(pages) != 2:
        return set()
    (head1, foot1), (head2, foot2) = (_edge_lines(page) for page in pages)
    return {line for line in (head1 & head2) | (foot1 & foot2) if len(line) < 120}

