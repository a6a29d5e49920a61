"""A page's own headings over a release: a breadcrumb trail, a bar of links or tags, the site's section or kit title, a label,
a table of contents; none of them is the news itself (and the headline a scrape sets under a label or a date line)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lexicon
from ..model import Block
from ..text import HAN, KANA
from .chrome import is_chrome
from .dates import is_date_line
from .labels import is_label, names_the_text
from .masthead import is_masthead_line
from .vocab import alternation, folded, is_entry

_CJK = re.compile(f"[{KANA}{HAN}]")
_CRUMB = re.compile(r"\s*[›»>]\s*")
_FILING_FORM = re.compile(r"FORM\s+\d{1,2}-[A-Z]{1,3}", re.I)  # an SEC filing's cover: "FORM 8-K", "Form 10-Q"
_GUILLEMETS = re.compile(r"«[^«»\n]*»|»[^«»\n]*«")  # quoted words ("Parque «Lago Verde»"), not arrows


def is_breadcrumb(text: str) -> bool:
    """A page's trail of links ("Home › News › 2025"): short parts between arrows, not a headline;
    or a trail under the site's "you are here" label (``labelled_breadcrumb``)."""
    parts = _CRUMB.split(_GUILLEMETS.sub("q", text.strip()))
    words = [len(p.split()) for p in parts]
    return (len(parts) >= 3 and all(0 < n <= 6 for n in words[:-1]) and words[0] <= 3
            or len(parts) == 2 and all(0 < n <= 3 for n in words)) or labelled_breadcrumb(text)


# The site's label for where a page stands ("You are here:", "Sie sind hier:", "当前位置："), lexicon CRUMB_LABELS.
_CRUMB_LABEL = re.compile(r"\s*(?i:" + alternation("CRUMB_LABELS") + r")\s*[:：]\s*")
_TRAIL_STEP = re.compile(r"\s*(?:[›»>＞→|/]+)\s*")
_CRUMB_PART = 6  # words of one step at most ("Press releases and statements"); CJK steps by characters, three times that


def labelled_breadcrumb(text: str) -> bool:
    """A trail of two steps or more under the site's "you are here" label: "You are here: Home /
    News / 2031 / March", "当前位置：首页 > 新闻中心 > 通知公告". The label says what the line is, so
    its steps may hold years and be set apart by slashes or bars too."""
    label = _CRUMB_LABEL.match(text)
    if label is None:
        return False
    steps = _TRAIL_STEP.split(text[label.end():].strip())
    return len(steps) >= 2 and all(
        step and (len(step.split()) <= _CRUMB_PART if not _CJK.search(step) else len(step) <= 3 * _CRUMB_PART)
        for step in steps)


_CJK_BUTTON = 15  # characters: a button's words ("このページを印刷する"), not a headline


def is_share_button(text: str) -> bool:
    """A page's share or print button on a line of its own, not a headline: a button's word alone
    ("Tweet", "シェア"), a share bar, "Print this page", or a short Chinese or Japanese line that ends
    in a button's word, its verb after it ("このページを印刷する", "分享到")."""
    text = text.strip()
    if is_chrome(text) or is_entry(text.strip(" :："), "SHARE_WORDS"):
        return True
    if len(text) > _CJK_BUTTON or not _CJK.search(text):
        return False
    stem = text.removesuffix("する")
    return any(stem.endswith(word) for word in lexicon.words("SHARE_WORDS") if _CJK.search(word))


# A bar of the page's links or tags split by bars or dots ("Share: Facebook | X | LinkedIn",
# "Energy | Business"): three short parts, or two single words; a headline has longer parts.
_BAR = re.compile(r"\s[|·•]\s")
_BAR_PART_WORDS = 3


def is_link_bar(text: str) -> bool:
    """A line of links or tags between bars (``_BAR``), not a headline ("Acme | Fourth quarter results")."""
    if "|" not in text and "·" not in text and "•" not in text:
        return False
    words = [len(part.split()) for part in _BAR.split(text.strip())]
    return len(words) >= 3 and all(0 < n <= _BAR_PART_WORDS for n in words) or words == [1, 1]


def names_the_page(text: str) -> bool:
    """A site's heading over the release ("Press kit", "Latest news", "News & Events"), not the news itself."""
    low = " ".join(folded(text).replace("&", " and ").split())
    return is_label(text) or _PAGE_HEADING.search(low) is not None and len(low.split()) <= _PAGE_HEADING_WORDS \
        or any(entry in low for entry in lexicon.words("PAGE_HEADINGS") if _CJK.search(entry)) \
        or is_entry(text, "NAV_HEADINGS")  # a page's table of contents, "Related posts": never the news


# A page's heading in a language of words ("News", "Press releases – Acme", "Acme Newsroom"): the
# entry as whole words in a heading of a few words ("Good news for commuters" is a headline).
_PAGE_HEADING = re.compile(r"(?<!\w)" + alternation("PAGE_HEADINGS") + r"(?!\w)")
_PAGE_HEADING_WORDS = 5


_NAME_WORDS = 6  # a publisher's name, not a headline


def name_printed_again(line: Block, blocks: list[Block]) -> bool:
    """A short name the release prints again as a line of its own further down ("Harbour Police" over
    the headline, again over the press office's phone), or as the first field of a letterhead's
    footer ("Acme AG · Industriestraße 12 · …"): the publisher's, not a headline."""
    text = line.text.strip()
    if len(text.split()) > _NAME_WORDS or text.endswith((".", "!", "?")):
        return False
    return any(text in b.text and any(row.strip() == text or _BAR.match(row.strip()[len(text):])
                                      and row.strip().startswith(text) for row in b.text.split("\n"))
               for b in blocks[line.index + 3:line.index + 150])



def headline_under_marker(blocks: list[Block], top: list[Block], story: int | None,
                          may_head: Callable[[Block], bool]) -> Block | None:
    """The line right under a release's label ("Press release"), or under a date standing alone ("Posted
    on: 24 February 2031", "Pressemitteilung vom 05.02.2031") with the story right below it (four words
    or more there: an issuer's name is shorter), when ``may_head`` allows it and it is no masthead's
    line ("…株式会社", "会社名　…") nor a bar of links or tags: a scrape's headline, under the page's
    chrome (a cookie notice, the site's and section's names). Not in a filing shown whole (its cover
    names its form: "FORM 8-K")."""
    if top and _FILING_FORM.fullmatch(top[0].text.strip()):
        return None
    for line in top:
        if story is not None and line.index >= story:
            break
        above = blocks[line.index - 1].text if 0 < line.index <= len(blocks) else ""
        words = len(line.text.split())
        cjk = _CJK.search(line.text) is not None
        marked = (names_the_text(above) and (words >= 3 or cjk)
                  or is_date_line(above) and line.index + 1 == story and (words >= 4 or cjk))
        if above and marked and may_head(line) and not is_masthead_line(line.text) and not is_link_bar(line.text):
            return line
    return None


# A release's number on a line of its own ("Nr. 14/2031", "Presseinformation Nr. 7/2031", "No. 12"):
# its digits are no phone's.
_NUMBERING = re.compile(r"^(?:\S+\s+)?(?:" + alternation("NUMBER_LABELS") + r")\s*\d{1,4}(?:\s*/\s*\d{2,4})?$", re.I)


def is_numbering(text: str) -> bool:
    """A release's number standing alone ("Nr. 14/2031"), not a contact's line."""
    return _NUMBERING.match(text.strip()) is not None
