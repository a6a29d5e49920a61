"""The headline: a heading near the top, the page's title, or a first line; and the date above it."""

from __future__ import annotations

import re

from ..contacts import is_contact_line
from ..model import Block
from ..scripts import display_width
from ..text import HAN, KANA
from .about import is_about_title
from .dates import find_date, is_date_line
from .labels import embargo_text, is_label
from .masthead import below_masthead
from .pagehead import (
    headline_under_marker,
    is_breadcrumb,
    is_link_bar,
    is_numbering,
    is_share_button,
    name_printed_again,
    names_the_page,
)
from .printed import clean_title, dated_prefix, dateline_follows, listed_title, printed_title, restated_longer
from .vocab import folded

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from typing import Any


def _top_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks a headline may be: body headings and paragraphs near the top, not a contact line
    printed above the headline ("CONTACT: Jane Roe / (512) 555-0176") nor a share or print button."""
    return [b for b in blocks[:20] if b.role == "body" and b.kind in ("heading", "paragraph") and b.text.strip()
            and not (b.kind == "paragraph" and is_contact_line(b)) and not is_breadcrumb(b.text)
            and not is_share_button(b.text)][:12]


def _story_paragraph(block: Block) -> bool:
    """A paragraph of the story: long, or opened by its dateline ("PORTSMOUTH, N.H. – May 6, 2031 –
    The trust …"), or in Chinese or Japanese (denser) shorter but of whole sentences ("…に参加いたしました。")."""
    if block.kind != "paragraph":
        return False
    text = block.text
    if len(text) >= 200 or len(text) >= 80 and "。" in text and _CJK.search(text) is not None:
        return True
    opening = find_date(text, 80) if len(text) >= 120 else None
    return opening is not None and len(text) - opening.end >= 80


def _headings_before_story(top: list[Block]) -> list[Block]:
    """The headings above the story: a heading after a paragraph of the story is a section, not the headline."""
    out: list[Block] = []
    for block in top:
        if _story_paragraph(block):
            break
        if block.kind == "heading" and block.level <= 4 and len(block.text) > 3 and not is_about_title(block.text):
            out.append(block)
    return out


def _story_under_later(blocks: list[Block], headings: list[Block], block: Block) -> bool:
    """The story starts under a later heading, not under ``block`` (a site's name the page's title
    repeats, set over the release's own heading)."""
    return not dateline_follows(blocks, block) and any(
        dateline_follows(blocks, h) for h in headings if h.index > block.index)


def _headline_heading(blocks: list[Block], top: list[Block], fm_title: str | None) -> Block | None:
    """The heading that is the headline: the one the metadata's title names, else the one the story
    follows when the first names the page, else the first."""
    before = _headings_before_story(top)
    titled = _titled_heading(blocks, before, fm_title)
    if titled is not None:
        return titled
    headings = [h for h in before if _may_head(blocks, h) and not (fm_title and _under_sentence(top, h))]
    if not headings:
        return None
    first = headings[0]
    labelled = _under_label(blocks, headings)
    if labelled is not None and labelled is not first and not dateline_follows(blocks, first):
        return labelled
    if names_the_page(first.text) or len(headings) > 1 and dateline_follows(blocks, headings[-1]) \
            and not dateline_follows(blocks, first) and len(folded(first.text)) < len(folded(headings[-1].text)) / 2:
        later = [h for h in headings[1:] if not names_the_page(h.text)]
        return next((h for h in later if dateline_follows(blocks, h)), later[0] if later else _unless_titled(first, fm_title))
    return first


_SENTENCE_WORDS = 8


def _under_sentence(top: list[Block], heading: Block) -> bool:
    """A sentence of the story stands above ``heading`` ("The board said on Tuesday it would …."
    over "## Timetable"): where the metadata gives a title, such a heading is a section of it."""
    return any(b.kind == "paragraph" and b.index < heading.index and len(b.text.split()) >= _SENTENCE_WORDS
               and b.text.rstrip().endswith((".", "!", "?")) for b in top)


def _titled_heading(blocks: list[Block], before: list[Block], fm_title: str | None) -> Block | None:
    """The heading the metadata's title names, unless the title it names is the page's ("Press
    releases – Site" over a list's h1) or the story starts under a later heading."""
    if not fm_title:
        return None
    key = folded(clean_title(fm_title))
    return next((b for b in before if folded(b.text) == key and not names_the_page(b.text)
                 and not _story_under_later(blocks, before, b)), None)


def _under_label(blocks: list[Block], headings: list[Block]) -> Block | None:
    """The heading set right under a release's label heading, the story under it ("Acme 4 Press kit" /
    "Original press release" / "Acme 4 speeds up maps" / "3 MAY 2031 – …"): the release's own headline
    below the page's title."""
    for heading in headings[1:]:
        above = blocks[heading.index - 1]
        if above.kind == "heading" and is_label(above.text) and dateline_follows(blocks, heading):
            return heading
    return None


def _unless_titled(first: Block, fm_title: str | None) -> Block | None:
    """The page's section name ("# News") as the only heading: the headline only where the metadata
    names none, or names the page too; else the metadata's title is the headline."""
    return first if not fm_title or names_the_page(clean_title(fm_title)) else None


def _may_head(blocks: list[Block], heading: Block) -> bool:
    """A heading that may be the headline: a large one, or a small one the story starts under."""
    return heading.level <= 3 or dateline_follows(blocks, heading) \
        or heading.level == 4 and not names_the_page(heading.text) and _story_follows(blocks, heading)


def _story_follows(blocks: list[Block], block: Block) -> bool:
    """The story's first paragraph stands right under ``block`` (images aside, and one smaller heading
    between, the headline's deck, or a short line set as its deck): a small heading (an h4 under a site's section name "最新消息",
    an h5 deck under it) set over the story is its headline."""
    after = [b for b in blocks[block.index + 1:block.index + 5] if b.kind != "image" and b.text.strip()]
    if after and (after[0].kind == "heading" and after[0].level > block.level or _deck_line(after[0])) \
            and after[0].role == "body":
        after = after[1:]
    return bool(after) and after[0].role == "body" and _story_paragraph(after[0])


_DECK_WIDTH = 160  # columns: a deck line under a headline, no paragraph


def _deck_line(block: Block) -> bool:
    """A short line of no sentence set as a paragraph under a headline, its deck ("高規格行車記錄器Mio …")."""
    text = block.text.strip()
    return block.kind == "paragraph" and 0 < display_width(text) <= _DECK_WIDTH and not _story_paragraph(block) \
        and not text.endswith((".", "。", "!", "！", "?", "？", ":", "：")) and find_date(text, 40) is None


def find_title(blocks: list[Block], front: dict[str, Any], name: str) -> tuple[int, str]:
    """The headline: a heading near the top, else the front matter's title, else a first line;
    "" where the release prints none (``name``, the file's, is not a headline)."""
    top = _top_blocks(blocks)
    fm_title = front.get("title") if isinstance(front.get("title"), str) else None
    heading = _headline_heading(blocks, top, fm_title)
    if heading is not None:
        heading.role = "title"
        return heading.index, clean_title(heading.text)
    if fm_title:
        return _metadata_title(blocks, top, fm_title)
    subject = front.get("subject") if isinstance(front.get("subject"), str) else None
    lines = printed_title(top, subject) if subject else []
    if lines:  # an e-mail's body printing its subject under a salutation or a label
        for line in lines:
            line.role = "title"
        return lines[0].index, clean_title(subject or "") if len(lines) > 1 else clean_title(lines[0].text)
    bold = _bold_line(top)
    if bold is not None:
        lines = _bold_headline_lines(blocks, _letterhead_skipped(blocks, top, bold))
        for line in lines:
            line.role = "title"
        return bold.index, clean_title(" ".join(b.text for b in lines))
    under = _headline_under_contacts(blocks)
    if under:
        for block in under:
            block.role = "title"
        return under[0].index, clean_title(" ".join(b.text for b in under))
    first = _first_line(blocks, top)
    if first is not None:
        longer = restated_longer(blocks, first)
        if longer is not None:
            first.role = "chrome"  # the page's shortened title over the release
            first = longer
        first.role = "title"
        return first.index, clean_title(strip_site_suffix(first.text, blocks))
    return -1, ""


def _metadata_title(blocks: list[Block], top: list[Block], fm_title: str) -> tuple[int, str]:
    """The front matter's or the file's title, and the line that prints it, if one does."""
    lines = printed_title(top, fm_title)
    printed = lines[0] if lines else listed_title(blocks, fm_title)
    if printed is None and _names_the_site(blocks, fm_title):
        printed = _bold_line(top)  # the page's title is the site's name: the bold headline is printed
        fm_title = printed.text if printed is not None else fm_title
    if printed is None:
        return -1, clean_title(fm_title)
    longer = restated_longer(blocks, printed) if not lines[1:] else None
    if longer is not None:
        printed.role, longer.role = "chrome", "title"  # the page's title, the headline shortened
        return longer.index, clean_title(longer.text)
    for line in [printed, *lines[1:]]:
        line.role = "title"
    return printed.index, clean_title(fm_title)


def _bold_line(top: list[Block]) -> Block | None:
    """A bold line of a few words near the top, no date or "About" title: a headline set in bold."""
    return next((b for b in top[:5] if b.strong and len(b.text.split()) >= 3 and not find_date(b.text, 40)
                 and not is_about_title(b.text)), None)


def _letterhead_skipped(blocks: list[Block], top: list[Block], bold: Block) -> Block:
    """The bold line the story follows where the first is a short name over it (the publisher's
    letterhead "Harbour Trust" / "Media Release" / the headline / the dateline): the later line,
    more than twice as long; else the first bold line."""
    if dateline_follows(blocks, bold):
        return bold
    later = [b for b in top[:6] if b.index > bold.index and b.strong and dateline_follows(blocks, b)]
    if later and len(later[0].text) > 2 * len(bold.text) and not find_date(later[0].text, 40):
        return later[0]
    return bold


def _names_the_site(blocks: list[Block], title: str) -> bool:
    """A page title the release's own sentences name ("The Harbor Water District has …"): the site's
    or the publisher's name, which a headline never is."""
    key = folded(clean_title(title))
    return len(key) >= 4 and any(b.kind == "paragraph" and key in folded(b.text) and len(folded(b.text)) > len(key) + 40
                                 for b in blocks[:60])


_CJK = re.compile(f"[{KANA}{HAN}]")


_HEAD_LINES = 3  # a headline set over a few short lines
_HEAD_WIDTH = 150


def _headline_under_contacts(blocks: list[Block]) -> list[Block]:
    """Where the contacts (and a date line) are printed above the headline, as a filing's exhibit
    or a wire copy sets them, the headline is the short lines right above the story's first
    paragraph, joined when it is set over two or three of them: the first line is a contact's (a
    date and time stamp alone is none, nor a release's number)."""
    story = next((i for i, b in enumerate(blocks[:40]) if b.kind == "paragraph" and len(b.text) > 120
                  and b.text.rstrip().endswith((".", "!", "?", ".\"", ".”"))), None)
    if story is None or not any(b.kind == "paragraph" and is_contact_line(b) and not is_date_line(b.text)
                                and not is_numbering(b.text) for b in blocks[:story]):
        return []
    run: list[Block] = []
    for block in reversed(blocks[:story]):
        if len(run) == _HEAD_LINES or not _headline_line(block):
            break
        run.insert(0, block)
    return run if run and len(" ".join(b.text for b in run).split()) >= 3 else []


_SENTENCE_END = (".", "!", "?", ":", ";", "\"", "”")


def _bold_headline_lines(blocks: list[Block], first: Block) -> list[Block]:
    """A bold headline typeset over two or three bold lines right above the dateline ("Tidewater
    Bakery Buys" / "Harbour Mill Company"): the lines, in the same case, none ending a sentence,
    are one headline; a bold line the dateline does not follow stands alone."""
    run = [first]
    for block in blocks[first.index + 1:first.index + _HEAD_LINES]:
        if not (block.strong and _headline_line(block) and _same_case(first.text, block.text)) \
                or run[-1].text.rstrip().endswith(_SENTENCE_END) or dateline_follows(blocks, run[-1]):
            break
        run.append(block)
    while len(run) > 1 and not dateline_follows(blocks, run[-1]):
        run.pop()
    if len(" ".join(b.text for b in run)) > _HEAD_WIDTH:
        return [first]
    return run


def _same_case(a: str, b: str) -> bool:
    """Two lines set alike: both in capitals, or both with every long word capitalised."""
    def style(text: str) -> str:
        words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
        if words and all(w.isupper() for w in words):
            return "upper"
        return "title" if words and all(w[0].isupper() for w in words) else "other"
    return style(a) == style(b) != "other"


def _headline_line(block: Block) -> bool:
    """A short body line that may be a part of a headline: no sentence, label, date or contact."""
    text = block.text.strip()
    if block.kind != "paragraph" or block.role != "body" or not text or len(text) > _HEAD_WIDTH:
        return False
    return not (text.endswith((".", ":", ";", ",")) or "@" in text or find_date(text, 40)
                or is_contact_line(block) or is_label(text))


def _short_line(block: Block) -> bool:
    return block.kind == "paragraph" and 3 <= len(block.text) <= 250 and not find_date(block.text, 40)


def _first_line(blocks: list[Block], top: list[Block]) -> Block | None:
    """A short first line above the story, as the headline of a page with no heading; the first
    below the masthead where one is printed over it (``masthead``). The story begins with a long
    paragraph, a dated one wide on the page (a Chinese or Japanese one in half the characters), or
    whole sentences in Chinese or Japanese (``_story_paragraph``)."""
    story = next((b.index for b in top if b.kind == "paragraph" and (
        len(b.text) > 250 or display_width(b.text) > 80 and find_date(b.text, 40) or _story_paragraph(b))), None)
    marked = headline_under_marker(blocks, top, story, _headline_line)
    if marked is not None:
        return marked
    above = [b for b in top[:_MASTHEAD_LINES] if _short_line(b) and (story is None or b.index < story)]
    below = below_masthead(blocks, above)
    lines = below[:4] if below is not above else [b for b in top[:4] if _short_line(b)]
    for block in (_named_lines(lines, top, blocks) or lines)[:1]:
        if story is None or block.index < story:
            return block
    return None  # the story has begun (a dateline, a long paragraph): this page shows no headline


def _named_lines(lines: list[Block], top: list[Block], blocks: list[Block]) -> list[Block]:
    """The lines that may be a headline: not a page's section name ("News", "最新消息") above the
    headline of a text scrape, nor a bar of its links or tags ("Share: Facebook | X | LinkedIn"), nor
    the publisher's name on a line of its own over it (opening the story, or printed again on a line
    of its own over the contacts)."""
    named = [b for b in lines if not names_the_page(b.text) and (len(b.text.split()) >= 2 or _CJK.search(b.text))
             and not is_link_bar(b.text)]
    return [b for b in named if not _opens_the_story(b, top) and not name_printed_again(b, blocks)] or named


_PUBLISHER_LINE = 60  # characters: a name, not a headline
_MASTHEAD_LINES = 8  # a letterhead's name, address and web address, a label


def _opens_the_story(line: Block, top: list[Block]) -> bool:
    """The line is no more than a name, a line stands below it, and the paragraph below that
    opens with it: the publisher set over the headline ("Harbour Board" / the headline /
    "Harbour Board today said …")."""
    name = _letters(line.text)
    if not 0 < len(name) <= _PUBLISHER_LINE:
        return False
    below = [b for b in top if line.index < b.index <= line.index + _HEAD_LINES and b.kind == "paragraph"]
    return any(len(text) > 2 * len(name) and text.startswith(name)
               for text in (_letters(b.text) for b in below[1:]))


def date_above_title(blocks: list[Block], title_index: int) -> str | None:
    """A date line printed above the headline ("FOR IMMEDIATE RELEASE / March 3, 2025"), not an
    embargo's, or the date the headline's own line opens with ("March 3, 2025: Headline")."""
    if title_index >= 0 and dated_prefix(blocks[title_index].text):
        found = find_date(blocks[title_index].text, 40)
        return found.iso if found else None
    for block in blocks[:max(title_index, 0)]:
        text = block.text.strip(" *")
        if block.kind not in ("paragraph", "heading") or len(text) > 80 or embargo_text(text) is not None:
            continue
        found = find_date(text)
        if found and len(text) - (found.end - found.start) < 40:
            return found.iso
    return None


def strip_site_suffix(text: str, blocks: list[Block]) -> str:
    """A page title "Headline | Site name" loses the site name."""
    if " | " not in text:
        return text
    head = text.rsplit(" | ", 1)[0].strip()
    if any(b.text.strip() == head for b in blocks) or len(text.rsplit(" | ", 1)[1].split()) <= 6:
        return head
    return text


def mark_title_repeats(blocks: list[Block], title: str) -> None:
    """The headline printed again is no part of the body: word for word anywhere, or near the
    top in an OCR'd or re-typed copy whose letters differ by a slip ("IN DO-CHINA", "AID ;")."""
    key = title.casefold()
    letters = _letters(title)
    for block in blocks:
        if block.role != "body":
            continue
        if block.text.strip(" *").casefold() == key or block.index < 15 and _near_copy(_letters(block.text), letters):
            block.role = "chrome"


def _letters(text: str) -> str:
    return "".join(filter(str.isalnum, text.casefold()))


def _near_copy(text: str, title: str) -> bool:
    """Letters the headline's but for a slip or two: 90 % alike, and the lengths near each other."""
    if len(title) < 12 or not 0.8 <= len(text) / len(title) <= 1.25:
        return False
    from difflib import SequenceMatcher  # here: a release seldom gets this far, and difflib costs 0.5 ms to import

    return SequenceMatcher(None, text, title, autojunk=False).ratio() >= 0.9
