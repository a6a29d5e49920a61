"""Reading the lines of one contact block into items (names, organisations, roles, phones, e-mails)."""

from __future__ import annotations

import re

from .. import detect, lexicon
from ..model import Block, Contact
from ..text import alternation
from .assemble import _UNREAD, _assemble
from .blocks import _Intro, _intro, _label_intro
from .classify import _classify, _is_name, _Item, _org_like, _split_run, named_before_aside
from .context import _Context
from .spans import _domain_label, _domain_spells, _fold, _has_detail, _mailto, _name_words, _phone_values, _spans
from .words import _CAMEL, _CHUNK_SPLIT, _CITY_STATE_ZIP, _FAX_AFTER, _JOINERS, _SURNAME_PREFIX_END, _TITLE

_PERSON_LINE = re.compile("(?:" + alternation(lexicon.words("PERSON_LABELS"), loose_spaces=True) + r")\s?[:：]")
_DESK_MAILBOXES = lexicon.words("DESK_MAILBOXES")  # "Press" over press@…: a desk, no given name
_PAREN = re.compile(r"[(（]([^()（）]{1,80})[)）]")
_TITLE_WORD = re.compile(_TITLE)  # "Dr.", "Mag.", "Prof.": a title before a name, written short


def _glued_to_label(text: str, cut: int) -> bool:
    """The details run on from their label with no space: "Contact:Jane Doe…", "ContactJane Doe…"."""
    return cut > 0 and (text[cut - 1] in ":：" or text[cut - 1].islower() and text[cut:cut + 1].isupper())


def _unglue(piece: str, ctx: _Context | None = None) -> str:
    """Lines a flattening ran together ("Jane RoeHead of PR"), split where a capital follows small
    letters, except after a surname prefix ("MacLeod", "FitzGerald") and inside a name written with
    a capital inside it that the release prints elsewhere ("…CommunicationsKilnWorks", KilnWorks)."""
    cuts = [m.start() for m in _CAMEL.finditer(piece) if not _SURNAME_PREFIX_END.search(piece, 0, m.start())]
    if ctx is not None:
        cuts = [c for k, c in enumerate(cuts) if not _inside_camel_name(piece, cuts, k, ctx)]
    for cut in reversed(cuts):
        piece = piece[:cut] + "\n" + piece[cut:]
    return piece


def _inside_camel_name(piece: str, cuts: list[int], k: int, ctx: _Context) -> bool:
    """Whether the ``k``-th cut of ``piece`` falls inside one word the release prints twice more."""
    start = max([piece.rfind(" ", 0, cuts[k]) + 1] + ([cuts[k - 1]] if k else []))
    end = min([e for e in (piece.find(" ", cuts[k]),) if e >= 0] + cuts[k + 1:k + 2] + [len(piece)])
    word = piece[start:end]
    return " " not in word and ctx.mentions(word) >= 3


def _pieces(piece: str, flattened: bool, ctx: _Context) -> list[str]:
    if flattened:
        piece = _unglue(piece, ctx)
    pieces = [p for part in piece.split("\n") for p in _CHUNK_SPLIT.split(part)]
    pieces = [_JOINERS.sub("", p.strip().lstrip(".,;:")) for p in pieces if p and p.strip(" .,;:")]
    pieces = [p for p in pieces if _JOINERS.sub("", p + " ").strip()]  # "or via" before "email:": joiners only
    return [q for p in pieces for q in ([p] if _named_elsewhere(p, ctx) else _org_beside_name(p, ctx) or _split_titled(p))]


def _is_title(token: str) -> bool:
    return token.endswith(".") and _TITLE_WORD.fullmatch(token) is not None


def _split_titled(piece: str) -> list[str]:
    """A run with a title written short before its name ("Stadtwerke Lindenau Dr. Anna Beck
    Pressesprecherin", "Mag. Jo Roe Leiter Kommunikation"): split before the title, and the titled
    name apart from the role after it, the title kept on the name (its reading drops it)."""
    tokens = piece.split()
    at = next((k for k in range(len(tokens) - 1) if _is_title(tokens[k]) and tokens[k + 1][:1].isupper()), None)
    if at is None:
        return _split_run(piece)
    end = at
    while end < len(tokens) - 1 and _is_title(tokens[end]):
        end += 1
    rest = _split_run(" ".join(tokens[end:]))
    head = _split_run(" ".join(tokens[:at])) if at else []
    return [*head, " ".join([*tokens[at:end], rest[0]]), *rest[1:]]


def _org_beside_name(piece: str, ctx: _Context) -> list[str] | None:
    """A name run into the organisation the release names in its text, before or after it, as a
    table cell's lines are joined ("Calloway Rail Sophie Marsh"): the two apart, or None. A longer
    name the text spells in full ("Mary Ann Lowe", said Mary Ann Lowe) is no organisation's, nor is
    a line that reads as one organisation whole ("Bodegas Valdemoro S. L.", its legal form last)."""
    tokens = piece.split()
    if not 3 <= len(tokens) <= 8 or not _is_name(piece) or _org_like(piece):
        return None
    for n in (2, 3):
        if len(tokens) - n < 1:
            break
        for org, name in ((tokens[:-n], tokens[-n:]), (tokens[n:], tokens[:n])):
            head = " ".join(org)
            if _is_name(" ".join(name)) and (len(org) > 1 or _org_like(head)) \
                    and ctx.mentions(head) > max(1, ctx.mentions(piece)):  # not only inside the whole
                return [head, " ".join(name)] if org == tokens[:-n] else [" ".join(name), head]
    return None


def _named_elsewhere(piece: str, ctx: _Context) -> bool:
    """An organisation the release names in its text as well ("Harrow Valley Water Trust"): one
    name, not a person's run into an organisation's ("Harrow Valley" + "Water Trust")."""
    return _org_like(piece) and ctx.mentions(piece) >= 2


# "(English)", "(in English or Italian)": a bracketed note on the language a contact answers in.
_LANGUAGE_NOTE = re.compile(r"(?i)(?<!\w)(?:" + alternation(lexicon.words("LANGUAGE_NAMES")) + r")(?!\w)")


def _gap_items(piece: str, text: str, strong: bool, ctx: _Context, block: int, flattened: bool) -> list[_Item]:
    """The items of the text between two detail spans. A name's bracketed aside that is no role
    ("Jane Roe (Northwind Trust)") is the organisation she speaks for; one before any name is a note."""
    parts = _PAREN.split(piece)  # outside, inside, outside, ...
    chunks = [(p, k % 2 == 1) for k, part in enumerate(parts) for p in _pieces(part, flattened, ctx)]
    whole = len(chunks) == 1 and chunks[0][0] == text.strip()
    out: list[_Item] = []
    for chunk, bracketed in chunks:
        of_org = _name_of_org(chunk)
        if of_org:  # "Jane Roe of Acme Corp.": the wire's contact line, the person and whose they are
            out += [_Item("name", of_org[0], strong and whole, block), _Item("org", of_org[1], strong and whole, block)]
            continue
        item = _classify(chunk, strong and whole, ctx, block)
        if bracketed and out and _aside_of_name(out, item, block):
            item.kind = "paren_org"
        elif bracketed and (not out and item.kind in ("name", "maybe_org") or out and out[-1].value == "area"
                            or _LANGUAGE_NOTE.search(chunk)):
            item = _Item("other", block=block)  # "Contact (in English): …", "Asia (in Japanese): …": a note on the label
        out.append(item)
    return out


_OF = re.compile(r"\s+of\s+(?=[A-Z])")


def _name_of_org(chunk: str) -> tuple[str, str] | None:
    """A person's name and an organisation joined by "of" ("Jane Roe of Acme Corp."), or None."""
    parts = _OF.split(chunk.strip(), maxsplit=1) if " of " in chunk else []
    if len(parts) != 2 or not _is_name(parts[0]) or not _org_like(parts[1]):
        return None
    return parts[0], parts[1].rstrip(" ,;")


def _aside_of_name(out: list[_Item], item: _Item, block: int) -> bool:
    """The bracketed ``item`` is the affiliation of the name before it: a name read as such, or a
    Japanese name too long for one ("鈴木弥也子（Acme Youth）"), which becomes the name (and the
    aside its organisation, even one written as a name)."""
    long_name = out[-1].kind in ("org", "maybe_org", "name") and named_before_aside(out[-1].value or "")
    if long_name and item.kind in ("name", "org", "maybe_org"):
        out[-1] = _Item("name", out[-1].value, out[-1].strong, block)
        return True
    return item.kind in ("org", "maybe_org") and out[-1].kind == "name"


def _read_text(text: str, strong: bool, region: str | None, ctx: _Context, block: int,
               flattened: bool, guessed: bool = False) -> list[_Item]:
    """The items of one line. ``guessed``: ``region`` is a guess from the block's e-mail domains,
    so each phone keeps its text to be read again in its own contact's country."""
    if _CITY_STATE_ZIP.fullmatch(text.strip(" ,;")):
        return [_Item("other", block=block)]  # "Springfield, IL 62701": an address, not an organisation
    items: list[_Item] = []
    spans = _spans(text, True)
    flattened = flattened or any(s.glued for s in spans)
    pos = 0
    pending_label = "tel"

    def gap(piece: str) -> None:
        items.extend(_gap_items(piece, text, strong, ctx, block, flattened))

    for span in spans:
        if span.start > pos:
            gap(text[pos:span.start])
            if text[pos:span.start].strip():
                pending_label = "tel"
        pos = span.end
        if span.kind == "label":
            pending_label = span.value
        elif span.kind == "email":
            items.append(_Item("email", span.value, block=block))
            pending_label = "tel"
        elif span.kind == "phone":
            if pending_label not in ("fax", "mail"):
                items.extend(_phone_items(span.value, bool(_FAX_AFTER.match(text, span.end)), region, block, guessed))
            pending_label = "tel"
    if pos < len(text):
        gap(text[pos:])
    return _named_by_domain(items, ctx)


def _named_by_domain(items: list[_Item], ctx: _Context) -> list[_Item]:
    """A "name" the line's own address spells whole as its domain ("Contact Northwind Labs at
    press@northwindlabs.com"), and the release names again, is the organisation, not a person."""
    labels = [_domain_label(it.value) for it in items if it.kind == "email" and it.value]
    for it in items:
        if it.kind == "name" and it.value and ctx.mentions(it.value) >= 2 \
                and any(_domain_spells(label, it.value) for label in labels):
            it.kind = "org"
    return items


def _named_by_mailbox(items: list[_Item]) -> list[_Item]:
    """A lone given name its own address spells as the mailbox ("Contact: <a href=mailto:steve@…>Steve</a>"),
    an e-mail among the next few items: a person, though one word is as likely an organisation; and
    a given name and a surname that reads as a place's word ("Jo Park", "Ann Lane") whose address is
    made of both (jpark@, ann.lane@)."""
    for k, it in enumerate(items):
        word = it.value or ""
        if it.kind not in ("maybe_org", "other") or not word[:1].isupper():
            continue
        mails = [m.value.partition("@")[0].lower() for m in items[k + 1:k + 4] if m.kind == "email" and m.value]
        if word.isalpha() and word.lower() not in _DESK_MAILBOXES and word.lower() in mails \
                or _mailbox_of_both(word, mails):
            it.kind = "name"
    return items


def _mailbox_of_both(words: str, locals_: list[str]) -> bool:
    """``words`` are a given name and a surname, each capitalised, that one of ``locals_`` is made of."""
    parts = words.split()
    if len(parts) != 2 or not all(p.isalpha() and p[:1].isupper() and p[1:].islower() for p in parts):
        return False
    folded = _name_words(words)  # "Núñez" as "nunez", as an address writes it
    if len(folded) != 2:
        return False
    given, family = folded
    both = detect.mailbox_forms(given, family) - {given, family}
    return any(local in both for local in locals_)


def _phone_items(printed: str, fax_after: bool, region: str | None, block: int, guessed: bool) -> list[_Item]:
    """The phones of a phone span; the last one left out where a fax label follows it
    ("612-555-0134 / 612-555-0135 (fax)")."""
    raw = printed if guessed else None
    values = _phone_values(printed, region)
    if fax_after:
        values = values[:-1]
    elif raw and not values and len(detect.NOT_DIGIT.sub("", raw)) >= 7:
        values = [_UNREAD + raw]  # not a number in the guessed country: perhaps in its own
    return [_Item("phone", v, block=block, raw=raw) for v in values]


_SHARED_ORG = re.compile(r"(?i:\b(?:both|all)\s+of\s+)(?P<org>[A-Z][^/;|()]{1,80}?)\s?(?:/|;|$)")
_CELL = re.compile(r"\s\|\s")


def _column_heads(text: str) -> bool:
    """"Jane Roe, CEO | Sam Lee, Director": a row of two people side by side (a table flattened)."""
    cells = _CELL.split(text)
    return len(cells) == 2 and all(_is_name(c.split(",")[0].strip()) for c in cells)


_WORD_START = re.compile(r"(?<=\s)(?=[A-Z])")


def _label_parts(text: str) -> list[tuple[str, str | None]]:
    """A line that holds a second contact's label with a colon after the first's details
    ("… jane@acme.example  Investor contact: John Doe, …"): each contact's part, with the
    organisation its label names ("Contact Beta Corp: …")."""
    parts: list[tuple[str, str | None]] = []
    start, org = 0, None
    for m in _WORD_START.finditer(text):
        pos = m.start()
        intro = _label_intro(text[pos:]) if pos > start else None
        if intro is None or not intro.rest or not _has_detail(text[start:pos]):
            continue
        label = text[pos:len(text) - len(intro.rest)]
        if ":" not in label and "：" not in label:
            continue
        parts.append((text[start:pos], org))
        start, org = len(text) - len(intro.rest), intro.org
    parts.append((text[start:], org))
    return parts


class _RegionReader:
    """The items of a contact block's lines; two people side by side ("A | B" rows) are read a
    column at a time, a row's lone cell belonging to the left one."""

    def __init__(self, blocks: list[Block], region: str | None, ctx: _Context, guessed: bool):
        self.blocks, self.region, self.ctx, self.guessed = blocks, region, ctx, guessed
        self.items: list[_Item] = []
        self.right: list[_Item] = []  # the right column's items, read after the left one's
        self.columns = False
        self.marks: dict[int, str] = {}

    def read(self, idx: list[int]) -> list[_Item]:
        for i in idx:
            self._block(i)
        left = _named_by_mailbox(self.items)
        stop = next((k for k, it in enumerate(left) if it.kind == "stop"), len(left))
        if stop == len(left):
            return _names_over_details(left + self.right)
        # The block ends at an "About ..." run into it; a block that starts with it is not ours.
        last = left[stop].block
        starts_there = stop == 0 or left[stop - 1].block != last
        self.marks = {i: role for i, role in self.marks.items() if i < last or (i == last and not starts_there)}
        return left[:stop] + [it for it in self.right if it.block < last]

    def _bare_intro(self, i: int, text: str, intro: _Intro) -> None:
        """A label line: a heading; a role after a name; a desk ("Pressestelle") under the org's line."""
        prev = self.items[-1] if self.items else None
        if intro.roleish and prev is not None and prev.kind == "name":
            self.items.append(_Item("role", text.rstrip(":："), block=i))
            self.marks[i] = "contact"
        elif intro.desk and prev is not None:
            self.items.append(_Item("desk", intro.desk, block=i, raw=intro.org))
            self.marks[i] = "contact_heading"
        else:
            self.items.append(_Item("heading", intro.org, block=i))
            if intro.desk:
                self.items.append(_Item("desk", intro.desk, block=i))
            self.marks[i] = "contact_heading"

    def _intro_of(self, block: Block, text: str) -> _Intro | None:
        """The block's intro; "联系人：李明" under the organisation's line is the name's label, no new block."""
        intro = _intro(block)
        return None if intro is not None and self.items and _PERSON_LINE.match(text) else intro

    def _block(self, i: int) -> None:
        block = self.blocks[i]
        text = _fold(block.text)
        intro = self._intro_of(block, text)
        if intro is not None and not intro.rest:
            self._bare_intro(i, text, intro)
            return
        flattened = False
        if intro is not None:
            self.items.append(_Item("heading", intro.org, block=i))
            if intro.desk:
                self.items.append(_Item("desk", intro.desk, block=i))
            cut = len(text) - len(intro.rest)
            flattened = _glued_to_label(text, cut)
            text = intro.rest
        self.marks[i] = "contact"
        shared = _SHARED_ORG.search(text)
        if shared:  # "…, both of Acme, Lyle and Co./": every card of the block is theirs
            text = text[:shared.start()] + text[shared.end():]
            self.right.append(_Item("shared_org", shared.group("org").strip(" ,"), block=i))
        self.columns = self.columns or _column_heads(text)
        pieces: list[tuple[str, str | None, list[_Item]]]
        if self.columns:  # two people side by side: the left cell is the first's, the rest the second's
            pieces = [(cell, None, into) for cell, into in zip(_CELL.split(text), (self.items, self.right, self.right))]
        else:  # one contact, or several each opened by its own label ("… Investor contact: …")
            pieces = [(part, org, self.items) for part, org in _label_parts(text)]
        shown: set[str] = set()
        for k, (piece, org, into) in enumerate(pieces):
            line = _read_text(piece, block.strong, self.region, self.ctx, i, flattened, self.guessed)
            if k and org:
                line.insert(1 if line and line[0].kind == "name" else 0, _Item("org", org, block=i))
            shown.update(it.value for it in line if it.kind == "email" and it.value)
            into.extend(line)
        self.items.extend(_Item("email", e, block=i) for e in _mailto(block, shown))


_DETAIL_KINDS = frozenset({"phone", "email"})


def _names_over_details(items: list[_Item]) -> list[_Item]:
    """A table's row of names over the row of their details, read row by row ("Jane Roe", "Max Mohr",
    phone, e-mail, phone, e-mail): each name takes its column's run of details, the runs told apart by
    repeating the same kinds in the same order, one run per name; any other order is left as it is."""
    start = next((k for k, it in enumerate(items) if it.kind == "name"), len(items))
    end = start
    while end < len(items) and items[end].kind == "name" and (end == start or items[end].block != items[end - 1].block):
        end += 1
    runs = _detail_runs(end - start, items[end:])
    if runs is None:
        return items
    return items[:start] + [d for name, run in zip(items[start:end], runs) for d in [name, *run]]


def _detail_runs(count: int, details: list[_Item]) -> list[list[_Item]] | None:
    """``details`` cut into ``count`` runs of phones and e-mails of the same kinds in the same order, or None."""
    width = len(details) // count if count >= 2 else 0
    if not width or width * count != len(details) or any(d.kind not in _DETAIL_KINDS for d in details):
        return None
    runs = [details[k * width:(k + 1) * width] for k in range(count)]
    kinds = [d.kind for d in runs[0]]
    return runs if all([d.kind for d in run] == kinds for run in runs) else None


def _read_region(blocks: list[Block], idx: list[int], region: str | None,
                 ctx: _Context, guessed: bool = False) -> tuple[list[Contact], dict[int, str]]:
    reader = _RegionReader(blocks, region, ctx, guessed)
    items = reader.read(idx)
    return _assemble(items, ctx), reader.marks
