"""Page chrome in a plain-text copy of a web page, where no markup is left to tell it apart.

These shapes are the page's and not the release's: a first line that is the browser title
("Headline - Site", the headline repeated below it); above the release's first paragraph of
prose, the site's menu copied as a run of one- to three-word lines (four or more, none with a
digit, an address or a sentence's end) and its breadcrumbs ("Home > News > Releases"); and a
list of other posts after the release: the same few short lines ("News", "Read more") coming
back at a steady beat to the end of the text. Hand-written: no library reads chrome out of
flattened text.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import lexicon
from ..model import Block
from ..structure.pagehead import labelled_breadcrumb

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
_MAX_SHORT = 30
# How far below the page's title the headline may stand alone: a scrape keeps the site's menu,
# a byline and breadcrumbs above it, a line or two each.
_TITLE_REACH = 30


# A line of the page's own list of posts: the date it was posted, then the headline ("June 5, 2031: …").
_POSTED = re.compile(r"^(?=[^:|–—]{0,30}\d)[^:|–—]{4,30}[:|–—]\s+(?P<head>.+)$")


def page_title_line(blocks: list[Block]) -> tuple[list[Block], str | None, str | None]:
    """Drop a first line "Headline - Site" (or "Site | Headline") when the headline stands alone below
    it (under the menu, byline and breadcrumbs a scrape keeps), or,
    below a long menu, after the date it was posted ("June 5, 2031: Headline"); returns the blocks
    left, the headline and the site's name."""
    if len(blocks) < 3 or blocks[0].kind != "paragraph":
        return blocks, None, None
    first = blocks[0].text
    later = {b.text.strip().casefold() for b in blocks[1:_TITLE_REACH]}
    posted = {m.group("head").strip().casefold() for b in blocks[1:200] if (m := _POSTED.match(b.text.strip()))}
    for sep in reversed(list(_SEPARATOR.finditer(first))):
        head = first[:sep.start()].strip()
        if not head:
            continue
        if head.casefold() in later or head.casefold() in posted:
            return _headline_side(blocks, head, first[sep.end():].strip(), later)
        wrapped = _wrapped_headline(blocks, head)
        if wrapped is not None:
            return wrapped, head, first[sep.end():].strip() or None
    for sep in _SEPARATOR.finditer(first):  # "Site | Headline" where only the headline stands alone below
        head, tail = first[:sep.start()].strip(), first[sep.end():].strip()
        if _tail_is_headline(head, tail, later):
            return blocks[1:], tail, head or None
    return blocks, None, None


def _tail_is_headline(head: str, tail: str, later: set[str]) -> bool:
    """The side after the bar stands alone below and is the longer side: the title reads "Site | Headline"."""
    return tail.casefold() in later and len(tail.split()) > len(head.split())


def _headline_side(blocks: list[Block], head: str, tail: str,
                   later: set[str]) -> tuple[list[Block], str | None, str | None]:
    """The blocks below the title line, the headline and the site's name, where the side before
    the bar stands alone below: a page titled "Site | Headline" has both sides standing alone (the
    site's name as a logo or a contact's organisation), and the headline is the longer of them."""
    if _tail_is_headline(head, tail, later):
        return blocks[1:], tail, head
    return blocks[1:], head, tail or None


_WRAP_LINES = 3  # a headline the page set over two or three lines


def _wrapped_headline(blocks: list[Block], head: str) -> list[Block] | None:
    """The blocks below the title line with the headline ``head`` made one line again where the
    scrape broke it over two or three ("Ferry Line Adds" / "Two Night Crossings"), else None."""
    key = " ".join(head.split()).casefold()
    for i in range(1, min(len(blocks), _TITLE_REACH)):
        for n in range(2, _WRAP_LINES + 1):
            run = blocks[i:i + n]
            if len(run) < n or any(b.kind != "paragraph" for b in run):
                break
            if " ".join(" ".join(b.text.split()) for b in run).casefold() == key:
                joined = Block(kind="paragraph", text=" ".join(b.text.strip() for b in run),
                               html=" ".join(b.html.strip() for b in run), strong=all(b.strong for b in run))
                return [*blocks[1:i], joined, *blocks[i + n:]]
    return None


_MENU_RUN = 4
_MENU_ITEM = re.compile(r"^(?!.*[\d@])\S+(?:[ \t]\S+){0,2}$")
_MENU_END = re.compile(r"[.:;!?,。：；！？]$")
_CRUMB = re.compile(r"^(?!.*\d)(?:[^>»›/\n]{1,40}\s[>»›/]\s){2,}[^>»›/\n]{1,60}$")


def drop_menus_above_story(blocks: list[Block]) -> tuple[list[Block], int]:
    """Drop the site's menu (runs of ``_MENU_RUN`` or more menu lines) and breadcrumb lines above
    the release's first paragraph of prose; returns the blocks left and how many went."""
    story = next((i for i, b in enumerate(blocks) if len(b.text) >= 120), None)
    if story is None:
        return blocks, 0
    gone: set[int] = {i for i in range(story) if _CRUMB.match(blocks[i].text.strip()) or labelled_breadcrumb(blocks[i].text)}
    run: list[int] = []
    for i in range(story + 1):
        if i < story and _menu_item(blocks[i]):
            run.append(i)
            continue
        if len(run) >= _MENU_RUN:
            gone.update(run)
        run = []
    if not gone:
        return blocks, 0
    return [b for i, b in enumerate(blocks) if i not in gone], len(gone)


def _menu_item(block: Block) -> bool:
    text = block.text.strip()
    return (block.kind == "paragraph" and not block.strong and len(text) <= 25
            and _MENU_ITEM.match(text) is not None and not _MENU_END.search(text))


def drop_listing_tail(blocks: list[Block]) -> tuple[list[Block], int]:
    """Cut a list of other posts after the release; returns the blocks left and how many went."""
    n = len(blocks)
    if n < 12:
        return blocks, 0
    counts = Counter(b.text for b in blocks if 0 < len(b.text) <= _MAX_SHORT)
    best = n
    for text, count in counts.most_common(5):
        if count < 3:
            break
        start = _steady_run_start(blocks, text)
        if start is not None:
            best = min(best, start)
    if best >= n or best < 8:  # the release comes first
        return blocks, 0
    # the listing's own title just above it ("Related posts") goes with it
    above = blocks[best - 1].text if best > 0 else ""
    if above and len(above) <= _MAX_SHORT and not re.search(r"[\d@.:;!?]", above):
        best -= 1
    return blocks[:best], n - best


_SENTENCE_END = re.compile(r"[.!?。！？][\"”’)]*$")
_FOOTER_LINE = 80  # a footer's lines are short, or headlines of other posts that end with no full stop


def drop_page_footer(blocks: list[Block]) -> tuple[list[Block], int]:
    """Cut the page's own footer after the release: it opens with a line a site puts under every
    post ("Tagged with:", "Share", "Latest posts") and nothing after it reads as the release's prose
    or reaches anyone (no e-mail address); returns the blocks left and how many went."""
    story = next((i for i, b in enumerate(blocks) if len(b.text) >= 120), None)  # the first paragraph of prose
    if story is None:
        return blocks, 0
    nav = lexicon.words("NAV_HEADINGS")
    for i in range(story + 1, len(blocks)):
        if _folded(blocks[i].text) in nav and _only_page_after(blocks[i + 1:]):
            return blocks[:i], len(blocks) - i
    return blocks, 0


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" *:").casefold()


def _only_page_after(rest: list[Block]) -> bool:
    return all("@" not in b.text and (len(b.text) < _FOOTER_LINE or not _SENTENCE_END.search(b.text.strip()))
               for b in rest)


def _steady_run_start(blocks: list[Block], text: str) -> int | None:
    """Where the line ``text`` starts coming back every few lines until the end, or None."""
    where = [i for i, b in enumerate(blocks) if b.text == text]
    run = [where[-1]]
    for i in reversed(where[:-1]):
        gap = run[-1] - i
        if gap < 2 or gap > 8 or (len(run) > 1 and gap != run[-2] - run[-1]):
            break
        run.append(i)
    if len(run) < 3:
        return None
    # what follows the listing is more page (a sign-up form, a copyright), never a paragraph of prose
    if any(len(b.text) >= 200 for b in blocks[run[-1]:]):
        return None
    return run[-1]
