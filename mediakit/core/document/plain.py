"""Plain text to blocks: hard-wrapped paragraphs joined, one-paragraph-a-line text kept.

Hand-written: line joining for press-release text has no library.
"""

from __future__ import annotations

import html as htmllib
import re

from .. import lexicon
from ..model import Block
from ..scripts import display_width, join_wrapped
from ..structure.chrome import is_page_label, is_share_bar
from ..structure.dates import is_date_line
from ..text import CJK, HEADING_MARKS, alternation
from .wrapping import TERMINAL, is_hard_wrapped

_WS = re.compile(r"\s+")

_CONTINUATION_START = re.compile(r"^(?:[a-z]|[.,;:!?)\]”’](?:\s|$)|[.,;:](?=\S)|[–—-]\s)")


_BULLET = "•·▪◦‣●○■□➢➤✓"
_BULLET_ONLY = re.compile(f"^[{_BULLET}]$")
# A bulleted line: a bullet sign, or a typed "* " / "- " (not a dash-framed end mark, "- Ends -").
_BULLET_LINE = re.compile(f"^(?:[{_BULLET}]\\s*|[*-]\\s+(?!.*[-–—]\\s*$))(\\S.*)$")
_COLUMN_GAP = re.compile(r"\S {3,}\S")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")


def plain_to_blocks(text: str) -> list[Block]:
    """Plain text: hard-wrapped paragraphs are joined; one-paragraph-a-line text keeps its lines.

    Bullets alone on a line go with the line after them, and a bulleted line is a list item;
    lines of a table (columns set apart by runs of spaces) stay lines; page numbers go.
    """
    paragraphs = [c for c in re.split(r"\n\s*\n", text) if c.strip()]
    chunks = [piece for c in paragraphs for piece in _chrome_rows_apart(c)]
    if len(paragraphs) > 1 and is_hard_wrapped(chunks):  # wrapped text sets its paragraphs apart by blank lines
        return _to_blocks(_drop_page_numbers(_attach_bullets(_unwrap(_rejoin(chunks)))))
    pending: list[list[str]] = []
    size = 0  # characters in the paragraph being built
    for line in _attach_bullets([r.strip() for r in text.splitlines() if r.strip()]):
        if pending and _continues(pending[-1][-1], line, size):
            pending[-1].append(line)
            size += len(line) + 1
        else:
            pending.append([line])
            size = len(line)
    return _to_blocks(_drop_page_numbers([_join_all(p) for p in pending]))


def _chrome_rows_apart(chunk: str) -> list[str]:
    """A chunk split around a page's share bar on a row of its own ("Facebook Twitter Email"), chrome
    no row runs into, and without a page's number written out ("Seite 1 von 2", ``is_page_label``)."""
    rows = [row for row in chunk.split("\n") if _PAGE_NUMBER.match(row.strip()) or not is_page_label(row)]
    out: list[list[str]] = [[]]
    for row in rows:
        if is_share_bar(row):
            out += [[row], []]
        else:
            out[-1].append(row)
    return ["\n".join(part) for part in out if "".join(part).strip()]


_LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s")


def _rejoin(chunks: list[str]) -> list[str]:
    """Paragraphs a page or column break cut in two, joined again: the first runs to the margin
    with no closing punctuation, and the second goes on in lower case, with a number that is not
    a list's ("October" + "2020, the…"), or after a dash or comma the first ends with."""
    rows = [[r.strip() for r in c.strip().splitlines() if r.strip()] for c in chunks]
    widths = sorted(display_width(r) for chunk in rows for r in chunk[:-1])
    margin = 0.8 * widths[len(widths) // 2] if widths else 0
    out = [chunks[0]]
    last, previous = rows[0][-1], rows[0]
    for chunk, lines in zip(chunks[1:], rows[1:], strict=True):
        first = lines[0]
        runs_on = (len(previous) > 1 and not last.endswith(TERMINAL) and display_width(last) >= margin
                   and (first[0].islower() or first[0].isdigit() and not _LIST_NUMBER.match(first)
                        or last.endswith((",", "–", "—"))))
        if runs_on:
            out[-1] = out[-1].rstrip() + "\n" + chunk.strip()
        else:
            out.append(chunk)
        last, previous = lines[-1], lines
    return out


def _unwrap(chunks: list[str]) -> list[str]:
    """Hard-wrapped text: a chunk is one paragraph, unless it is short lines or a table, or it
    opens with short lines standing over its wrapped body (``_head_rows``)."""
    out: list[str] = []
    body = _body_width(chunks)
    for chunk in chunks:
        rows = [r.strip() for r in chunk.splitlines() if r.strip()]
        tabular = sum(1 for r in rows if _COLUMN_GAP.search(r)) * 2 >= len(rows)
        if len(rows) > 1 and (max(display_width(r) for r in rows) < _SHORT and not _narrow_prose(rows, body) or tabular):
            out.extend(rows if tabular else _short_lines(rows))
            continue
        head = _head_rows(rows) or _title_row(rows, body) or int(len(rows) > 1 and _marked_title(rows[0]))
        if head:
            out.extend(_head_lines(rows[:head]))
        out.append(join_wrapped(rows[head:]))
    return out


_HEAD_SHARE = 0.75  # a head row is at most this share of the wrapped body's width
_MAX_HEAD_ROWS = 4


def _head_rows(rows: list[str]) -> int:
    """How many rows open the chunk as lines of their own: a PDF's text layer puts a headline
    set in a larger type (so fewer characters to the line), or a label, in the same text box as
    the paragraph under it. A wrapped paragraph's first row runs to the margin; rows short of it,
    none ending a sentence, followed by at least two rows at the body's width, stand apart."""
    if len(rows) < 4:
        return 0
    widths = sorted(display_width(r) for r in rows[:-1])
    body = widths[3 * len(widths) // 4]  # most of a wrapped paragraph's rows run to about this
    head = 0
    while head < min(_MAX_HEAD_ROWS, len(rows) - 3) and display_width(rows[head]) < _HEAD_SHARE * body \
            and not rows[head].endswith(TERMINAL) and _room_for_next_word(rows[head], rows[head + 1], body):
        head += 1
    full = [r for r in rows[head:-1] if display_width(r) >= _HEAD_SHARE * body]
    return head if head and len(full) >= 2 and display_width(rows[head]) >= _HEAD_SHARE * body else 0


_SHORT = 50  # a chunk whose rows are all narrower than this is short lines (an address), not prose
_SHORT_SHARE = 0.8  # ... unless it is a paragraph of a text set that narrow (a PDF's columns): see _narrow_prose
_EVEN_ROWS = 0.75  # the rows of a wrapped paragraph, all but its last, are at least this share of the widest


def _narrow_prose(rows: list[str], body: int) -> bool:
    """A paragraph wrapped in a narrow column, not short lines: three rows or more, all but the last about
    as wide as the widest (an address's rows differ), itself about the text's width (``body``)."""
    if len(rows) < 3 or not body:
        return False
    widths = [display_width(r) for r in rows]
    widest = max(widths)
    return widest >= _SHORT_SHARE * body and all(width >= _EVEN_ROWS * widest for width in widths[:-1])


def _body_width(chunks: list[str]) -> int:
    """The width most rows of the text's wrapped paragraphs run to (0 when it has none)."""
    rows = [chunk.strip().splitlines() for chunk in chunks]
    widths = sorted(display_width(r.strip()) for lines in rows if len(lines) >= 3 for r in lines[:-1] if r.strip())
    return widths[3 * len(widths) // 4] if len(widths) >= 6 else 0


def _title_row(rows: list[str], body: int) -> int:
    """1 where a chunk's first row is a title over the paragraph under it in the same text box
    ("About the Foundation" over two rows of text): short of the text's width (``body``) though
    the next row's first word had room, and ending no sentence; no row of the chunk a table's."""
    if len(rows) < 2 or not body or rows[0].endswith(TERMINAL) or display_width(rows[0]) >= _HEAD_SHARE * body \
            or any(_COLUMN_GAP.search(r) for r in rows):  # a table's rows, not a paragraph
        return 0
    return 1 if _room_for_next_word(rows[0], rows[1], body) else 0


def _room_for_next_word(row: str, following: str, body: int) -> bool:
    """The next row's first word would have fitted at the body's width: the row was not broken
    by the margin (its type is larger, or the line ends there)."""
    word = following.split(maxsplit=1)[0] if following.split() else ""
    return display_width(row) + 1 + display_width(word) < 0.9 * body


def _head_lines(rows: list[str]) -> list[str]:
    """The head rows as lines: a headline wrapped over several rows is one line; a label in
    capitals over it ("NEWS RELEASE", "FOR IMMEDIATE RELEASE") is a line of its own."""
    lines: list[list[str]] = []
    for row in rows:
        # a new line where capitals give way to lower case: the label over the headline
        if lines and not (_in_capitals(lines[-1][-1]) and not _in_capitals(row)):
            lines[-1].append(row)
        else:
            lines.append([row])
    return [join_wrapped(group) for group in lines]


def _in_capitals(row: str) -> bool:
    return row.isupper() and any(c.isalpha() for c in row)


_WORD_GOES_ON = re.compile(r"^[a-zäöüßàâçéèêëîïôûùÿñæœ]+(?:[ ,;]|$)")


def _short_lines(rows: list[str]) -> list[str]:
    """A chunk of short lines keeps them, but a line going on in lower-case words after one that
    stops on a lower-case word is the same line wrapped (a headline set large over a few rows);
    a name over a role in lower case ("Jo Pell" + "press officer") stays two lines."""
    out: list[str] = []
    for row in rows:
        if out and _LAST_WORD.search(out[-1]) and _WORD_GOES_ON.match(row):
            out[-1] = join_wrapped([out[-1], row])
        else:
            out.append(row)
    return out


def _attach_bullets(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and _BULLET_ONLY.match(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _drop_page_numbers(lines: list[str]) -> list[str]:
    """Pages of a printed copy: bare numbers counting up (2, 3 …), and written out ("Seite 1 von 2")."""
    lines = [line for line in lines if _PAGE_NUMBER.match(line) or not is_page_label(line)]
    numbers = [int(line) for line in lines if _PAGE_NUMBER.match(line)]
    if len(numbers) < 2 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return lines
    return [line for line in lines if not _PAGE_NUMBER.match(line)]


def _to_blocks(lines: list[str]) -> list[Block]:
    blocks = []
    for at, line in enumerate(lines):
        item = _BULLET_LINE.match(line)
        if item and not _marked_heading(lines, at):
            text = _WS.sub(" ", item.group(1)).strip()
            blocks.append(Block(kind="item", text=text, level=1, html=htmllib.escape(text, quote=False)))
        else:
            blocks.append(_plain_block(line))
    return blocks


_SENTENCE_END = re.compile(r"[。．.!?！？]\s*$")


def _marked_heading(lines: list[str], at: int) -> bool:
    """A line set after a heading mark that is also a bullet ("■ Overview", "●開催概要"), standing
    alone, short and with no sentence end, is a heading: a list has its marks on lines in a row."""
    line = lines[at]
    mark = line[0]
    if mark not in HEADING_MARKS or display_width(line) > 40 or _SENTENCE_END.search(line):
        return False
    return not any(0 <= n < len(lines) and lines[n][:1] == mark for n in (at - 1, at + 1))


def _join_all(parts: list[str]) -> str:
    out = [parts[0]]
    previous = parts[0]
    for line in parts[1:]:
        glue = "" if line[0] in ".,;:!?)”’" and not previous.endswith(("“", "(")) \
            or _ORDINAL_SUFFIX.fullmatch(line) and previous[-1:].isdigit() else " "
        out.append(glue + line)
        previous = line
    return "".join(out)


_PLACE_LINE = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?, [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?,")
_LAST_WORD = re.compile(r"(?:^|\s)([a-z][\w'’-]*)$")
_ORDINAL_SUFFIX = re.compile(r"st|nd|rd|th")


# A quotation closed and its said-verb, ending the line: the speaker's name is the line after it (a
# scrape sets a name that was a link on a line of its own: "“…,” said" + "Jane Roe, Chair of X.")
_SAID_AT_END = re.compile(
    r"[\"”»“]\s*,?\s+(?:" + alternation((w for w in lexicon.words("SAID_VERBS") if not re.search(f"[{CJK}]", w)),
                                         loose_spaces=True) + r")$", re.I)
_SAID_REACH = 60  # characters read at the end of a line for it

# A short line framed by dashes stands alone: an end mark ("- Ends -", "-30-").
_OPENING_QUOTES = frozenset('"“„«「『')
_FRAMED = re.compile(r"[-–—]+\s*\S.{0,20}?\s*[-–—]+")


def _stands_apart(previous: str, line: str) -> bool:
    """A line that never goes on with the one before: a bullet, a page number, an end mark, a share bar."""
    return bool(_BULLET_LINE.match(line) or _BULLET_ONLY.match(line) or is_page_label(line)
                or _FRAMED.fullmatch(line) or is_share_bar(line) or is_share_bar(previous))


def _continues(previous: str, line: str, size: int) -> bool:
    """A line goes on with the one before: it opens in lower case or with punctuation, or the
    one before stops mid-sentence (a comma, or a lower-case word and the line goes on with no capital)."""
    if _stands_apart(previous, line):
        return False
    if _raised_suffix(previous, line) or _speaker_line(previous, line):
        return True
    if previous.endswith((",", ",”", ",\"")):
        # a dateline's place alone on its line ("Springfield, Ohio,") stays apart from the story
        return not (_PLACE_LINE.fullmatch(previous) and line[0].isupper() and len(line) > 60)
    if previous.endswith((":", "：")) and " " not in line and line[0].islower():
        return True  # "Contact:" + "press@example.org"
    mid_sentence = bool(_LAST_WORD.search(previous)) and not previous.endswith(TERMINAL)
    if _CONTINUATION_START.match(line):
        return mid_sentence or size >= 60 or not line[0].isalpha() or _after_link(previous, line)
    # "… please call" + "(555) 010-0199": a number or bracket going on with an unfinished sentence, not
    # a date alone under a headline; an opening quote mark starts a quotation ('"Acme" LLC haqida' + …)
    return mid_sentence and not line[0].isalpha() and line[0] not in _OPENING_QUOTES and not is_date_line(line)


_MARKED_WIDTH = 48  # a title set after a heading mark is short, 24 CJK characters at most: "◆本件に関するお問い合わせ"


def _marked_title(line: str) -> bool:
    """A short line opening with a heading mark ("●開催概要", "◆Acme について", "■ Overview") and
    ending no sentence is a title of its own: the text under it starts on the next line."""
    return line[:1] in HEADING_MARKS and display_width(line) <= _MARKED_WIDTH and not _SENTENCE_END.search(line)


def _raised_suffix(previous: str, line: str) -> bool:
    """A scrape sets an ordinal's raised suffix on a line of its own: "5" + "th" + "Avenue"."""
    return bool(_ORDINAL_SUFFIX.fullmatch(line) and previous[-1:].isdigit() or _ORDINAL_SUFFIX.fullmatch(previous))


def _speaker_line(previous: str, line: str) -> bool:
    """"“…,” said" + "Jane Roe, Chair of X.": the said-verb ending a line, the speaker's name on the next."""
    return line[0].isupper() and _SAID_AT_END.search(previous[-_SAID_REACH:]) is not None


def _after_link(previous: str, line: str) -> bool:
    """A scrape puts a link's words on a line of their own ("Deputy Chief Jane Roe" + "led the
    case for the office."): a long sentence in lower case goes on with the words before it."""
    return " " in previous and not previous.endswith(TERMINAL) and len(line) >= 40


def _plain_block(text: str) -> Block:
    text = _WS.sub(" ", text).strip()
    return Block(kind="paragraph", text=text, html=htmllib.escape(text, quote=False))



def mark_display_lines(blocks: list[Block], display: object) -> list[Block]:
    """Paragraphs that are exactly one of the title lines a PDF sets bold or large
    (``formats.pdf_display``), marked bold, as a bold line standing alone in Markdown or Word is;
    a paragraph that opens with one (a title line joined to the wrapped lines under it) is split
    after it. ``display`` is that list of texts (anything else marks nothing). Spacing is not
    compared: the layout and the plain pipeline join wrapped lines each its own way."""
    if not isinstance(display, list):
        return blocks
    wanted = {_WS.sub("", text) for text in display if isinstance(text, str) and text.strip()}
    out: list[Block] = []
    for block in blocks:
        if block.kind != "paragraph" or block.strong:
            out.append(block)
            continue
        cut = _display_prefix(block.text, wanted)
        if cut == len(block.text):
            block.strong, block.html = True, f"<strong>{block.html}</strong>"
        elif cut:
            out.append(_strong_block(block.text[:cut].strip()))
            block = _plain_block(block.text[cut:].strip())
        out.append(block)
    return out


def _display_prefix(text: str, wanted: set[str]) -> int:
    """The length of ``text``'s longest opening that is one of the ``wanted`` texts (spacing
    aside) and ends where a word may (a space, or a CJK character either side); 0 for none."""
    longest = max(map(len, wanted), default=0)
    best, squeezed = 0, ""
    for at, char in enumerate(text):
        if char.isspace():
            continue
        squeezed += char
        if len(squeezed) > longest:
            break
        if (at + 1 == len(text) or text[at + 1].isspace() or _wide(char) or _wide(text[at + 1])) \
                and squeezed in wanted:
            best = at + 1
    return best


def _wide(char: str) -> bool:
    """A CJK character: lines of Chinese or Japanese are joined with no space, so a word may end at any."""
    return ord(char) >= 0x2E80


def _strong_block(text: str) -> Block:
    return Block(kind="paragraph", text=text, html=f"<strong>{htmllib.escape(text, quote=False)}</strong>", strong=True)
