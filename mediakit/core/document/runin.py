"""A whole page flattened into one paragraph: the menus, the headline and the story run together.

A scrape that lost every line break opens with the site's menu, then the headline, then the story
from its run-in dateline on ("Home News Press Releases Acme Opens a Plant LAKEVIEW, Ore., March 4,
2025 – Acme today …"; a dateline of a date alone, "… Acme Opens a Plant March 4, 2025 – …", or a CJK
date the story follows after a space, "… 新建10座口袋公园 2025年3月3日 我市…"). The dateline is the one
cue such a text keeps: the paragraph is cut there (not where it opens the paragraph itself).
What stands before it is the menu and the headline; the headline starts where the story's subject
is named first ("Acme Opens …" over "Acme today …", an article aside), else after the page's own
heading ("Press Releases", "Newsroom"); the menu before it is left out. Hand-written: the cut is
read from the dateline's form, which no library knows.
"""

from __future__ import annotations

import html as htmllib
import re

from .. import lexicon
from ..model import Block
from ..scripts import display_width
from ..structure.dates import find_date
from ..text import alternation
from .repairs import Repairs

# The place before a run-in date, with a comma, a dash or a particle before the date: capitals ("LAKEVIEW, Ore.",
# "CIUDAD DE MÉXICO"), or one capitalised word with a state or country after it ("Lakeview, Oregon").
_UP = "A-ZÀ-ÖØ-Þ"
_PARTICLE = "(?:" + alternation(lexicon.words("DATE_PARTICLES")) + ")"  # "Stockholm den 3 mars", "Paris, le 3 mars"
_PLACE = re.compile(rf"(?:\b[{_UP}][{_UP}.'’-]+(?:\s[{_UP}][{_UP}.'’-]+){{0,3}}|\b[{_UP}][a-zß-ÿ'’-]+)"
                    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:,\s*(?:" + _PARTICLE + r"\s+)?|\s+(?:--|[–—-])\s*|\s+"
                    + _PARTICLE + r"\s+)$")
# After the date: a dash, or a wire's tag and a dash ("/PRNewswire/ --", "(GLOBE NEWSWIRE) --").
_AFTER_DATE = re.compile(r"\s*(?:/[\w .&-]{2,30}/|\([\w .&-]{2,30}\))?\s*(?:--|[–—-])\s*(?=\S)")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s|[。！？]")
# A date written the CJK way ("2025年3月3日"), which a story follows after a space, with no dash.
_CJK_DATE = re.compile(r"\d{4}\s*年.*日")
_ARTICLE = re.compile(r"^(?:" + alternation(lexicon.words("DEFINITE_ARTICLES")) + r")\s+", re.I)
_PAGE_WORDS = re.compile(r"\b(?:" + alternation(lexicon.words("PAGE_HEADINGS") | lexicon.words("RELEASE_LABELS"))
                         + r")\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_STORY_SHARE = 0.6  # of the headline's words the story uses too; a menu's words it seldom does
_MENU_AND_HEAD_WORDS = 5  # the fewest words a menu and a headline run together hold
_TAG_BEFORE = re.compile(r"[)/]\s*(?:--|[–—-])?\s*$")
_FLATTENED = 200  # columns (a CJK character is two): a page run into one paragraph, not a line
_MENU_AND_HEAD = 400  # the most that stands before the dateline


def split_runin_dateline(blocks: list[Block], repairs: Repairs) -> list[Block]:
    """The first paragraph of a page flattened into one cut at its run-in dateline: the headline
    before it is a line of its own, the menu before the headline is left out."""
    for pos, block in enumerate(blocks[:3]):
        if block.kind != "paragraph" or display_width(block.text) < _FLATTENED:
            continue
        cut = _dateline_start(block.text)
        if cut is None:
            return blocks
        before, story = block.text[:cut].strip(), block.text[cut:]
        head = _headline_start(before, story)
        if head:
            repairs.notes.append("Left out the site's menu run into the headline of a page flattened into one paragraph.")
        return [*blocks[:pos], _paragraph(before[head:]), _paragraph(story), *blocks[pos + 1:]]
    return blocks


def _dateline_start(text: str) -> int | None:
    """Where a run-in dateline starts inside ``text`` ("… Program LAKEVIEW, Ore., March 4, 2025 – …",
    "… Classes March 4, 2025 – …", "… 口袋公园 2025年3月3日 我市…"), with the menu and headline
    before it and no sentence among them; None where there is none."""
    date = find_date(text, _MENU_AND_HEAD + 60)
    if date is None or not (_AFTER_DATE.match(text, date.end) or _CJK_DATE.fullmatch(text[date.start:date.end])
                            and text[date.end:date.end + 1].isspace()):
        return None
    before = text[:date.start]
    if _TAG_BEFORE.search(before):
        return None  # "MT. SHASTA, Calif.--(Harbor Newswire)--June 4": the wire's tag is the dateline's
    place = _PLACE.search(before)
    start = place.start() if place else date.start
    # too few words before it for a menu and a headline ("NEW YORK and BOSTON, June 9 –"): the story's own dateline
    if len(text[:start].split()) < _MENU_AND_HEAD_WORDS or _SENTENCE_END.search(text[:start] + " "):
        return None
    return start


def _headline_start(before: str, story: str) -> int:
    """Where the headline starts in the menu and headline run together: at the story's subject
    named first, else at the run of words the story goes on to use, else after the last of the
    page's own headings, else at the start."""
    opening = _AFTER_DATE.split(story, maxsplit=1)[-1]
    subject = " ".join(_ARTICLE.sub("", opening).split()[:2])
    if subject and subject[0].isupper():
        found = before.find(subject)
        if found > 0:
            return found
    heading = list(_PAGE_WORDS.finditer(before))
    end = heading[-1].end() if heading else 0
    words = list(_WORD.finditer(before, end))
    used = {w.casefold() for w in _WORD.findall(story)}
    for i, word in enumerate(words):
        tail = [w.group().casefold() in used for w in words[i:]]
        if tail[0] and len(tail) >= 3 and sum(tail) >= _STORY_SHARE * len(tail):
            return word.start()
    rest = before[end:]
    return end + len(rest) - len(rest.lstrip()) if len(rest) > 10 else 0


def _paragraph(text: str) -> Block:
    text = text.strip()
    return Block(kind="paragraph", text=text, html=htmllib.escape(text, quote=False))
