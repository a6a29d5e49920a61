"""Who said it: the people a release names, a "who" phrase read as (full name, role as written).

The registry remembers every speaker with the role the release gave; a surname alone, a title
alone ("the District Attorney said") or a pronoun resolves to the person named earlier. A
surname look-up reads the text once and is cached, at most ``_MAX_RESOLVE`` per document.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Block
from ..text import HAN
from . import chinese, joint, patterns
from .fullname import given_before
from .introductions import _introduction_at, _role_before, given_name_introduction
from .names import (
    _HONORIFICS,
    _PARTICLES,
    _SEGMENTS,
    _WS,
    ARTICLE,
    HONORIFIC_END,
    _bare,
    _cjk_name_ok,
    _clean_role,
    _common_role,
    _has_han,
    _has_role_word,
    _is_name_token,
    _join_role,
    _name_start,
    _title_surname,
    _titleish,
    _tokens,
    without_office,
)
from .portfolio import office_or_portfolio
from .statements import names_comments
from .who import (
    TITLE_ONLY,
    bracketed_role,
    courtesy_surname,
    descriptor,
    name_then_of,
    name_then_phrase,
    title_before_phrase,
    without_elision,
    without_trailing_honorifics,
)

Person = tuple[str, "str | None"]

_ELIGIBLE_ROLES = frozenset({"body", "dateline", "about"})
_MAX_RESOLVE = 64  # distinct surname look-ups per document (each one reads the text once)
_PRONOUNS = lexicon.words("SPEAKER_PRONOUNS")
_POST_NOMINALS = lexicon.words("POST_NOMINALS")
_HAN_LATIN_EDGE = re.compile(f"(?<=[{HAN}])(?=[A-Za-z\u201c\"])|(?<=[A-Za-z.\u201d\"])(?=[{HAN}])")


# a role's "of": an organisation follows ("presidente del Consorzio", "diretor da Serrana")
_OF_WORDS = frozenset("of for at de du des di del della dello degli delle dei do da dos das der van von".split())


class People:

    def __init__(self, blocks: list[Block], authors: list[str] | None = None):
        # a heading that names comments stays: the name lines under it are statements
        self.blocks = [b for b in blocks if (b.role in _ELIGIBLE_ROLES or b.role == "heading" and names_comments(b.text))
                       and b.kind != "image" and not patterns.NOTE.match(b.text)]
        self.people: dict[str, str | None] = {}
        self.last: Person | None = None
        self.last_pos = -10
        self.partner: tuple[int, Person, Person] | None = None  # where, and who, two people say it (``joint``)
        self.pos = 0
        self._resolved: dict[tuple[str, str], Person | None] = {}
        self._full: dict[str, str] = {}  # a name as first found -> the fullest form the release writes
        self._cn_roles: dict[str, str | None] = {}  # a Chinese name -> the role written where it is introduced
        self._ja_full: dict[str, Person | None] = {}  # a Japanese surname -> the one full name introduced
        self._ja_titled: dict[str, str | None] = {}  # a Japanese full name -> the title written before it
        self._titles: dict[str, Person | None] = {}  # a bare title ("kutubxona direktori") -> whom it names
        self._before = ""  # the text read before the current quotation (for "he said")
        self.authors = authors or []  # the full names the document's metadata gives its authors

    # people --------------------------------------------------------------------------------
    def _remember(self, person: Person) -> None:
        name, role = person
        if role or name not in self.people:
            self.people.pop(name, None)
            self.people[name] = role
        self.last, self.last_pos = (name, self.people.get(name)), self.pos

    def _resolve(self, key: str, title: str | None) -> Person | None:
        """A surname (or given name) alone: the full name introduced elsewhere in the release."""
        for name in reversed(list(self.people)):
            parts = name.replace("”", " ").split()
            if parts and (parts[-1] == key or parts[0] == key):
                return name, self.people[name]
        cache_key = (key, title or "")
        if cache_key in self._resolved:
            return self._resolved[cache_key]
        if len(self._resolved) >= _MAX_RESOLVE:
            return None
        self._resolved[cache_key] = found = (self._find_introduction(key, title) or self._author(key)
                                             or given_name_introduction([b.text for b in self.blocks], key))
        return found

    def _author(self, surname: str) -> Person | None:
        """The one author the metadata names with this surname ("Morrison, Bill"), if the text names no one."""
        named = [a for a in self.authors if a.split()[-1] == surname]
        return (named[0], None) if len(named) == 1 else None

    def _find_introduction(self, key: str, title: str | None) -> Person | None:
        pattern = re.compile(r"(?<![\w’'])" + re.escape(key) + r"(?![\w’'])")
        want = _bare(title.split()[-1]) if title else None
        best: tuple[int, str, str | None] | None = None
        for block in self.blocks:
            for match in pattern.finditer(block.text):
                found = _introduction_at(block.text, match, key, want)
                if found is not None and (best is None or found[0] > best[0]):
                    best = found
                if best is not None and best[0] >= 3:
                    return best[1], best[2]
        return (best[1], best[2]) if best else None

    def _fullest(self, name: str) -> str:
        """The fullest form the release itself writes for a two-word name: "Ann Roe" is "Ann B. Roe"
        (or "Ann Beth Roe") when the release names her so anywhere; two surnames ("Sampaio Leite") are
        the full name the release first writes them in (``fullname``)."""
        tokens = name.split()
        if len(tokens) > 2 and tokens[0].lower() in _PARTICLES and not _has_han(name):
            return given_before([b.text for b in self.blocks], name, list(self.people)) or name  # "Van den Berg"
        if len(tokens) != 2 or _has_han(name):
            return name
        if name in self._full:
            return self._full[name]
        if len(self._full) >= _MAX_RESOLVE:
            return name
        pattern = re.compile(r"(?<![\w’'])" + re.escape(tokens[0]) + r"\s+((?:[A-Z]\.|[A-Z][a-z’'\-]+)\s+){1,2}?"
                             + re.escape(tokens[1]) + r"(?![\w’'])")
        counts: dict[str, int] = {}
        for block in self.blocks:
            for match in pattern.finditer(block.text):
                form = _WS.sub(" ", match.group())
                if all(_is_name_token(t) for t in form.split()[1:-1]):
                    counts[form] = counts.get(form, 0) + 1
        full = max(counts, key=lambda f: (counts[f], len(f))) if counts else None
        if full is None:
            full = given_before([b.text for b in self.blocks], name, list(self.people)) or name
        self._full[name] = full
        return full

    def _titled_person(self, title: str) -> Person | None:
        """"the director said": the person the release gave that title, among the speakers first,
        then where the text writes the title before a name ("Director Ann Roe", "the director, Ann Roe,")."""
        low = title.lower()
        for name in reversed(list(self.people)):
            role = self.people[name]
            if role and re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", role.lower()):
                return name, role
        pattern = re.compile(r"(?i:(?<!\w)" + re.escape(title).replace(r"\ ", r"\s+") + r")(?:,)?\s+"
                             r"((?:[A-Z][\w’'\-]+\.?\s+){0,2}[A-Z][\w’'\-]+)")
        for block in self.blocks:
            for match in pattern.finditer(block.text):
                tokens = match.group(1).split()
                if len(tokens) >= 2 and all(_is_name_token(t) for t in tokens):
                    lead = block.text[max(0, match.start() - 80):match.start()].split()
                    role = " ".join(_role_before(lead, len(lead) - 1) + [block.text[match.start():match.start(1)]])
                    return " ".join(tokens), _clean_role(ARTICLE.sub("", role))
        return None

    def _named_by_title(self) -> Person | None:
        """"…", aseguró la funcionaria: a title the release gives no one, the one person named just before."""
        return None

    def _introduced_role(self, name: str) -> str | None:
        """The role the release gives a person where it introduces them ("the Chair of X, Ann Roe,")."""
        if not self.people.get(name) and _cjk_name_ok(name):
            return self._chinese_role(name)
        if self.people.get(name) or _has_han(name) or len(name.split()) < 2:
            return self.people.get(name)
        key = (name.split()[-1], "")
        if key not in self._resolved and len(self._resolved) < _MAX_RESOLVE:
            self._resolved[key] = self._find_introduction(key[0], None)
        found = self._resolved.get(key)
        return found[1] if found and self._fullest(found[0]) == name else None

    def _chinese_role(self, name: str) -> str | None:
        """A Chinese name's role where the release introduces it ("晨光文具集团副总裁赵静怡")."""
        if name not in self._cn_roles and len(self._cn_roles) < _MAX_RESOLVE:
            self._cn_roles[name] = chinese.introduced_role((b.text for b in self.blocks), name)
        return self._cn_roles.get(name)

    # who ------------------------------------------------------------------------------------
    def _parse_who(self, who: str, strict: bool = False) -> Person | None:
        """``_parse_one``; of two people saying it together (``joint``) the first, the second as ``partner``."""
        pair = joint.speakers(who, self._parse_one, strict)
        if pair:
            self.partner = (self.pos, *pair)
            return pair[0]
        return self._parse_one(who, strict)

    def _parse_one(self, who: str, strict: bool = False) -> Person | None:
        """"Name, Role" / "Role Name" / "Surname" / "he" → (full name, role), or None."""
        who = _WS.sub(" ", who).strip(" \t,;:，；：.。–—")  # "– ha detto X –": the incise's dashes
        if not who or len(who) > 250:
            return None
        pronoun = _pronoun(who)
        if pronoun:
            return self._pronoun_who(pronoun, strict)
        if _has_han(who):
            return self._parse_cjk(who, strict)
        who = bracketed_role(who)
        title = TITLE_ONLY.match(who)
        alone = title_before_phrase(title.group("title")) if title else ""  # "el gobernador durante el acto"
        if alone and not strict and _has_role_word(alone.split()[-1]):
            return self._cached_titled(alone) or self._named_by_title()
        segments = [s for s in _SEGMENTS.split(name_then_of(who)) if s]
        titled = self._bare_title_person(who, segments, strict or title is not None)
        if titled:
            return titled
        for k, seg in enumerate(segments):
            if strict and k > 0:
                return None
            person = self._segment_person(seg, segments[k + 1:], segments[k - 1] if k else None, strict)
            if person:
                return person
        return None

    def _pronoun_who(self, pronoun: str, strict: bool) -> Person | None:
        """Whom a pronoun stands for; a strict reading takes names only."""
        return None if strict else self._pronoun_person(pronoun)

    def _bare_title_person(self, who: str, segments: list[str], skip: bool) -> Person | None:
        """"– dedi kutubxona direktori": a title with no article and no name, the one the release gives
        a named person ("kutubxona direktori Ali Valiyev"); its capitalised words name no one. The role
        is the title as the attribution writes it."""
        if skip or len(segments) != 1 or not _has_role_word(who.split()[-1]):
            return None
        found = self._cached_titled(who)
        return (found[0], who) if found else None

    def _cached_titled(self, title: str) -> Person | None:
        """``_titled_person``, once per title and document: each look-up reads the whole text."""
        key = title.lower()
        if key not in self._titles and len(self._titles) < _MAX_RESOLVE:
            self._titles[key] = self._titled_person(title)
        return self._titles.get(key)

    def _segment_person(self, seg: str, rest: list[str], before: str | None, strict: bool) -> Person | None:
        tokens = name_then_phrase(without_elision(_tokens(seg)))
        start = _name_start(tokens)
        if start is None:
            return None if strict else self._title_surname_person(tokens)
        prefix, name_tokens = office_or_portfolio(tokens[:start], tokens[start:])
        name_tokens = without_office(name_tokens)
        if len(prefix) > 1 and ARTICLE.match(prefix[0] + " "):
            tokens, prefix = tokens[1:], prefix[1:]  # "la directora Ana Ruiz", "le président Paul Roux"
        if not _prefix_ok(prefix, strict):
            return None
        while prefix and _bare(prefix[0]) in _HONORIFICS:
            prefix = prefix[1:]
        role_prefix, rest_role = _roles_around(prefix, rest, before)
        known = None if strict else self._courtesy_person(name_tokens, role_prefix)
        if known is not None:
            return known[0], rest_role or known[1] or role_prefix
        caps = sum(1 for k, t in enumerate(name_tokens) if _is_name_token(t) or (k == 0 and _title_surname(t)))
        if caps >= 2:  # a given name that is also a title word counts: ``_name_start`` took it as one
            name = " ".join(name_tokens)
            return name, _join_role(role_prefix, rest_role) or self.people.get(name)
        if strict:
            return None
        polite = len(tokens) > len(prefix) + len(name_tokens)
        return self._surname_person(name_tokens[-1], role_prefix, rest_role, polite)

    def _surname_person(self, surname: str, role_prefix: str | None, rest_role: str | None,
                        polite: bool) -> Person | None:
        """A surname alone: the full name introduced for it; after an honorific ("Mr O’Brien said")
        with no full name anywhere, the surname is all the release gives."""
        found = self._resolve(surname, role_prefix)
        if found is None:
            return (surname, _join_role(role_prefix, rest_role)) if polite else None
        name, intro_role = found
        return name, rest_role or intro_role or role_prefix

    def _courtesy_person(self, name_tokens: list[str], role: str | None) -> Person | None:
        """"M. Dupont", "Mᵐᵉ Roux", "Sen. Roe": the full name the release introduces for the surname, if any."""
        surname = courtesy_surname(name_tokens)
        known = self._resolve(surname, role) if surname else None
        return known if known is not None and len(known[0].split()) >= 2 else None

    def _title_surname_person(self, tokens: list[str]) -> Person | None:
        """"…,” Bishop added": a surname that is also a title word, alone (or after an honorific), is
        the person the release names with it ("Choir director John Bishop"), never a title alone."""
        words = [t for t in tokens if _bare(t) not in _HONORIFICS]
        if len(words) != 1 or not _title_surname(words[0]):
            return None
        found = self._resolve(words[0].rstrip("."), None)
        return found if found and len(found[0].split()) >= 2 else None

    def _parse_cjk(self, who: str, strict: bool) -> Person | None:
        segments = [s for s in _SEGMENTS.split(chinese.without_setting(_without_honorific(who))) if s]
        first = segments[0]
        rest = _clean_role(", ".join(segments[1:]).replace(", ", "，")) if len(segments) > 1 else None
        if _has_han(first):
            if _cjk_name_ok(first):
                return first, rest
        else:
            tokens = _tokens(first)
            start = _name_start(tokens)
            if start == 0 and sum(1 for t in tokens if _is_name_token(t)) >= 2:
                return first, rest
            if start is not None and len(segments) == 1 and _titleish(tokens[:start]):
                return self._segment_person(first, [], None, strict)
        for k in range(len(segments) - 1, -1, -1):
            person = self._role_then_name(segments[k])
            if person:
                return person
            if strict:
                break
        return None

    def _role_then_name(self, seg: str) -> Person | None:
        """"Apache软件基金会董事会主席Sander Striker", "总监 王蕴博", "百度副总裁侯震宇"."""
        spaced = _HAN_LATIN_EDGE.sub(" ", seg)
        tokens = _tokens(spaced)
        start = _name_start(tokens)
        if start is not None and start > 0:
            name_tokens = tokens[start:]
            name = " ".join(name_tokens)
            role = seg[:len(seg) - len(name)] if seg.endswith(name) else " ".join(tokens[:start])
            if sum(1 for t in name_tokens if _is_name_token(t)) >= 2:
                return name, _clean_role(chinese.unframed_role(role)) or self.people.get(name)
            found = self._resolve(name_tokens[-1], None)
            return (found[0], _clean_role(role) or found[1]) if found else None
        return chinese.han_run_person(seg, self.people)

    def _pronoun_person(self, pronoun: str) -> Person | None:
        """Whom "he said" stands for: the last speaker, a few blocks back at most (see ``Attributor``)."""
        return self.last if self.last and self.pos - self.last_pos <= 3 else None


_NAME_BEFORE_HONORIFIC = re.compile(f"(?:[A-Za-z.]|[{HAN}]{{2}})$")


def _without_honorific(who: str) -> str:
    """"王明先生" -> "王明", "核心组成员Jane Roe女士" -> "核心组成员Jane Roe": the courtesy word after a
    name is no part of it; after a surname alone ("李先生") it is all that names the person, and stays."""
    who = who.rstrip()
    found = HONORIFIC_END.search(who)
    if found is None or not _NAME_BEFORE_HONORIFIC.search(who[:found.start()]):
        return who
    return who[:found.start()]


def _prefix_ok(prefix: list[str], strict: bool) -> bool:
    """May the words before a name stand there: a role ("harbour director Dr."), a describing phrase
    (not in a strict reading); not a role's "of" ("head of Transit North": the capitals name an
    organisation)?"""
    role_words = without_trailing_honorifics(prefix)
    if prefix and _bare(prefix[-1]) in _OF_WORDS:
        return False
    return _titleish(role_words) or _common_role(role_words) or not strict and descriptor(role_words)


def _pronoun(who: str) -> str | None:
    """The pronoun ``who`` is, also with a lower-case phrase of place or occasion after it ("sa han vid
    presskonferensen", "dijo él durante el acto", the verb first): a capital after it may name someone."""
    low = who.lower()
    if low in _PRONOUNS:
        return low
    first, _, rest = who.partition(" ")
    if first.lower() in _PRONOUNS and rest and all(t[:1].islower() and t.isalpha() for t in rest.split()):
        return first.lower()
    return None


def _roles_around(prefix: list[str], rest: list[str], before: str | None) -> tuple[str | None, str | None]:
    """The role written before a name ("Chief Executive Jo Roe") and after it ("Jo Roe, CEO")."""
    role_prefix = " ".join(prefix) if prefix and _has_role_word(" ".join(prefix)) else None
    rest = [r for r in rest if r.strip() not in _POST_NOMINALS]  # "Ann Roe, CFA": letters, no role
    rest_role = _clean_role(", ".join(rest)) if rest else None
    if not role_prefix and not rest_role and before and _has_role_word(before):
        role_prefix = ARTICLE.sub("", before.strip())
    return role_prefix, rest_role
