"""Repairs on Markdown source before it is converted: nesting, dense markup, short lines, escapes.

Hand-written: no library repairs press-release damage in Markdown source; fenced code is made
indented code here as Python-Markdown's fenced_code extension imports codehilite and Pygments.
"""

from __future__ import annotations

import re

from .. import lexicon
from .repairs import Repairs

# Python-Markdown only unescapes these; "HK\$" would otherwise show its backslash.
_MD_ESCAPABLE = set("\\`*_{}[]()#+-.!<>|")
_STRAY_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_DEAD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]*)\]\(\s*(?:#|javascript:[^()\n]*)?\s*\)")
# (One class for what may follow the opening marks: "(?:#+[ \t]*)*" backtracks exponentially on
# a long line of "#" and spaces that ends in a word.)
_EMPTY_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[# \t]*$", re.M)
_END_MARK_LINE = re.compile(r"^[ \t]*#(?:[ \t]+#){2,}[ \t]*$", re.M)


# Deeper nesting than this is flattened: no release needs it, and Python-Markdown's list and
# quote handling slows down sharply (and recurses) with depth.
MAX_NESTING = 8
_DEEP_INDENT = re.compile(r"^[ \t]{" + str(4 * MAX_NESTING) + r",}(?=\S)", re.M)
# Containers opened on one line ("> - > - x", "- - - x") nest as deeply as indentation does.
_DEEP_QUOTE = re.compile(
    r"^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))){" + str(MAX_NESTING + 1) + ",}", re.M)

def clamp_nesting(source: str, repairs: Repairs) -> str:
    deep = 0

    def indent(match: re.Match[str]) -> str:
        nonlocal deep
        deep += 1
        return " " * (4 * MAX_NESTING)

    def quote(match: re.Match[str]) -> str:
        nonlocal deep
        deep += 1
        return match.group(0)[:0] + ">" * MAX_NESTING + " "

    source = _DEEP_QUOTE.sub(quote, _DEEP_INDENT.sub(indent, source))
    if deep:
        repairs.notes.append(f"Flattened {deep} line(s) nested more than {MAX_NESTING} levels deep.")
    return source


# Python-Markdown's inline pass is superlinear in the number of markers in one paragraph
# (20,000 "*a*" took 1.5 s, 5,000 took 0.2 s) and its link pattern rescans to the end of the
# paragraph for every "[" that never closes (10,000 took 15 s). Such characters are swapped
# for private-use stand-ins before the conversion and swapped back in its HTML, linearly.
_MAX_MARKERS = 2_000
_MARKERS = "*_`[]()<>&\\!#~|"
_STAND_IN = {ch: chr(0xE000 + i) for i, ch in enumerate(_MARKERS)}
_HTML_FOR = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_RESTORE = {ord(stand_in): _HTML_FOR.get(ch, ch) for ch, stand_in in _STAND_IN.items()}
_MARKER_RUN = re.compile("[" + re.escape(_MARKERS) + "]")


def defuse_inline(source: str, repairs: Repairs) -> str:
    """Neutralise brackets that never close and markup too dense to be prose, paragraph by paragraph."""
    parts = _PARAGRAPH_BREAK.split(source)
    dense = 0
    for n in range(0, len(parts), 2):
        para = parts[n]
        if len(para) > 4 * _MAX_MARKERS and sum(1 for _ in _MARKER_RUN.finditer(para)) > _MAX_MARKERS:
            parts[n] = _MARKER_RUN.sub(lambda m: _STAND_IN[m.group(0)], para)
            dense += 1
        elif "[" in para or "(" in para:
            parts[n] = _defuse_unclosed(para)
    if dense:
        repairs.notes.append(f"Showed {dense} paragraph(s) with over {_MAX_MARKERS:,} markup characters as plain text.")
    return "".join(parts)


_BRACKET_OR_ESCAPE = re.compile(r"[\\\[\]()]")


def _defuse_unclosed(para: str) -> str:
    stacks: dict[str, list[int]] = {"[": [], "(": []}
    closing = {"]": "[", ")": "("}
    escaped = -1  # the position a backslash escapes
    for found in _BRACKET_OR_ESCAPE.finditer(para):  # only these characters matter: the rest is skipped at C speed
        i, ch = found.start(), found.group()
        if i == escaped:
            continue
        if ch == "\\":
            escaped = i + 1
        elif ch in stacks:
            stacks[ch].append(i)
        elif stacks[closing[ch]]:
            stacks[closing[ch]].pop()
    unmatched = set(stacks["["]) | set(stacks["("])
    if not unmatched:
        return para
    return "".join(_STAND_IN[ch] if i in unmatched else ch for i, ch in enumerate(para))


def restore_stand_ins(html: str) -> str:
    return html.translate(_RESTORE)


_RESTORE_PLAIN = {ord(stand_in): ch for ch, stand_in in _STAND_IN.items()}


def restore_plain(text: str) -> str:
    return text.translate(_RESTORE_PLAIN)


_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")


_STRUCTURED_LINE = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|#|\||```|~~~|<)|^(?: {4}|\t)")
_CONTACT_HINT = re.compile(r"@|\+?\(?\d[\d ()./-]{6,}\d|\b(?:tel|phone|mobile|email|e-mail|fax)\b", re.I)
_LEAD_LINE = re.compile(r"^(?:\*\*[^*]+\*\*|__[^_]+__)\s*:?$|:\s*$|^About\s\S", re.I)


def keep_short_lines(source: str) -> str:
    """Keep the line breaks of a paragraph that is a block of short lines, not wrapped prose.

    Markdown joins the lines of a paragraph, which runs a contact block ("**Press contact:**",
    a name, a phone, an e-mail) or a bold lead line into one line of text. Such lines end in
    Markdown's hard break instead, so each stays a line of its own.
    """
    parts = _PARAGRAPH_BREAK.split(source)
    for n in range(0, len(parts), 2):
        lines = parts[n].split("\n")
        body = [line for line in lines if line.strip()]
        if len(body) < 2 or any(_STRUCTURED_LINE.match(line) for line in body):
            continue
        cut = _card_under_prose(lines)
        if cut:
            parts[n] = "\n".join(lines[:cut]) + "\n\n" + "\n".join(
                _broken(line, i, len(lines) - cut - 1) for i, line in enumerate(lines[cut:]))
            continue
        short = all(len(line.strip()) <= 60 for line in body)
        first = body[0].strip()
        if short and any(_CONTACT_HINT.search(line) for line in body):
            breaks = len(lines) - 1
        elif len(first) <= 60 and _LEAD_LINE.search(first):
            breaks = 1 if not short else len(lines) - 1
        elif _title_over_text(first, body[1].strip()):
            breaks = 1
        else:
            continue
        parts[n] = "\n".join(_broken(line, i, breaks) for i, line in enumerate(lines))
    return "".join(parts)


def _card_under_prose(lines: list[str]) -> int:
    """Where a contact card glued under a paragraph that lost the blank line between them begins
    ("… 1.450 Mitarbeiter." / "Press contact" / "Jane Roe" / "Tel.: …"), else 0: after a line of
    prose ending its sentence, the last lines, two or more, all short, one with a phone, an address
    or a contact's label."""
    cut = len(lines)
    while cut > 1 and len(lines[cut - 1].strip()) <= 60:
        cut -= 1
    prose = lines[cut - 1].rstrip() if cut else ""
    tail = lines[cut:]
    if len([t for t in tail if t.strip()]) < 2 or len(prose) <= 60 or not prose.endswith((".", "!", "?", "。")):
        return 0
    return cut if any(_CONTACT_HINT.search(line) for line in tail) else 0


_TITLE_WORDS = 8  # "Availability and Oversight" titles its part; a wrapped sentence runs longer
_DANGLING = lexicon.words("DANGLING_WORDS")


def _title_over_text(first: str, second: str) -> bool:
    """A short bare title line with its paragraph on the very next line ("Availability and
    Oversight" over "Our toolkit is available …"): a title in title case, no stop or comma at its
    end and no word a title never ends on, or a short question, over a line at least half as long
    again that opens a new sentence, so no wrapped line of prose (those run about as long as the next)."""
    words = first.split()
    if not first[:1].isupper() or not 1 <= len(words) <= _TITLE_WORDS or len(first) > 60:
        return False
    if not second[:1].isupper() or len(second) < 1.5 * len(first) + 20:
        return False
    if first.endswith(("?", "？")) and "?" not in first[:-1]:
        return True  # a short question titles the part that answers it ("What comes next?")
    if first[-1] in ".,;:!?…" or words[-1].casefold() in _DANGLING:
        return False
    small = [w for w in words if not (w[:1].isupper() or w[:1].isdigit())]
    # title case: only the small words in lower case, not "Acme said on Monday"
    return len(small) * 2 < len(words) and all(w.casefold() in _DANGLING for w in small)


# Python-Markdown rebuilds a paragraph's text at each hard break it reads (time grows as the
# square of the lines): a run of more short lines than this is cut into paragraphs this long.
_MAX_BROKEN_LINES = 200


def _broken(line: str, i: int, breaks: int) -> str:
    if i >= breaks or not line.strip():
        return line
    if i % _MAX_BROKEN_LINES == _MAX_BROKEN_LINES - 1:
        return line.rstrip() + "\n"
    return line.rstrip() + "  "


# A raw HTML block: a paragraph of the source that opens with a block tag.
_RAW_BLOCK = re.compile(r"(?:^|(?<=\n\n))<(div|section|aside|figure)\b[^\n]*(?:\n(?!\n)[^\n]*)*", re.I)
_OPEN_TAG = re.compile(r"<(div|section|aside|figure)\b", re.I)
_CLOSE_TAG = re.compile(r"</(div|section|aside|figure)\s*>", re.I)


def close_raw_blocks(source: str) -> str:
    """A raw HTML block that leaves a <div> open swallows the Markdown after it (its headings
    read as text): the missing end tags are added at the end of the block."""
    def close(match: re.Match[str]) -> str:
        block = match.group(0)
        opened = [m.group(1).lower() for m in _OPEN_TAG.finditer(block)]
        for m in _CLOSE_TAG.finditer(block):
            if m.group(1).lower() in opened:
                opened.remove(m.group(1).lower())
        return block + "".join(f"</{tag}>" for tag in reversed(opened))

    return _RAW_BLOCK.sub(close, source)


# A fence line: three or more backticks or tildes, indented at most three spaces (CommonMark).
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})")


def indent_fences(source: str) -> str:
    """Fenced code ("```console" … "```") as indented code, the form Python-Markdown reads without
    its fenced_code extension: a shell comment inside ("# Build the binary") is then code, not a
    heading, and a figure in a command is not read. A fence never closed is left as it stands."""
    if "```" not in source and "~~~" not in source:
        return source
    lines = source.split("\n")
    fences = [_FENCE.match(line) for line in lines]
    # reach[n][mark]: the longest closing fence of that character on line n or after (linear:
    # an opening is looked up here, and scanned forward only when it does close)
    reach: list[dict[str, int]] = [{}] * (len(lines) + 1)
    for n in range(len(lines) - 1, -1, -1):
        reach[n] = reach[n + 1]
        fence = fences[n]
        if fence and not lines[n][fence.end():].strip():
            mark = fence.group(2)
            if len(mark) > reach[n].get(mark[0], 0):
                reach[n] = {**reach[n], mark[0]: len(mark)}
    out: list[str] = []
    n = 0
    while n < len(lines):
        opening = fences[n]
        if opening is None or reach[n + 1].get(opening.group(2)[0], 0) < len(opening.group(2)):
            out.append(lines[n])
            n += 1
            continue
        close = _closing_fence(lines, fences, n + 1, opening.group(2))
        strip = len(opening.group(1))
        body = [line[min(strip, len(line) - len(line.lstrip(" "))):] for line in lines[n + 1:close]]
        out.append("")
        out.extend("    " + line if line.strip() else "" for line in body)
        out.append("")
        n = close + 1
    return "\n".join(out)


def _closing_fence(lines: list[str], fences: list[re.Match[str] | None], start: int, mark: str) -> int:
    """The first line from ``start`` closing a fence of ``mark``: the same character, at least as
    many, nothing after it (one is known to exist)."""
    n = start
    while True:
        close = fences[n]
        if close and close.group(2)[0] == mark[0] and len(close.group(2)) >= len(mark) \
                and not lines[n][close.end():].strip():
            return n
        n += 1


_UNDERLINE = re.compile(r"[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$")
_TITLE_END = re.compile(r"[.,;:!?…\"”’)。，；：！？]$")
_SETEXT_WORDS = 10


def separate_setext_titles(source: str) -> str:
    """Set a setext title glued under its paragraph apart from it ("… Euro.\nDividende\n-----"):
    Markdown reads the underline under a paragraph's last line as a rule, and the title as that
    paragraph's end. Only a short line with no stop or comma at its end and no contact detail
    ("E-Mail: …" over a rule) is taken for a title; an underline of any length serves."""
    if "\n--" not in source and "\n==" not in source:
        return source
    lines = source.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if i >= 2 and lines[i - 2].strip() and _UNDERLINE.match(line) and _setext_title(lines[i - 1]):
            out.insert(len(out) - 1, "")
        out.append(line)
    return "\n".join(out)


def _setext_title(line: str) -> bool:
    text = line.strip()
    return (0 < len(text) <= 80 and len(text.split()) <= _SETEXT_WORDS and not text[:1].islower()
            and not _TITLE_END.search(text) and not _UNDERLINE.match(line)
            and not _STRUCTURED_LINE.match(line) and not _CONTACT_HINT.search(text))


def repair_markdown(source: str, repairs: Repairs) -> str:
    source = separate_setext_titles(indent_fences(source))
    source = keep_short_lines(defuse_inline(clamp_nesting(close_raw_blocks(source), repairs), repairs))
    def unescape(match: re.Match[str]) -> str:
        if match.group(1) in _MD_ESCAPABLE:
            return match.group(0)
        repairs.escapes += 1
        return match.group(1)

    source = _STRAY_ESCAPE.sub(unescape, source)

    def undead(match: re.Match[str]) -> str:
        repairs.dead_links += 1
        return match.group(1)

    source = _DEAD_LINK.sub(undead, source)
    source = _END_MARK_LINE.sub("* * *", source)

    def drop_heading(match: re.Match[str]) -> str:
        repairs.empty_headings += 1
        return ""

    return _EMPTY_HEADING.sub(drop_heading, source)

