"""The masthead over a headline on a page with no headings: the lines a reader skips to find it.

A plain-text or PDF-text release often prints its publisher first: the organisation's name and
address, its web address, a government's name over a ministry's ("Ministry of …" / "Government of
…"), and in Japan the date, the salutation (各位) and the issuer's name. Three cues mark where the
masthead ends, all read from the layout rather than the words of a headline:

- a label line ("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "報道関係者各位") with a line of its own
  below it before the story: what stands above the label is the masthead;
- a line holding only a web address: the letterhead ends there;
- a line naming only a company with its legal form ("株式会社…", lexicon ``LEGAL_FORMS``), or its
  representative by title and name ("代表取締役社長 鈴木一郎", lexicon ``NAME_TITLES``), or a field of a
  disclosure's masthead ("会社名　…", "問合せ先　…", a note in brackets), over another line: the issuer.
"""

from __future__ import annotations

import re
from itertools import takewhile

from ..model import Block
from ..text import HAN, KANA
from .vocab import alternation

# A sentence's end, not the period of a company's short legal form ("Harbor Point Devices, Inc.").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})(?<!\b[A-Z])[.!?]$|[。！？]$")
# A line left open ends no headline: a dateline's place alone on its line ("Springfield, Ohio,", "CHICAGO –").
_OPEN_ENDS = (",", ";", ":", "–", "—", "-")
# The issuer's representative under its name: a title, a space, the name ("代表取締役社長　鈴木一郎"), not a
# headline opening with a title ("社長交代のお知らせ").
_REPRESENTATIVE = re.compile(rf"(?:{alternation('NAME_TITLES')})[\s\u3000]+[{HAN}{KANA}ー]{{1,5}}"
                             rf"(?:[\s\u3000][{HAN}{KANA}ー]{{1,5}})?")
# A field of a disclosure's masthead, a label then its value ("会社名　株式会社…", "問合せ先　…"), or a
# note in brackets under one ("（コード番号：1234）", "（TEL．03-1234-5678）").
_FIELD_LINE = re.compile("(?:" + alternation("MASTHEAD_LABELS") + "|" + alternation("PROFILE_NAME_LABELS") + "|"
                         + alternation("CONTACT_LABELS") + r")[\s\u3000:：]+\S")
_NOTE_LINE = re.compile(r"[（(][^（()）]{2,60}[)）]")
_CJK = re.compile(f"[{HAN}{KANA}]")
_WEB_LINE = re.compile(r"(?:https?://|www\.)\S+/?", re.I)
# A company's name with its legal form before or after it ("株式会社みどり電機", "みどり電機株式会社"), alone.
_LEGAL = alternation("LEGAL_FORMS")
_CJK_ISSUER = re.compile(rf"(?:{_LEGAL})\s*[{HAN}{KANA}ー・A-Za-z0-9&. ]{{1,24}}|[{HAN}{KANA}ー・A-Za-z0-9&. ]{{1,24}}(?:{_LEGAL})")


def below_masthead(blocks: list[Block], lines: list[Block]) -> list[Block]:
    """The ``lines`` (the short lines above the story, in order) that may be the headline: those
    below a label line, a web address or the issuer's name that ends the masthead; all of them
    where none does, or where nothing would be left. The masthead is looked for only above the
    first line that ends a sentence (a short story paragraph, a contact part's lines below it)."""
    opening = list(takewhile(lambda b: not _SENTENCE_END.search(b.text.rstrip()), lines))
    if not opening:
        return lines
    end = _masthead_end(blocks, opening)
    kept = [b for b in opening if b.index > end and _may_be_headline(b.text)]
    return kept or lines


def is_masthead_line(text: str) -> bool:
    """A line of a masthead: a web address alone, a company with its legal form ("北風電機株式会社"), its
    representative by title and name, a disclosure's field ("会社名　…") or a note in brackets."""
    text = text.strip()
    return bool(_WEB_LINE.fullmatch(text) or _CJK_ISSUER.fullmatch(text) or _REPRESENTATIVE.fullmatch(text)
                or _FIELD_LINE.match(text) or _NOTE_LINE.fullmatch(text))


def _may_be_headline(text: str) -> bool:
    """Words enough for a headline (three, or six CJK characters), not a line left open."""
    text = text.strip()
    return not text.endswith(_OPEN_ENDS) and (len(text.split()) >= 3 or len(_CJK.findall(text)) >= 6)


def _masthead_end(blocks: list[Block], lines: list[Block]) -> int:
    """The index of the last block of the masthead (-1: none)."""
    last = lines[-1].index
    end = max((b.index for b in blocks[:last] if b.role == "front"), default=-1)
    for block in lines[:-1]:
        if is_masthead_line(block.text):
            end = max(end, block.index)
    return end
