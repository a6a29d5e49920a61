"""Which blocks title a part of the body: headings, bold or bare lines standing alone, labels.

Each rule reads the block's own form and its neighbours: a Markdown or HTML heading (unless it
heads a photo sidebar or a link list), a bold line, an upper-case line, a short bare line before
prose or a list (or between two sentences, over a part of one), a line ending in ":" that names
the list under it, a media advisory's ``WHO:``, a closing part's stock title ("Notes:"), a marked
Japanese or Chinese line ("〇連絡先"). Never a table's row, a running head repeated over each
table, a sentence, or an intro line ending in ":" inside the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block
from ..text import CJK_NUMERALS, HAN, HIRAGANA, KANA, ROMAN_NUMERALS
from .about import is_about_title, names_again, titles_about_below, word_count
from .advisory import advisory_label, label_series
from .bylines import issuer_over_statement, restated_below
from .chrome import is_chrome
from .clause_lines import goes_on
from .colon_lines import leads_in, names_a_list
from .contact_titles import MARK, contacts_title
from .designations import names_its_number
from .facts import lone_fact
from .labels import is_label
from .link_blocks import call_to_action, credited, link_or_caption, links_only
from .link_lines import over_link_lines
from .vocab import alternation, folded, is_entry, opens_with_entry

_SENTENCE_END = re.compile(r"[.!?。！？]$")
_ABBREVIATION_END = re.compile(r"(?i)(?:^|\s)(?:inc|ltd|co|corp|plc|jr|sr|bros|s\.a|n\.v|b\.v|s\.p\.a|d\.c|u\.s)\.$")
_ABBREVIATION_TAIL = 9  # the longest of those with its space, its stop and a closing line break: searched for there only
_CJK = re.compile(f"[{KANA}{HAN}]")
# A question standing alone (a FAQ's length at most) may title the part it asks about: "What comes next?",
# "Already a member and only want to renew?", "¿Cómo participar?",
# "指引明确了哪些内容？" (a CJK one with no clause mark inside)
_SHORT_QUESTION = re.compile(f"¿?[^\\W\\d_][^.!?:;]{{0,80}}\\?|[{KANA}{HAN}][^。！？，、：;；]{{1,23}}[？?]")
_HIRAGANA_END = re.compile(f"[{HIRAGANA}]$")
_HONORIFIC_END = re.compile(alternation("NAME_HONORIFICS") + "$")  # a letter's addressee: "…委員会の委員様"
_BULLET = re.compile(r"^[•▪◦●*·–-]\s")
_CARRIED_ON = re.compile(r"[a-z]{2,}\b")  # a text opening in lower case carries on the line over it
# A page's field in brackets, its label and value about a colon: "【责任编辑：王芳】", "【字体：大 中 小】"
_BRACKETED_FIELD = re.compile(r"【[^】]*[:：][^】]*】")
# A numbered heading: "(1) Scope", "（2）背景", "① 概要", "3. Timeline", "4) Costs", "（三）项目概况",
# "二、背景", "Ⅱ．概要", "III. Outlook", and the ordinal of a part standing for its title or before it ("第三章 附则").
_NUM = f"(?:\\d{{1,2}}|[{CJK_NUMERALS}]{{1,3}})"
_NUMBERED = re.compile(f"^(?:[(（]{_NUM}[)）]|[①-⑳]|[{ROMAN_NUMERALS}][.．、]?|\\d{{1,2}}[.．、)]|[{CJK_NUMERALS}]{{1,3}}[、．])\\s*\\S"
                       r"|^[IVX]{1,4}\.\s+[^\W\d_]"  # "II. Results", "IV. Next steps": a Roman number in letters
                       f"|^第{_NUM}" + alternation("PART_COUNTERS"))
# A table's row: two or more amounts ("Net sales $ 1,204 $ 998", "Other 41 0.12 28 0.06").
# A lone dash is an empty cell; a number a hyphen joins to a word ("SHA-256", "COVID-19") names a thing.
_NUMBER = re.compile(r"(?<![\w.])(?<![^\W\d_]-)[($]*\d[\d,.]*\)?%?(?![\w.])|(?<=\s)-(?=\s|$)")


@dataclass
class Context:
    """What the rules know of the whole body: the lines repeated over its tables."""

    running_heads: frozenset[str] = field(default_factory=frozenset)
    # lines ending in ":" over a list, two or more: a series of titles, not one intro line
    colon_series: bool = False
    # where the story's prose begins: a bare line above it is a byline or sub-headline, not a title
    first_prose: int = 0


def first_prose(blocks: list[Block], start: int) -> int:
    """The index of the body's first paragraph of prose, a dateline's included (or the end)."""
    return next((b.index for b in blocks[max(start - 1, 0):] if _is_prose(b) or b.role == "dateline"), len(blocks))


def colon_series(blocks: list[Block], start: int) -> bool:
    """Two or more short lines ending in ":" each over a list: parallel titles ("Short term:", "Long term:")."""
    leads = [i for i in range(start, len(blocks) - 2)
             if blocks[i].kind == "paragraph" and len(blocks[i].text) <= 100
             and blocks[i].text.rstrip().endswith((":", "：")) and _list_follows(blocks, i + 1)]
    return len(leads) >= 2


def running_heads(blocks: list[Block], start: int) -> frozenset[str]:
    """Short bare lines printed three times or more (a company's name over each of its tables)."""
    counts: dict[str, int] = {}
    for block in blocks[start:]:
        text = block.text.strip()
        if block.kind == "paragraph" and 0 < len(text) <= 80 and _upper_line(text):
            counts[text] = counts.get(text, 0) + 1
    return frozenset(text for text, n in counts.items() if n >= 3)


def is_table_row(text: str) -> bool:
    """A row of a financial table: two or more amounts on a short line."""
    return len(text) < 200 and len(_NUMBER.findall(text)) >= 2 and not _SENTENCE_END.search(text)


_CELLS = re.compile(r"\S \| \S")


def is_cell_row(text: str) -> bool:
    """A table's row flattened to one line, its cells joined by " | " ("Full report | Summary")."""
    return bool(_CELLS.search(text))


def _upper_line(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.85 * len(letters)


_PROSE_LENGTH = 120
_CJK_PROSE_LENGTH = 40  # a CJK character says what two or three letters do: 40 of them are a paragraph


def _is_prose(block: Block | None) -> bool:
    if block is None or block.kind not in ("paragraph", "item") or block.role not in ("body", "about"):
        return False
    least = _CJK_PROSE_LENGTH if _CJK.search(block.text[:40]) else _PROSE_LENGTH
    return len(block.text) >= least and not block.text.startswith(("“", '"', "「", "‘"))


def list_label(blocks: list[Block], i: int) -> bool:
    """A line ending in ":" that names the list under it ("Research Highlights:" over its bullets),
    the title of a summary box above the dateline as much as of a part below it."""
    text = blocks[i].text.strip()
    return blocks[i].kind == "paragraph" and text.endswith((":", "：")) and names_a_list(text) \
        and _list_follows(blocks, i + 1)


def _list_follows(blocks: list[Block], i: int) -> bool:
    """Two list items (or bulleted lines) follow: "Fourth Quarter Highlights" over its bullets."""
    items = blocks[i:i + 2]
    return len(items) == 2 and all(
        b.role == "body" and (b.kind == "item" or (b.kind == "paragraph" and _BULLET.match(b.text)))
        for b in items)


def _sidebar_heading(blocks: list[Block], i: int) -> bool:
    """A photo sidebar's or a link list's heading: only pictures or short lines until the next heading."""
    text = blocks[i].text
    if not (is_entry(text, "MEDIA_HEADINGS") or is_entry(text, "NAV_HEADINGS")):
        return False
    for block in blocks[i + 1:i + 12]:
        if block.kind == "heading":
            break
        if block.kind != "image" and len(block.text) >= 80:
            return False
    return True


def _in_text(block: Block) -> bool:
    """A paragraph or item of the story's text (a quotation, the dateline's paragraph too), which an
    intro line would continue."""
    return block.kind in ("paragraph", "item") and block.role in ("body", "about", "dateline") \
        and (len(block.text) >= 80 or block.kind == "item")


def _set_apart(text: str) -> bool:
    """A line set apart as a title by its form: in upper case, or ending in a colon."""
    return _upper_line(text) or text.endswith((":", "："))


def _sentence_follows(block: Block | None) -> bool:
    """A paragraph of the text follows, a sentence or more, no quotation and no list's line."""
    if block is None or block.kind != "paragraph" or block.role != "body" or _BULLET.match(block.text):
        return False
    text = block.text.strip()
    least = 10 if _CJK.search(text) else 20  # a CJK character says what two or three letters do
    return len(text) >= least and bool(_SENTENCE_END.search(text)) and not text.startswith(("“", '"', "「", "‘"))


def _bare_title(blocks: list[Block], i: int, text: str, ctx: Context, stacked: bool = True) -> bool:
    """A short bare line alone before prose, a list, a quotation not naming it ("Management Commentary"
    over "“…” Jane Roe, CEO") or, after the text, a sub-part's title: a title in plain or flattened text. An
    intro line ending in ":" is one only set apart from the text above it or naming its list ("Highlights:")."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    over_sentence = (_set_apart(text) or _short_between_text(blocks, i, text)) and _sentence_follows(nxt)
    over_list = _list_follows(blocks, i + 1)
    carried = goes_on(text) and not names_its_number(blocks, i, text)  # "Senate Bill 1204" over its part
    before_prose = i < ctx.first_prose and not list_label(blocks, i)  # a byline or sub-headline, not "Highlights:"
    if not _titles_below(blocks, i, text, ctx, over_list or over_sentence, stacked) or before_prose or carried or _ends_a_line_list(blocks, i):
        return False
    apart = ctx.colon_series or not (i == 0 or _in_text(blocks[i - 1]))  # a series' title, or set apart from the text
    if text.endswith((":", "：")) and leads_in(blocks, i, text, apart, over_sentence, over_list):
        return False
    if _CJK.search(text):
        return _cjk_title(text)
    return word_count(text) <= 10 and _opens_as_title(text.lstrip("¿¡"))  # "¿Cómo participar?" opens in capitals


def _opens_as_title(text: str) -> bool:
    """A title opens in a capital, or with a year or count before a capitalised word ("2031 Outlook",
    "3 Fragen an die Jury"): a line opening in lower case carries a sentence on."""
    if text[:1].isupper():
        return True
    lead, _, rest = text.partition(" ")
    return lead.isdigit() and len(lead) <= 4 and rest[:1].isupper()


def _titles_below(blocks: list[Block], i: int, text: str, ctx: Context, over: bool, stacked: bool) -> bool:
    """Prose, a list or sentence (``over``), a quotation, labelled links or another title follow, not carried on."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return (over or _is_prose(nxt) or _over_quote(text, nxt) or over_link_lines(blocks, i)
            or stacked and _over_title(blocks, i, ctx)) and not _carried_on(nxt)


def _carried_on(nxt: Block | None) -> bool:
    """The text below opens in lower case: it carries on the line over it ("She" / "can order …")."""
    return nxt is not None and _CARRIED_ON.match(nxt.text) is not None


def _over_quote(text: str, nxt: Block | None) -> bool:
    """A quotation of the text follows that does not name the line (no speaker's name over her words)."""
    return nxt is not None and nxt.kind == "paragraph" and nxt.role == "body" and len(nxt.text) >= _PROSE_LENGTH \
        and nxt.text.startswith(("“", '"', "«", "„")) and folded(text) not in folded(nxt.text)


def _over_title(blocks: list[Block], i: int, ctx: Context) -> bool:
    """After the text, right over another bare title: a part's title over its first sub-part's."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return nxt is not None and nxt.kind == "paragraph" and nxt.role == "body" and i > 0 and _in_text(blocks[i - 1]) \
        and _bare_title(blocks, i + 1, nxt.text.strip(), ctx, stacked=False)


_SHORT_TITLE_WORDS = 5  # a bare title over a one-sentence part is a noun or two ("Outlook", "Next steps")
_SHORT_TITLE_LENGTH = 48
_ROLE_LINE_WORDS = 12  # a role under a name is a few words ("President and chief executive officer of Acme.")
# a figure (a share, an amount, a decimal or a grouped number) is in a part's sentence, never in a role under a name
_FIGURE = re.compile(r"\d\s?[%％]|[$€£¥]\s?\d|\d[.,]\d")


def _ends_a_line_list(blocks: list[Block], i: int) -> bool:
    """The last of a run of short bare lines under an intro line ending in ":" (a list printed one
    entry a line, "…in the following areas:" over "Grants", "Housing", "Transit") is its last entry."""
    k = i - 1
    while k >= 0 and blocks[k].kind == "paragraph" and blocks[k].role == "body" and 0 < word_count(blocks[k].text) <= 10 \
            and not _SENTENCE_END.search(blocks[k].text.strip()) and not blocks[k].text.rstrip().endswith((":", "：")):
        k -= 1
    return i - k > 2 and k >= 0 and blocks[k].kind == "paragraph" and blocks[k].text.rstrip().endswith((":", "："))


def _short_between_text(blocks: list[Block], i: int, text: str) -> bool:
    """A few words with no end mark between the text and a sentence: "Outlook" over "Acme expects
    …", "Ausblick" or "Next steps" over one sentence, a title however short the part it titles. Words
    each opening in a capital over a few words ("Jane Roe" over "Chair of the board.") are a name over
    its role; over a whole sentence, or a line holding a figure ("Gross margin was 38.5%."), they title it."""
    words = text.split()
    if len(words) > _SHORT_TITLE_WORDS or len(text) > _SHORT_TITLE_LENGTH or text.endswith((":", "：")):
        return False
    nxt = blocks[i + 1].text if i + 1 < len(blocks) else ""
    if len(words) > 1 and all(w[:1].isupper() or len(w) <= 3 for w in words) and word_count(nxt) < _ROLE_LINE_WORDS \
            and not _FIGURE.search(nxt):
        return False
    before = blocks[i - 1] if i > 0 else None
    return before is not None and before.kind in ("paragraph", "item") \
        and before.role in ("body", "about", "dateline") and (_ends_text(before.text) or _in_text(before))


def _ends_text(text: str) -> bool:
    """A paragraph ending a sentence, a quotation's close after it too ("… he said." / "… today.”")."""
    return bool(_SENTENCE_END.search(text.rstrip().rstrip("\"”’»」)")))


def _cjk_title(text: str) -> bool:
    """A CJK title is short and ends in a noun, not in a particle leading into the list ("…では"),
    nor a caption ("圖：…", "写真：…") with a colon inside it, nor an addressee ("…委員会の皆様")."""
    core = text.rstrip(":：")
    return len(text) <= 24 and not re.search(r"[、，。:：]", core) and not _HIRAGANA_END.search(core) \
        and not _HONORIFIC_END.search(core)


def _excluded(block: Block, text: str) -> bool:
    """No title: a label, chrome, an end mark, a button's words (a heading element in them, "Download", is one)."""
    button = block.kind != "heading" or links_only(block)
    return not text or block.role in ("title", "chrome", "front", "contact") or is_label(text) or is_chrome(text) \
        or is_entry(text, "END_MARKS") or is_entry(text, "LINK_LABELS") and button


def _titled_by_words(block: Block, text: str) -> bool:
    """Bold, an advisory's label, a stock closing title, a heading mark, or "About …"."""
    if block.strong or advisory_label(text) or is_entry(text, "STOCK_HEADINGS") or opens_with_entry(text, "STOCK_HEADINGS"):
        return True
    marked = MARK.match(text) and len(text) <= 40 and not _BRACKETED_FIELD.fullmatch(text)
    return bool(marked or is_about_title(text) and word_count(text) <= 10)


def _about_after(blocks: list[Block], i: int, text: str) -> bool:
    """A short line "X haqida" / "X について" over a paragraph that opens by naming X: X's boilerplate
    title, however short its text ("Loyiha haqida" over a text about the project is no such title)."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return nxt is not None and nxt.kind == "paragraph" and word_count(text) <= 10 and names_again(text, nxt.text)


def _form_titles(blocks: list[Block], i: int, text: str, ctx: Context) -> bool:
    """A paragraph that reads as a title by its form or by the lexicon's titles."""
    if _titled_by_words(blocks[i], text) or _about_after(blocks, i, text) or label_series(blocks, i, text):
        return True
    block = blocks[i]
    previous = blocks[i - 1].text.strip() if i > 0 else ""
    headed = previous in ctx.running_heads or text != block.text.strip()
    if headed and word_count(text) <= 16 and not text.endswith((":", "：")):
        return True  # a table's title under the running head: "CONSOLIDATED BALANCE SHEET"
    if _upper_line(text) and word_count(text) >= 3:  # no row label inside a table, nor an issuer's byline
        return not is_table_row(previous) and not restated_below(blocks, i, text) \
            and not issuer_over_statement(blocks, i)
    if _NUMBERED.match(text) and _numbered_run(blocks, i):
        return False  # one of a list's numbered lines, "(1) …" right over "(2) …": an item, no title
    if _NUMBERED.match(text):
        return _numbered_title(blocks, i, text)
    return _bare_title(blocks, i, text, ctx)


_CLAUSE_MARK = re.compile(r"[，,；;]")
_NUMBERED_SHORT = 6  # words of a numbered title over a short paragraph ("2. Opening hours")


def _numbered_title(blocks: list[Block], i: int, text: str) -> bool:
    """A numbered line standing alone titles its part: a CJK one short and without a clause mark
    ("（二）开放时间", not "一、会员可以免费借用，…"), another over prose, or short over its text."""
    if _CJK.search(text):
        return len(text) <= 30 and not _CLAUSE_MARK.search(text)
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if _is_prose(nxt):
        return word_count(text) <= 12 and len(text) <= 60
    body = nxt is not None and nxt.kind == "paragraph" and nxt.role == "body" and not _NUMBERED.match(nxt.text)
    return body and word_count(text) <= _NUMBERED_SHORT and "," not in text


def _numbered_run(blocks: list[Block], i: int) -> bool:
    """The line right above or below is numbered too: the numbers count a list's lines, not parts."""
    near = [blocks[j] for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
    return any(b.kind == "paragraph" and _NUMBERED.match(b.text.strip()) for b in near)


def heading_candidate(blocks: list[Block], i: int, ctx: Context | None = None) -> bool:
    """Does block ``i`` title a part of the body?"""
    ctx = ctx or Context()
    block = blocks[i]
    text = block.text.strip()
    if _excluded(block, text) or lone_fact(text) or block.cell_label:
        return False  # a field's label cell in a table ("Enquiries" beside a contact card) titles no part
    if (block.kind == "heading" or block.strong and block.role == "body") and block.role != "contact_heading" \
            and _sidebar_heading(blocks, i):
        return False  # a bold "扫码关注我们" over a QR code is the page's, as an <h3> "Follow us" is
    if block.kind == "heading":
        return not call_to_action(blocks, i) and not credited(text)
    if block.kind != "paragraph" or link_or_caption(blocks, i):
        return False
    if block.role == "contact_heading":
        return contacts_title(blocks, i, text)
    text = _without_running_head(text, ctx)
    if _no_title_line(blocks, i, text, ctx):
        return False
    return _form_titles(blocks, i, text, ctx)


def _no_title_line(blocks: list[Block], i: int, text: str, ctx: Context) -> bool:
    """A paragraph too long for a title, a sentence, a quotation, a line going on below, a running
    head or a table's row, or one with no letter at all (a table's cell on a line of its own: "4.2%", "98,000")."""
    if not any(ch.isalpha() for ch in text):
        return True
    too_long = len(text) > 150 or (word_count(text) > 20 and not _CJK.search(text))
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    sentence = _SENTENCE_END.search(text) and not _ABBREVIATION_END.search(text, max(0, len(text) - _ABBREVIATION_TAIL)) \
        and not _SHORT_QUESTION.fullmatch(text) and not titles_about_below(text, below)  # "About Acme Inc."
    # a quotation, a dash or an asterisk, or the reference mark ※ of a note ("※2 …"), opens no title;
    # «"Acme" LLC haqida» over a text naming it again does
    opens_quoted = text.startswith(("“", '"', "「", "—", "-", "*", "※")) and not _about_after(blocks, i, text)
    # a line stopping on a comma or semicolon goes on below: a letterhead's "THE HON. JANE ROE, M.P.,"
    stops_short = text.endswith((",", ";", "，", "；"))
    return bool(too_long or sentence or opens_quoted or stops_short or text in ctx.running_heads or is_table_row(text)
                or is_cell_row(text) or _RUN_IN_LEAD.match(blocks[i].html))


# A paragraph led by a bold label run into its sentence ("**Source Code**: The full source is …"):
# the label leads the paragraph, and the paragraph is no title line.
_RUN_IN_LEAD = re.compile(r"^<(strong|b)>[^<]{1,80}</\1>\s*[:：]\s*(?:\S+\s+){2,}\S")


def heading_title(text: str, ctx: Context) -> str:
    """A heading's title as shown: without a heading mark ("〇連絡先" is 連絡先) or a running head
    run into it ("ACME CORP. CONSOLIDATED INCOME" is CONSOLIDATED INCOME)."""
    return _without_running_head(MARK.sub("", text.strip()).rstrip("】").strip(), ctx)


def _without_running_head(text: str, ctx: Context) -> str:
    if not ctx.running_heads:
        return text
    for space in (m.start() for m in re.finditer(" ", text[:81])):  # heads are at most 80 characters
        if text[:space] in ctx.running_heads and len(text) > space + 3:
            return text[space:].strip()
    return text

