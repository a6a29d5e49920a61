"""Repairs on the block list: page-break joins, repeats, empty headings, end marks, glued headings."""

from __future__ import annotations

import html as htmllib
import re

from .. import lexicon
from ..model import Block
from ..text import CJK, alternation
from .repairs import Repairs
from .wrapping import TERMINAL

_LOWER_START = re.compile(r"^[a-z]")
_CJK_END = re.compile(f"[{CJK}]$")
_DUP_KEY = re.compile(r"[\W_]+", re.U)


def join_page_breaks(blocks: list[Block], repairs: Repairs) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and block.kind == "paragraph" and prev.kind == "paragraph"
                and not prev.strong and len(prev.text) > 60
                and _LOWER_START.match(block.text) and not prev.text.endswith(TERMINAL)):
            prev.text = f"{prev.text} {block.text}"
            prev.html = f"{prev.html} {block.html}"
            repairs.joined += 1
            continue
        out.append(block)
    return out


def drop_repeats(blocks: list[Block], repairs: Repairs) -> list[Block]:
    seen: set[str] = set()
    out: list[Block] = []
    for block in blocks:
        if block.kind in ("paragraph", "quote", "item") and len(block.text) >= 80:
            key = _DUP_KEY.sub("", block.text.lower())
            if key in seen:
                repairs.repeats += 1
                continue
            seen.add(key)
        out.append(block)
    return out


def drop_empty_headings(blocks: list[Block], repairs: Repairs) -> list[Block]:
    out = []
    for block in blocks:
        if block.kind == "heading" and not re.sub(r"[#\s*_]", "", block.text):
            repairs.empty_headings += 1
            continue
        out.append(block)
    return out


# An end mark standing alone: "###", "-ends-", "ENDS.", "- Ende -", "（完）" (the words from the lexicon).
_END_MARK = re.compile(r"^(?:#\s*){1,3}$|^[-–—*\s]*(?:" + alternation(lexicon.words("END_MARKS"))
                       + r")[-–—*\s]*\.?$", re.I)


def mark_end_marks(blocks: list[Block]) -> list[Block]:
    """An end mark (``# # #``, ``-ends-``) becomes a rule: it closes the release body."""
    for block in blocks:
        if block.kind == "paragraph" and _END_MARK.match(block.text):
            block.kind, block.text, block.html = "rule", "", ""
    return blocks


# Flattened archives glue a boilerplate title onto the line before it ("…kiln.exampleAbout KILNCO",
# "…our strategy.”About Acme", "…(marked *).About Acme AG:")
# or glue a tagline onto the key facts after it ("…metal solutions100+ million components").
# A photo's caption may stand before it, its credit in brackets and a space between ("…Jane Roe (© Acme)
# About Acme").
_GLUED_ABOUT = re.compile(r"(?=About )(?:(?<=[a-z0-9.”\"’)])|(?<=\) ))(About [A-Z][\w&.,'’() -]{1,60}?)[:：]?$")
# Flattening also drops the break between two sentences: a word or a bracket, its full stop,
# and the next sentence's capital with no space ("…coming years.Nico Sauerland said…",
# "…around 10%).2025 Guidance Confirmed"), a quotation's close between them too ("…coming years.”Outlook
# for 2026"). Two lower-case letters before the stop keep "St.Petersburg" and "U.S." whole; a lower-case
# letter after it keeps "Node.js" and "tin-inn.com". Every such cut follows one of ".!?”\"": that one
# character is looked behind at first, which passes over most positions at once.
_GLUED_SENTENCE = re.compile(r"(?<=[.!?”\"])(?=[A-Z][a-z]|\d{4}\s+[A-Z])(?:(?<=[a-z]{2}[.!?])|(?<=[)%”\"][.!?])|(?<=[a-z]{2}[.!?][”\"]))")
# What such a glued tail is when it closes the paragraph short and with no full stop: a title.
_TITLE_TAIL = re.compile(r"[A-Z0-9][^.!?\n]{2,90}")
# The glued word is a whole one ("solutions100+"): a letter alone before a number is a version's
# ("MultiJuicer v3.0.0"), no tagline's end.
_GLUED_TAGLINE = re.compile(r"^([A-Z][^.!?:\n]{1,40}:\s[^.!?\d\n]{5,80}[a-z]{3})(\d[\d,.]*\+?\s)")


# A paragraph flattened from several keeps its boilerplate titles run in after a sentence:
# "…for the energy industry.  About Acme: Acme makes …" (the title word from the lexicon), or
# followed at once by its text naming the organisation again ("…industry. About Acme Acme makes …",
# the title in capitals or not: "…industry. ABOUT ACME Acme makes …").
# The name may follow a definite article, and come back after one: "About the Acme Trust The Acme
# Trust is …".
# A brand written in lower case is a name too where a colon closes it ("…today.  About lumora: First …").
_ARTICLE = r"(?i:" + alternation(lexicon.words("DEFINITE_ARTICLES")) + r")\s+"
# The break may be gone on either side too: "…finanzpublikationen.About the Acme-Group:The listed …";
# at a paragraph's start the name comes back ("About the Acme Group The Acme Group stands for …").
_RUN_IN_ABOUT = re.compile(
    r"(?:(?<=[.!?\"”)])\s*|^)(?P<title>(?i:"
    + alternation(lexicon.words("ABOUT_PREFIXES"), loose_spaces=True)
    + r")\s+(?:" + _ARTICLE + r")?(?P<name>(?:[A-Z]|[a-z](?=[\w&.'’-]*:))[\w&.'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z&][\w&.'’-]*){0,5}))"
    r"(?::\s*|\s(?=(?:" + _ARTICLE + r")?(?i:(?P=name))(?![\w.'’-])))(?=[A-Z\"“])")  # "ABOUT ACME Acme makes …" too
# The title glued to its text with no space at all, the text opening on the name's first word again
# ("About Acme Holdings Co., Ltd.Acme Holdings is …"): the title ends where that word comes back.
_GLUED_NAMED_ABOUT = re.compile(
    r"(?:(?<=[.!?\"”)])\s*|^)(?P<title>(?i:" + alternation(lexicon.words("ABOUT_PREFIXES"), loose_spaces=True)
    + r")\s+(?:" + _ARTICLE + r")?(?P<first>[A-Z][\w&'’-]*)[^\n]{0,80}?[a-z.)])(?=(?P=first)[\s,'’])")
# A part's title glued between two sentences, both breaks lost: a full stop then the title, whose
# last word in lower case runs into the capital of the next sentence ("…in the coming months.Outlook
# for 2025 confirmedFor the 2025 fiscal year, …"). Two to eight words; a capital inside a word of
# its own ("JavaScript", "PowerPoint") follows a capital, not a word in lower case.
_GLUED_TITLE = re.compile(r"(?=[A-Z])(?<=[a-z]{2}[.!?])(?P<title>[A-Z][\w'’&-]*(?:\s[\w'’&-]+){0,6}\s[a-z]{3,})"
                          r"(?=[A-Z][a-z]+[\s,])")
# In the source, before spaces are folded: such a title set off by the two spaces that stood for
# its line breaks ("…industry.  About Acme  The award-winning Acme …").
_SPACED_ABOUT = re.compile(
    r"(?<=[.!?\"”)]) {2,}(?P<title>(?i:" + alternation(lexicon.words("ABOUT_PREFIXES"), loose_spaces=True)
    + r") (?:[a-z]{1,3} )?[A-Z][\w&.'’®™-]*(?: (?:[a-z]{1,3} )?[A-Z&][\w&.'’®™-]*){0,7}) {2,}(?=[A-Z\"“])")
# Where the title's own text names the organisation again, the two spaces before it are break enough,
# with no full stop before them: a last line that ends on a link or an amount ("…www.acme.example  About
# Acme Acme makes …", "…closer to £20bn  About the Acme Trust The Acme Trust is …").
_SPACED_NAMED_ABOUT = re.compile(
    r"(?<=\S) {2,}(?P<title>(?i:" + alternation(lexicon.words("ABOUT_PREFIXES"), loose_spaces=True)
    + r") (?:" + _ARTICLE + r")?(?P<name>[A-Z][\w&.'’®™-]*(?: (?:[a-z]{1,3} )?[A-Z&][\w&.'’®™-]*){0,5}))"
    r" (?=(?:" + _ARTICLE + r")?(?P=name)(?![\w&'’-]))")
# A stock closing title of two words or more run in so, its colon and a note's marker after it
# ("…see www.acme.example  Notes to editors [1]: Source: …"); the title keeps the colon, which ends it
# as a line that no text goes on from (the marker opens the note's own line).
_SPACED_STOCK = re.compile(
    r"(?<=\S) {2,}(?P<title>(?i:" + alternation([w for w in lexicon.words("STOCK_HEADINGS") if " " in w and "contact" not in w], loose_spaces=True)
    + r"))(?: ?(?P<mark>\[\d{1,2}\]))?[:：] +(?=\S)")
# A bare title set off so, two to seven words each in a capital ("…community.  Harbour Rowing Club  The
# club has …"), titles a part when a whole paragraph follows it, not a contact card's short lines.
_SPACED_TITLE = re.compile(r"(?<=[.!?\"”)]) {2,}(?P<title>[A-Z][\w&.'’®™-]*(?: (?:[a-z]{1,3} )?[A-Z&][\w&.'’®™-]*){1,6})"
                           r" {2,}(?=[A-Z\"“](?:(?! {2}).){80})")


def _cut_at(text: str, cuts: list[int]) -> list[str]:
    """``text`` in pieces, cut at each of the rising offsets ``cuts``."""
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def separate_spaced_titles(source: str, repairs: Repairs) -> str:
    """A flattened text's titles standing between double spaces ("About …", or a bare one over a whole
    paragraph), put on lines of their own."""
    source, count = _SPACED_ABOUT.subn(lambda m: "\n\n" + m.group("title") + "\n\n", source)
    source, bare = _SPACED_TITLE.subn(lambda m: "\n\n" + m.group("title") + "\n\n", source)
    count += bare
    source, named = _SPACED_NAMED_ABOUT.subn(lambda m: "\n\n" + m.group("title") + "\n\n", source)
    count += named
    source, stock = _SPACED_STOCK.subn(lambda m: "\n\n" + m.group("title") + ":\n\n" + (m.group("mark") or "") + " ", source)
    count += stock
    if count:
        repairs.notes.append(f"Separated {count} heading(s) run into the text around them.")
    return source


def _split_run_in_abouts(text: str) -> list[str]:
    """``text`` cut before and after each run-in "About …:" title and each title glued between two
    sentences (``_GLUED_TITLE``): text, title, text, title, text."""
    pieces: list[str] = []
    start = 0
    matches = sorted([*_RUN_IN_ABOUT.finditer(text), *_GLUED_NAMED_ABOUT.finditer(text), *_GLUED_TITLE.finditer(text)],
                     key=lambda m: m.start())
    for match in matches:
        if match.start() < start or match.start() == 0 and text[match.end("title"):].startswith(":"):
            continue  # "About Acme: Acme makes …" opening a paragraph is read as the About part's lead
        pieces += [text[start:match.start()].strip(), match.group("title")]
        start = match.end()
    if not pieces or len(text) - start < 40:
        return [text]
    return [*pieces, text[start:].strip()]


# A bold title an archive glued to the paragraph under it, no space between ("**The Name Behind the
# Kiln**“We were …"): two to ten words, no stop or colon closing them, a capital or quotation after.
_GLUED_BOLD = re.compile(r"^<(strong|b)>(?P<title>[A-Z][^<.:!?;,]{2,80}[A-Za-z0-9])</\1>(?P<rest>(?:<(?:em|i)>)?[A-Z“\"].{40,})", re.S)


def _glued_bold(block: Block) -> list[Block] | None:
    """``block`` as its bold title and its text, where ``_GLUED_BOLD`` finds them glued."""
    match = _GLUED_BOLD.match(block.html)
    title = match.group("title").strip() if match else ""
    if not match or not 2 <= len(title.split()) <= 10 or lexicon.words("ABOUT_PREFIXES") & {title.split()[0].lower()} \
            or not block.text.startswith(title) or block.text[len(title):len(title) + 1].isspace():
        return None
    rest = block.text[len(title):]
    return [Block(kind="paragraph", text=title, html=htmllib.escape(title, quote=False), strong=True),
            Block(kind="paragraph", text=rest, html=match.group("rest"))]


def split_glued_headings(blocks: list[Block], repairs: Repairs) -> list[Block]:
    out: list[Block] = []
    split = 0
    for block in blocks:
        if block.kind != "paragraph":
            out.append(block)
            continue
        bold = _glued_bold(block)
        if bold:
            out.extend(bold)
            split += 1
            continue
        match = _GLUED_TAGLINE.match(block.text)
        if match:
            title = match.group(1)
            rest = block.text[len(title):]
            out.append(Block(kind="paragraph", text=title, html=htmllib.escape(title, quote=False), strong=True))
            out.append(Block(kind="paragraph", text=rest, html=htmllib.escape(rest, quote=False)))
            split += 1
            continue
        pieces = _split_run_in_abouts(block.text)
        if len(pieces) > 1:
            for k, piece in enumerate(pieces):
                if k % 2 == 1:  # a heading of the text, which no headline above the dateline is
                    out.append(Block(kind="heading", level=2, text=piece, html=htmllib.escape(piece, quote=False)))
                elif piece:  # a paragraph opening with its title has no text before it
                    out.extend(_sentence_blocks(piece))
            split += len(pieces) // 2
            continue
        if len(_glued_sentences(block.text)) > 1:
            out.extend(_sentence_blocks(block.text))
            split += 1
            continue
        match = _GLUED_ABOUT.search(block.text)
        if match and match.start() > 0:
            head = block.text[:match.start()].rstrip()
            title = match.group(1).strip()
            out.append(Block(kind="paragraph", text=head, html=htmllib.escape(head, quote=False)))
            out.append(Block(kind="paragraph", text=title, html=htmllib.escape(title, quote=False), strong=True))
            split += 1
            continue
        out.append(block)
    if split:
        repairs.notes.append(f"Separated {split} heading(s) run into the text around them.")
    return out


def _sentence_blocks(text: str) -> list[Block]:
    """``text`` as paragraphs cut where flattening glued its sentences (``_glued_sentences``), a
    closing title tail bold."""
    pieces = _glued_sentences(text)
    last = pieces[-1]
    return [*(Block(kind="paragraph", text=piece, html=htmllib.escape(piece, quote=False)) for piece in pieces[:-1]),
            Block(kind="paragraph", text=last, html=htmllib.escape(last, quote=False),
                  strong=len(pieces) > 1 and _is_title_tail(last))]


def _glued_sentences(text: str) -> list[str]:
    """A paragraph cut where flattening glued one sentence to the next, when the cut opens a
    title at its end or a sentence that names a speaker, never inside a quotation."""
    cuts = [m.start() for m in _GLUED_SENTENCE.finditer(text) if _outside_quotes(text, m.start())]
    if not cuts:
        return [text]
    pieces = _cut_at(text, cuts)
    return pieces if _is_title_tail(pieces[-1]) or all(len(p) > 40 for p in pieces) else [text]


def _outside_quotes(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("“") <= before.count("”") and before.count('"') % 2 == 0


def _is_title_tail(text: str) -> bool:
    """A short closing piece with no full stop, in title case or ending in a colon: a heading."""
    words = text.split()
    if not _TITLE_TAIL.fullmatch(text) or len(words) > 12:
        return False
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return text.endswith((":", "：")) or capitals * 2 > len(words)


# A heading carried on in the next element: a lower-case word or a hiragana particle cannot
# open a heading of its own ("…実質ゼロ目標" + "の宣言に際して…"),
_CARRIES_ON = re.compile(r"^(?:[a-z]|[\u3041-\u309f])")
# and a heading cannot stop on a comma ("…を行い、" + "日本でも…") or on a Japanese case particle
# that needs the noun or verb after it ("若者、大臣との" + "意見交換会に出席"): の, が, を close no phrase.
_GOES_ON = re.compile(r"[,、，]$|(?<=[\u3040-\u30ff\u4e00-\u9fff])[のがを]$")


def join_split_headings(blocks: list[Block]) -> list[Block]:
    """Two headings of one level, the second going on with the first's words, are one heading."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and block.kind == "heading" and prev.kind == "heading" and prev.level == block.level
                and (_CARRIES_ON.match(block.text) and not prev.text.endswith(TERMINAL)
                     or _GOES_ON.search(prev.text))):
            glue = "" if _CJK_END.search(prev.text) or prev.text.endswith(("、", "，")) else " "
            prev.text = f"{prev.text}{glue}{block.text}"
            prev.html = f"{prev.html}{glue}{block.html}"
            continue
        out.append(block)
    return out


_LINK_ONLY = re.compile(r'\s*(?:<a href="(?!mailto:|tel:)[^"]*">(?:(?!</a>).)*</a>[\s|·•/,]*)+', re.S)
MIN_LINK_RUN = 6  # a release's own list of links ("Further reading") is shorter than a site menu


def drop_link_runs(blocks: list[Block], repairs: Repairs) -> list[Block]:
    """A run of blocks that are nothing but links (a site menu copied with the page) goes.

    Rules, images and empty blocks inside the run go with it; e-mail and phone links are a
    contact's, never a menu's.
    """
    out: list[Block] = []
    run: list[Block] = []
    links = dropped = 0

    def close() -> None:
        nonlocal links, dropped
        if links >= MIN_LINK_RUN:
            dropped += len(run)
        else:
            out.extend(run)
        run.clear()
        links = 0

    for block in blocks:
        if block.kind in ("item", "paragraph", "heading") and len(block.text) <= 80 and _LINK_ONLY.fullmatch(block.html):
            run.append(block)
            links += 1
        elif run and (block.kind in ("rule", "image") or not block.text.strip()):
            run.append(block)
        else:
            close()
            out.append(block)
    close()
    if dropped:
        repairs.notes.append(f"Left out {dropped} line(s) of site menus (runs of links only).")
    return out


_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")


def drop_chrome_above_headline(blocks: list[Block], repairs: Repairs) -> list[Block]:
    """A crawled page opens with its browser title, then menus, then the headline again as a
    heading: what comes before that heading is the page's, when none of it is prose."""
    if len(blocks) < 3 or blocks[0].kind != "paragraph":
        return blocks
    first = blocks[0].text.strip()
    keys = {first.casefold()} | {first[:m.start()].strip().casefold() for m in _TITLE_SEPARATOR.finditer(first)}
    for i, block in enumerate(blocks[1:300], start=1):
        if len(block.text) >= 200:
            return blocks
        if block.kind == "heading" and block.text.strip().casefold() in keys:
            if i > 1:
                repairs.notes.append(f"Left out {i} line(s) of the web page above the headline.")
            return blocks[i:]
    return blocks
