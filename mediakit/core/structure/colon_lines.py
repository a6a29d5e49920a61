"""Lines ending in ":": whether one names what follows ("Key features:", a title) or leads into it.

A line ending in a colon may title the list or sentence under it ("Third Quarter Highlights:",
"Key facts:") or only lead into it ("The study found:", "Jane Roe added:"); a line of that kind
right under a part's title is the part's first line, a lead-in, unless it names a list.
"""

from __future__ import annotations

import re

from ..model import Block
from .about import word_count
from .vocab import alternation, is_entry

_SAID = re.compile(r"(?<![^\W\d_])" + alternation("SAID_VERBS") + r"(?![^\W\d_])", re.I)
_COLON_TITLE_WORDS = 4  # a title ending in ":" between paragraphs is a noun or two ("How to take part:")
_LIST_NAME_WORDS = 3  # "Key features:", "Highlights:" name a list; "The study found:" leads into it
_LIST_TITLE_WORDS = 5  # in title case: "Third Quarter Highlights:", "Key Dates and Venues:"


def _title_cased(words: list[str]) -> bool:
    """Every word after the first opens in a capital or a digit, or is a title's small word
    ("Key Highlights from May 2031", "Fleet and Depot Update"); not "The survey found"."""
    return len(words) > 1 and all(
        w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 or is_entry(w, "DANGLING_WORDS") for w in words[1:])


def names_a_list(text: str) -> bool:
    """A line ending in ":" over a list that names what it holds, a noun phrase and no clause: up
    to five words in title case ("Third Quarter Highlights:"), or two or three with no said-verb
    ("Key features:", not "Jane Roe added:")."""
    words = text.rstrip(":： ").split()
    if not words or len(words) > _LIST_TITLE_WORDS:
        return False
    return _title_cased(words) or len(words) <= _LIST_NAME_WORDS and not _SAID.search(text)


def intro_line(text: str, over_sentence: bool) -> bool:
    """A line ending in ":" under the text leads into what follows, but "Key facts:" or a name in
    title case ("Fleet and Depot Update:") over a sentence titles it; "The librarian added:" over
    one leads into her words all the same."""
    said = [m.group().casefold() for m in _SAID.finditer(text)]
    # "Key Highlights:" in title case names a part; "Jane Roe Commented:" leads into her words still
    named = names_a_list(text) and _title_cased(text.rstrip(":： ").split()) \
        and not any(w.endswith("ed") or w in ("said", "wrote") for w in said)
    if said and not named:
        return True
    return not (over_sentence and (word_count(text) <= _COLON_TITLE_WORDS or named))


def lead_in_under_title(blocks: list[Block], i: int, text: str) -> bool:
    """A line ending in ":" right under a part's title, a heading or a bold line ("**Trail data**" over
    "Drawn by volunteers to help walkers plan a day out:"), is that part's first line leading into its
    list, unless it names the list ("Short walks:")."""
    above = blocks[i - 1] if i > 0 else None
    return above is not None and (above.kind == "heading" or above.strong) and not names_a_list(text)


def leads_in(blocks: list[Block], i: int, text: str, apart: bool, over_sentence: bool, over_list: bool) -> bool:
    """A line ending in ":" that leads into what follows: under a part's title, or under the text (not
    ``apart`` from it, nor one of a series of such titles), unless it names its list."""
    return lead_in_under_title(blocks, i, text) or not apart and intro_line(text, over_sentence) \
        and not (over_list and names_a_list(text))
