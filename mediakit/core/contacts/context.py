"""What the line classifier may look up in the whole release: mentions and the org a domain spells."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import lexicon
from ..model import Block
from ..text import FULLWIDTH_PUNCT, HAN, KANA, alternation
from .regions import clue_region
from .runon import _registrable_label
from .spans import _release_region
from .words import _DESK, _MAX_MENTION_LOOKUPS, _ORG_TAIL, _WEBMAIL

_ARTICLES = r"(?<!\w)(?i:" + alternation(lexicon.words("DEFINITE_ARTICLES")) + r")\s+"


_ABOVE_TITLE = 20  # blocks: a publisher's line stands near the top


class _Context:
    """What the line classifier may look up in the whole release."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.text = "\n".join(b.text for b in blocks)
        self.japanese = re.search(f"[{KANA}]", self.text) is not None  # kana: a Japanese release
        self._derived: dict[str, str | None] = {}
        self._mentions: dict[str, int] = {}
        self._region: str | None = None
        self._region_read = False
        self._clue: str | None = None
        self._clue_read = False

    def mentions(self, phrase: str) -> int:
        """How often ``phrase`` occurs in the release (each phrase counted once; a few hundred at most)."""
        if len(phrase) < 3:
            return 0
        if phrase not in self._mentions:
            if len(self._mentions) >= _MAX_MENTION_LOOKUPS:
                return 0
            self._mentions[phrase] = self.text.count(phrase)
        return self._mentions[phrase]

    def names_publisher(self, phrase: str) -> bool:
        """Whether ``phrase`` names the release's publisher rather than a person: it stands in the
        headline or on a line of its own above it ("Harbour Police" / the headline), after an article
        ("die Stadtwerke Lindenau"), or twice more outside the contact line."""
        if len(phrase) < 3:
            return False
        if self.mentions(phrase) >= 3 or any(b.role == "title" and phrase in b.text for b in self.blocks) \
                or self._line_above_title(phrase):
            return True
        return self.mentions(phrase) >= 2 and bool(re.search(_ARTICLES + re.escape(phrase) + r"(?!\w)", self.text))

    def _line_above_title(self, phrase: str) -> bool:
        """``phrase`` is a line of its own above the headline (the publisher's name set over it)."""
        for block in self.blocks[:_ABOVE_TITLE]:
            if block.role == "title":
                return False
            if block.text.strip() == phrase:
                return any(b.role == "title" for b in self.blocks[block.index + 1:_ABOVE_TITLE])
        return False

    def release_region(self) -> str | None:
        """The country the release's own domains point to (read once)."""
        if not self._region_read:
            self._region, self._region_read = _release_region(self.blocks), True
        return self._region

    def clue_region(self) -> str | None:
        """Where no domain tells either: the country the release's other clues point to (read once)."""
        if not self._clue_read:
            self._clue, self._clue_read = clue_region(self.blocks), True
        return self._clue

    def org_for_domain(self, domain: str) -> str | None:
        label = re.sub(r"[^a-z0-9]", "", _registrable_label(domain))
        if len(label) < 3 or label in _WEBMAIL:
            return None
        if label not in self._derived:
            spelled = _org_spelling(self.text, label)
            named = _named_around(self.text, spelled) if spelled and " " not in spelled else spelled
            self._derived[label] = _without_desk(named)
        return self._derived[label]


def _without_desk(name: str | None) -> str | None:
    """The organisation without the desk its name is written with ("Acme Foods Press Office": "Acme Foods")."""
    if not name:
        return name
    desk = next((m for m in _DESK.finditer(name) if m.end() == len(name) and m.start() > 0), None)
    return name[:desk.start()].rstrip(" ,–—-") or name if desk else name


# --- the org a domain spells ("elmvaleparks" <- "Elm Vale Parks Department") -----

_PHRASE_TOKEN = re.compile(f"[^\\s{FULLWIDTH_PUNCT}{KANA}{HAN}]+")  # CJK text around a Latin name cuts it
_CONNECTORS = {"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "und", "der"}
_MAX_PHRASE_TOKENS = 20000


@dataclass
class _Tok:
    """A word of the text around a contact detail, with what the name rules ask of it."""

    start: int
    end: int
    core: str
    cap: bool
    conn: bool
    brk_before: bool
    brk_after: bool


def _phrase_tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    previous_end = 0
    for match in _PHRASE_TOKEN.finditer(text):
        if len(out) >= _MAX_PHRASE_TOKENS:
            break
        raw = match.group(0)
        if out and text[previous_end:match.start()].strip(" \t"):
            out[-1].brk_after = True  # a phrase never runs from one block into the next, nor over CJK text
        previous_end = match.end()
        lead = len(raw) - len(raw.lstrip("([\"“‘'«"))
        core = raw[lead:].rstrip(")]\"”’'»,.;:!?")
        if not core or len(core) > 60:
            out.append(_Tok(match.start(), match.end(), "", False, False, True, True))
            continue
        trail = len(raw) - lead - len(core)
        out.append(_Tok(match.start() + lead, match.start() + lead + len(core), core,
                        core[0].isupper(), core.lower() in _CONNECTORS, lead > 0, trail > 0))
    return out


def _forms(tok: _Tok) -> set[str]:
    letters = re.sub(r"[^a-z0-9]", "", tok.core.lower())
    if not letters:
        return {""} if tok.conn else set()
    base = re.sub(r"[’']s$", "", tok.core.lower())
    forms = {letters, re.sub(r"[^a-z0-9]", "", base), letters[0]}
    if tok.conn:
        forms.add("")
    return forms


def _extend_to_tail(toks: list[_Tok], b: int) -> int | None:
    """Index of an organisation word ("Department") ending the capitalised phrase after ``b``."""
    for c in range(b + 1, min(b + 5, len(toks))):
        tok = toks[c]
        if tok.brk_before or toks[c - 1].brk_after or not (tok.cap or tok.conn) or not tok.core:
            return None
        if tok.cap and tok.core.lower().strip(".") in _ORG_TAIL:
            return c
    return None


# A run of capitalised words, connectors allowed inside ("Northern Lantern Trust", "Friends of the Lantern").
_CAPITAL_RUN = re.compile(r"[A-Z][\w&'’-]*(?: (?:(?:of|the|and|for|&) ){0,2}[A-Z][\w&'’-]*){1,6}")


# What opens such a run without being part of the name: a heading's "About", an article.
# An About title's prefix or an article before the name ("El PostgreSQL Global Development Group anuncia …"),
# or the wire's source label in capitals over its contacts ("SOURCE Acme Corp.", "FUENTE Acme"):
# in capitals only, as "Source Photonics Inc." is a name.
_LEADING = re.compile(r"^(?:(?:" + "|".join(sorted({w.capitalize() for w in lexicon.words("ABOUT_PREFIXES")} | {"The"}
                                                   | {w.capitalize() for w in lexicon.words("DEFINITE_ARTICLES")},
                                                   key=lambda w: (-len(w), w))) + r") "
                      r"|(?-i:" + "|".join(sorted(w.upper() for w in lexicon.words("SOURCE_LABELS"))) + r") )+", re.I)


def _named_around(text: str, word: str) -> str:
    """The organisation's name a one-word domain spelling stands inside ("lantern.org.uk": "Lantern" is
    written as "Northern Lantern Trust"): the most frequent run of capitalised words holding the word
    after its first and ending in an organisation word, unless runs the word opens outnumber it
    ("Key Facts & Figures Lenzing Group" once, "Lenzing Group" thrice); else the word (a name it
    opens grows from the boilerplate's, see ``orgs``)."""
    inside = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    counts: dict[str, int] = {}
    opening = 0  # runs the word opens ("Lenzing Group")
    for found in _CAPITAL_RUN.finditer(text):
        name = _LEADING.sub("", found.group())
        if " " in name and inside.search(name) and name.rsplit(None, 1)[-1].lower().strip(".") in _ORG_TAIL:
            if name.startswith(word):
                opening += 1
            else:
                counts[name] = counts.get(name, 0) + 1
    best = max(counts, key=lambda k: (counts[k], len(k))) if counts else None
    return best if best and counts[best] >= opening else word


def _org_spelling(text: str, label: str) -> str | None:
    """The phrase of capitalised words in ``text`` whose words, whole or by initial, spell ``label``:
    the longest, then the most frequent."""
    toks = _phrase_tokens(text)
    forms = [_forms(tok) for tok in toks]
    best: tuple[int, int, str] | None = None
    counts: dict[str, int] = {}
    for a, first in enumerate(toks):
        if not first.cap or first.conn or not first.core or first.core[0].lower() != label[0]:
            continue
        for size, phrase in _spellings_from(toks, forms, a, label, text):
            counts[phrase] = counts.get(phrase, 0) + 1
            key = (size, counts[phrase], phrase)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


def _advance(positions: set[int], forms: set[str], label: str, first: bool) -> set[int]:
    """Where in ``label`` the spelling may stand after one more word (an empty form only inside)."""
    return {p + len(form) for p in positions for form in forms if (form or not first) and label.startswith(form, p)}


def _spelled_whole(tok: _Tok, positions: set[int], label: str) -> bool:
    full = re.sub(r"[^a-z0-9]", "", tok.core.lower())
    return tok.conn or len(full) > 1 and any(label.startswith(full, p) for p in positions)


def _spellings_from(toks: list[_Tok], forms: list[set[str]], a: int, label: str,
                    text: str) -> Iterator[tuple[int, str]]:
    """The phrases starting at word ``a`` that spell all of ``label``, with their length in words."""
    positions = {0}
    words = True  # every word spelled whole, none by its initial
    for b in range(a, min(a + 8, len(toks))):
        tok = toks[b]
        if b > a and (tok.brk_before or toks[b - 1].brk_after):
            break
        if not (tok.cap or tok.conn) or not tok.core:
            break
        nxt = _advance(positions, forms[b], label, b == a)
        if not nxt:
            break
        words = words and _spelled_whole(tok, positions, label)
        positions = nxt
        if len(label) in positions and tok.cap and not tok.conn:
            found = _phrase_at(toks, text, a, b, label, words)
            if found is not None:
                yield found


def _phrase_at(toks: list[_Tok], text: str, a: int, b: int, label: str, words: bool) -> tuple[int, str] | None:
    """Words ``a``..``b`` as an organisation's name: one word that is the label, several ending in an
    organisation word ("austinparks" spells the start of "Austin Parks and Recreation Department"), or
    several that spell the whole label word by word and stand in the release more than once."""
    tok, first = toks[b], toks[a]
    phrase = text[first.start:tok.end]
    single_ok = b == a and re.sub(r"[^a-z0-9]", "", re.sub(r"[’']s$", "", tok.core.lower())) == label
    tail = tok.core.lower().strip(".") in _ORG_TAIL
    if b > a and not tail and words:
        end = _extend_to_tail(toks, b)
        if end is not None:
            phrase, tail, b = text[first.start:toks[end].end], True, end
    if single_ok or (b > a and tail):
        return b - a + 1, phrase
    if b > a and words and text.count(phrase) >= _MIN_NAMED:
        return b - a + 1, phrase  # "groenhaven-energie.com": "Groenhaven Energie", named in the text again
    return None


_MIN_NAMED = 2  # how often a name of words spelled whole, with no organisation word, stands in the release
