"""Statements with no quote marks: led by the speaker's name line under a "Comments" heading, or by
the speaker's name in bold.

Releases (often PDFs of comment sheets) print "Name (Role)" on a line and the person's words after
it, on the same line or the lines below, with no quote marks: "Ann Roe (Chair, Ashgrove Trust)
We will keep the library open." The heading above them names them as comments (the lexicon's
``COMMENT_LABELS``), which is what tells such a line from a list of names. A statement runs to the
end of its sentence: a PDF text layer breaks one paragraph into many lines, and the words after
the first full stop that ends a line belong to the document again. A bold "Name, Role:" that opens
a paragraph (or stands on the line above it), or a "— Name, Role" signature after it, attributes the
words when they are in the first person (the lexicon's ``FIRST_PERSON``): a bio under a bold name is
about the person, not by them, and a bold "About Acme:" opens the company's boilerplate ("our
offices"), not a statement. A paragraph of dialogue ("– …, – dedi hokim.", as Uzbek news print a
speaker's words) is the speaker's whatever its person: the dashes and the said-verb tell it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..model import Block
from ..text import CJK, HEADING_MARKS, alternation
from .names import _SEGMENTS, HONORIFIC_END, _clean_role, _is_name_token
from .patterns import cjk_words, latin_words
from .spans import is_sentence, scan_double

_CJK_CHAR = re.compile(f"[{CJK}]")

_LABEL = re.compile(r"^(?P<name>[^（(\n]{2,40}?)\s*[（(](?P<role>[^）()\n]{2,120})[）)]\s*(?P<rest>.*)$", re.S)
_CJK_NAME = re.compile(f"[{CJK}]{{2,8}}")
_SENTENCE_END = re.compile(r"[。．.!?！？」”]\s*$")
_BOLD_LEAD = re.compile(r"^\s*<strong>(?P<bold>[^<]{3,160})</strong>\s*(?P<colon>[:：–—-])?")
_TAGS = re.compile(r"<[^>]+>")
_COMMENT_WORD = re.compile(r"[の的]?(?:" + alternation(lexicon.words("COMMENT_LABELS")) + r")\s*[:：]?", re.I)
_SIGNED = re.compile(r"^(?P<words>.{20,}?[.!?。！？])\s+[—–―-]{1,2}\s*(?P<who>[^—–―!?。]{3,120})$", re.S)
_DASH_LINE = re.compile(r"^[—–―-]{1,2}\s*(?P<who>[^—–―!?。]{3,120})$")
_HONORIFIC_LEAD = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+)+", re.I)
# A bold "About Acme:" / "Sobre Acme:" opens the company's boilerplate, which speaks as "we": no speaker
_ABOUT_LEAD = re.compile(r"^(?:" + alternation(lexicon.words("ABOUT_PREFIXES"), loose_spaces=True) + r")\s", re.I)
# A CJK label ends its line (brackets and a colon may close it): "山田氏のコメント】", not the verb of a
# sentence ("…とコメントしています。", "コメントを発表しました")
_LABEL_END = r"[\s:：）)】」』〕]*$"
_CJK_COMMENT_LABEL = re.compile(
    "(?:" + alternation(cjk_words("COMMENT_LABELS")) + ")" + _LABEL_END)
_COMMENT_LABEL = re.compile(  # the other labels as words, in the lower-cased text
    r"(?<!\w)(?:" + alternation(latin_words("COMMENT_LABELS")) + r")(?!\w)")
_LOOK_BACK = 12  # blocks above a name line searched for the heading that names comments
_MAX_LINES = 30  # lines one statement may run over


@dataclass
class Statement:
    """A statement printed without quote marks under its speaker's name."""

    pos: int  # the name line's place among the blocks read
    speaker: str
    role: str | None
    text: str


def names_comments(text: str) -> bool:
    if len(text) > 80:
        return False
    return bool(_CJK_COMMENT_LABEL.search(text) or _COMMENT_LABEL.search(text.lower()))


def _speaker(name: str) -> str | None:
    name = name.strip(" \u3000:：")
    if _CJK_NAME.fullmatch(name):
        return name
    tokens = name.split()
    return name if 2 <= len(tokens) <= 4 and all(_is_name_token(t) for t in tokens) else None


def _label(block: Block) -> tuple[str, str | None, str] | None:
    """"Name（Role） words…" → (name, role, words on the same line), or None."""
    match = _LABEL.match(block.text.strip().lstrip(HEADING_MARKS + " "))  # "■山田氏（頭取）のコメント"
    if match is None or scan_double(match.group("name")):
        return None
    speaker = _speaker(HONORIFIC_END.sub("", match.group("name").strip()))
    if speaker is None:
        return None
    rest = match.group("rest").strip()
    if _COMMENT_WORD.fullmatch(rest):
        rest = ""  # "山田氏（頭取）のコメント": the words follow on the next lines
    return speaker, _clean_role(match.group("role")), rest


def _under_comments(blocks: list[Block], pos: int) -> bool:
    for k in range(pos - 1, max(-1, pos - _LOOK_BACK - 1), -1):
        if names_comments(blocks[k].text):
            return True
        if blocks[k].kind == "heading":
            return False
    return False


def _quoted(text: str) -> bool:
    """Words that open with a quote mark are a quotation: the main loop reads them (a phrase quoted
    inside a statement is part of it)."""
    spans = scan_double(text)
    return bool(spans) and spans[0].start == 0


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        glue = "" if out and _CJK_CHAR.match(part) and _CJK_CHAR.search(out[-1]) else " "
        out = f"{out}{glue}{part}" if out else part
    return out.strip()


def _words_after(blocks: list[Block], pos: int, rest: str) -> tuple[str, int]:
    """The statement from the name line on, and the index of the last block it takes."""
    parts = [rest] if rest else []
    k = pos
    while (not parts or not _SENTENCE_END.search(parts[-1])) and k + 1 < len(blocks) \
            and k - pos < _MAX_LINES:
        nxt = blocks[k + 1]
        if nxt.kind == "heading" or _label(nxt) is not None or names_comments(nxt.text):
            break
        parts.append(nxt.text.strip())
        k += 1
    return _join(parts), k


def _first_person(text: str) -> bool:
    words = lexicon.words("FIRST_PERSON")
    if any(w in text for w in words if _CJK_CHAR.search(w)):
        return True
    return any(w.lower().strip(".,;:!?") in words for w in text.split())


def _bold_speaker(bold: str) -> tuple[str, str | None] | None:
    """"Ann Roe, Chair of Ashgrove:" → (name, role)."""
    if _ABOUT_LEAD.match(bold.strip()):
        return None
    segments = _SEGMENTS.split(bold.strip(" :：–—-"), maxsplit=1)
    speaker = _speaker(segments[0])
    if speaker is None:
        return None
    return speaker, _clean_role(segments[1]) if len(segments) > 1 else None


def _bold_statement(blocks: list[Block], pos: int, where: dict[str, list[int]]) -> Statement | None:
    """A paragraph opened by a bold "Name, Role:", or a bold name line and the paragraph after it."""
    block = blocks[pos]
    lead = _BOLD_LEAD.match(block.html)
    if lead is None:
        return None
    who = _bold_speaker(lead.group("bold"))
    if who is None:
        return None
    rest = _TAGS.sub("", block.html[lead.end():]).strip()
    if not rest and block.strong and pos + 1 < len(blocks) and not blocks[pos + 1].strong:
        rest = blocks[pos + 1].text.strip()
    elif not (lead.group("colon") or lead.group("bold").rstrip().endswith((":", "："))):
        return None
    if not rest or scan_double(rest) or not is_sentence(rest) or not _first_person(rest):
        return None
    if who[1] is None and not _named_elsewhere(blocks, pos, who[0], where):
        return None  # a bold "Key Facts:" is no person: a name alone must be one the release uses
    return Statement(pos, who[0], who[1], rest)


def _named_elsewhere(blocks: list[Block], pos: int, name: str, where: dict[str, list[int]]) -> bool:
    """Does the surname stand in a block other than this statement's? ``where`` remembers the first
    three blocks that hold each surname, so many bold names read the text once each."""
    surname = name.split()[-1] if " " in name else name
    if surname not in where:
        where[surname] = [k for k, b in enumerate(blocks) if surname in b.text][:3]
    return any(k not in (pos, pos + 1) for k in where[surname])


def _dash_statement(blocks: list[Block], pos: int) -> Statement | None:
    """First-person words signed by a dash: "… every week. — Ann Roe, Chair" on the same line, or
    the words alone and "— Ann Roe, Chair" on the line below."""
    text = blocks[pos].text.strip()
    signed = _SIGNED.match(text)
    if signed:
        words, who = signed.group("words"), signed.group("who")
    elif pos + 1 < len(blocks) and (dash := _DASH_LINE.match(blocks[pos + 1].text.strip())):
        words, who = text, dash.group("who")
    else:
        return None
    speaker = _bold_speaker(_HONORIFIC_LEAD.sub("", who))
    if speaker is None or _quoted(words) or not is_sentence(words) or not _first_person(words):
        return None
    return Statement(pos, speaker[0], speaker[1], words)


def find_statements(blocks: list[Block]) -> list[Statement]:
    """Every name-line statement under a heading that names comments (see the module docstring)."""
    found: list[Statement] = []
    where: dict[str, list[int]] = {}
    pos, context_until = 0, -1  # a name line right after a statement is in the same list
    while pos < len(blocks):
        label = _label(blocks[pos])
        if label is None or not (pos <= context_until or _under_comments(blocks, pos + 1)):
            other = (_bold_statement(blocks, pos, where) or _dash_statement(blocks, pos))
            if other is not None:
                found.append(other)
            pos += 1
            continue
        speaker, role, rest = label
        text, last = _words_after(blocks, pos, rest)
        if is_sentence(text) and not _quoted(text):
            found.append(Statement(pos, speaker, role, text))
            context_until = last + 2
        pos = last + 1
    return found
