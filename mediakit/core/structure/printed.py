"""Where a page prints its headline: the line that spells its metadata title or an e-mail's subject
(one line, or wrapped over a few in a narrow column), the line listing it after the date it was
posted, the release's own headline restated in full under a page title that cut it short; and a
headline's text as a reader sees it."""

from __future__ import annotations

import re

from ..model import Block
from .dates import find_date
from .labels import strip_label
from .vocab import folded


def clean_title(text: str) -> str:
    """A headline as a reader sees it: one line, no markup, no label run into it ("MEDIA ADVISORY: …")."""
    return strip_label(re.sub(r"\s+", " ", text).strip(" *#")).strip()


_DATED_LINE = 60  # characters: a date line or a dated byline, not a paragraph


def dateline_follows(blocks: list[Block], block: Block) -> bool:
    """The block after ``block`` (images, a few highlight bullets, a label such as "Press release"
    and one deck, the headline's short sub-headline, aside) opens with a date: the story starts under it."""
    deck = False
    for after in blocks[block.index + 1:block.index + 8]:
        if after.kind in ("image", "item") or after.role == "front" or not after.text.strip():
            continue
        found = find_date(after.text, 60)
        if found is None and not deck and _deck(after):
            deck = True
            continue
        # the story's opening, or the short line dating the story under its headline ("By Jo Roe | June 5, 2031")
        return found is not None and (len(after.text) > found.end + 30 or len(after.text) <= _DATED_LINE)
    return False


_DECK_WIDTH = 160  # characters: a sub-headline, not a paragraph


def _deck(block: Block) -> bool:
    """A sub-headline under a headline ("Awards Recognize Top Projects in the Community"): a short
    paragraph in plain type (a bold one may be the headline's next line), not a sentence (no full
    stop at its end)."""
    text = block.text.strip(" *")
    return block.kind == "paragraph" and not block.strong and len(text.split()) >= 3 and len(text) <= _DECK_WIDTH \
        and not text.endswith((".", ":", ";", ","))


_WRAPPED_LINES = 3  # lines a printed headline may be wrapped over
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def printed_title(top: list[Block], fm_title: str) -> list[Block]:
    """The line of a page with no headings that prints the page's own title: the headline stands
    there, so what is above it (a date line, a label) is above the headline. In a PDF or a Word
    file's narrow column the headline may wrap over two or three lines: those lines, in order."""
    key = folded(clean_title(fm_title))
    one = next((b for b in top if b.kind == "paragraph" and folded(clean_title(b.text)) == key), None)
    words = _words(key)
    if one is None and len(words) >= 2:  # the same words, punctuated otherwise: "AID ; EAST PAKISTAN …" for "Aid: …"
        one = next((b for b in top if b.kind == "paragraph" and _words(folded(clean_title(b.text))) == words), None)
    if one is not None:
        return [one]
    compact = "".join(key.split())
    for i in range(len(top)):
        lines: list[Block] = []
        text = ""
        for line in top[i:i + _WRAPPED_LINES]:
            if line.kind != "paragraph" or lines and line.index != lines[-1].index + 1:
                break
            lines.append(line)
            text += "".join(folded(clean_title(line.text)).split())
            if not compact.startswith(text):
                break
            if text == compact and len(lines) > 1:
                return lines
    return []


_DATE_SEPARATOR = re.compile(r"\s*[:|–—-]\s*")


def dated_prefix(text: str) -> re.Match[str] | None:
    """The separator after a date that opens a line ("June 5, 2031: Headline", "2031-06-05 | Headline")."""
    found = find_date(text, 40)
    if found is None or text[:found.start].strip(" ,"):
        return None
    return _DATE_SEPARATOR.match(text, found.end)


def listed_title(blocks: list[Block], fm_title: str) -> Block | None:
    """Further down a page whose menus run long, the line that prints its title after the date it
    was posted ("June 5, 2031: Headline"), as the page's own list of releases shows it."""
    key = folded(clean_title(fm_title))
    for block in blocks:
        prefix = dated_prefix(block.text) if block.kind == "paragraph" and block.role == "body" else None
        if prefix is not None and folded(clean_title(block.text[prefix.end():])) == key:
            return block
    return None




_RESTATED_WITHIN = 6  # blocks under a page's title line where the release may print its headline
_RESTATED_LENGTH = 200  # characters: a headline, not the story's opening


def restated_longer(blocks: list[Block], first: Block) -> Block | None:
    """The release's own headline a few lines under a page's title line, opening with that title
    and running on past it, right over the story ("Mayor Opens Bridge" / a byline / "Mayor Opens
    Bridge, Closes Ferry Route" / the dateline): the page's title was the headline shortened."""
    key = folded(clean_title(first.text))
    if len(key.split()) < 3:
        return None
    for block in blocks[first.index + 1:first.index + 1 + _RESTATED_WITHIN]:
        text = folded(clean_title(block.text))
        if (block.kind == "paragraph" and block.role == "body" and text.startswith(key + " ")
                and len(block.text) <= _RESTATED_LENGTH and not block.text.rstrip().endswith(".")
                and dateline_follows(blocks, block)):
            return block
    return None
