"""Japanese speakers: who a "村井氏" or "北川社長" is, and whether a phrase before は names a person.

A release introduces its people once in full, mostly with a title before the name
("代表取締役社長：村井 早苗", "営業部長の森本さおり") or after it ("北川健太社長"), and then writes
the surname with a title or an honorific. The full name is the one introduction that completes
the surname; between two different ones nothing is guessed. Hand-written: no maintained library
segments Japanese personal names without a dictionary of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lexicon
from ..text import CJK, HAN, HIRAGANA, alternation

_ITERATION = "々ヶ"  # 佐々木, 八ヶ岳: written inside names
_KANJI_KATA = f"{HAN}{_ITERATION}\u30a1-\u30fa\u30fc"
_TITLE = "(?:" + alternation(lexicon.words("NAME_TITLES")) + ")"
_HONORIFIC = "(?:" + alternation(lexicon.words("NAME_HONORIFICS")) + ")"
_FIRST_PERSON = lexicon.words("FIRST_PERSON")
# The title written right before a name, with what may stand between them ("社長：", "部長の", "代表 ",
# a clause: "部長である", "社長に就任した")
_CLAUSE = "(?:" + alternation(lexicon.words("NAME_TITLE_CLAUSES")) + ")"
_ROLE_BEFORE = re.compile(f"(?P<role>[{_KANJI_KATA}]*{_TITLE})(?:{_CLAUSE}|[ \u3000：:の、])?$")
_TITLE_END = re.compile(f"{_TITLE}$")
_MARK_END = re.compile(f"(?:{_TITLE}|{_HONORIFIC})$")
_KANJI_RUN = re.compile(f"[{_KANJI_KATA}]{{1,12}}")
_KANA_RUN = re.compile(f"[{HIRAGANA}]{{2,8}}")
_PARTICLE_END = re.compile("[はがのもを]$")
_PARTICLE_START = re.compile("[はがのもをにとで]")
_NAME_CHAR = re.compile(f"[{CJK}{_ITERATION}]")
_WORD_CHAR = re.compile(f"[{_KANJI_KATA}]")
_SPACE = frozenset(" \u3000")
# A foreign name in katakana, its parts joined by a middle dot ("アンナ・ベッカー")
KATAKANA_NAME = "[\u30a1-\u30fa\u30fc]{2,}(?:[・･][\u30a1-\u30fa\u30fc]{2,})+"
# A name in Latin letters of two or three words, or in katakana so
_FOREIGN_NAME = re.compile("[A-Z][a-z\u00e0-\u024f.'’\\-]+(?: [A-Z][a-z\u00e0-\u024f.'’\\-]+){1,2}|" + KATAKANA_NAME)


def is_surname_only(name: str) -> bool:
    """A name short enough to be a surname alone (佐々木, 村井): resolution may complete it."""
    return 1 <= len(name) <= 3 and not (set(name) & _SPACE) and _NAME_CHAR.match(name) is not None


# A bracket after the name describing the person ("山田花子さん（大学1年/19歳）"): no part of the name
BRACKET_END = re.compile(r"[（(][^（）()\n]{1,40}[）)]$")


def speaker_ok(who: str, name: str, role: str | None) -> bool:
    """Does ``who`` (the phrase before は/が, read as ``name`` and ``role``) name a person? Marked by a
    title or an honorific after the name, or a title before it ("代表の田中一郎"); "当社", "製品" or
    a title alone ("社長") is no one. A bracket describing the person after the mark is read past."""
    bare = BRACKET_END.sub("", who.strip(" 、，,\u3000")).rstrip()
    if bare in _FIRST_PERSON or _MARK_END.fullmatch(name):
        return False
    foreign = _FOREIGN_NAME.fullmatch(name) is not None  # "Dave Page", "アンナ・ベッカー": written as a person's name
    return bool(_MARK_END.search(bare) or (role and _TITLE_END.search(role)) or foreign)


def _given(text: str, at: int) -> tuple[str, bool] | None:
    """The given name written at ``at`` right after a surname, and whether a title or an honorific
    follows it; None where no name goes on there."""
    space = text[at:at + 1] in _SPACE
    start = at + space
    run = _KANJI_RUN.match(text, start)
    if run:
        given, marked = run.group(), False
        while len(given) > 1 and _MARK_END.search(given):
            given, marked = _MARK_END.sub("", given), True
        if given and not _MARK_END.fullmatch(given) and len(given) <= 3:
            return text[at:at + space] + given, marked
        return None
    kana = _KANA_RUN.match(text, start)
    if kana is None or _PARTICLE_START.match(kana.group()):
        return None
    given = _PARTICLE_END.sub("", kana.group())
    marked = _MARK_END.search(given) is not None
    given = _MARK_END.sub("", given)
    return (text[at:at + space] + given, marked) if 2 <= len(given) <= 4 else None


def _introduction(text: str, match: re.Match[str]) -> tuple[str, str | None] | None:
    """The full name (as written) and the title before it, where ``match`` finds a surname."""
    before = text[max(0, match.start() - 24):match.start()]
    if before and _WORD_CHAR.match(before[-1]) and not _TITLE_END.search(before):
        return None  # inside a longer word
    role = _ROLE_BEFORE.search(before)
    found = _given(text, match.end())
    if found is None:
        return None
    given, marked = found
    if not (role or marked or given[0] in _SPACE):
        return None
    return match.group() + given, role.group("role") if role else None


def full_name(texts: Iterable[str], surname: str, known: Iterable[str] = ()) -> tuple[str, str | None] | None:
    """The one full name the texts introduce for ``surname`` (and its title), or None where they
    introduce none or two different ones; ``known`` full names (speakers already met) count too."""
    pattern = re.compile(re.escape(surname))
    found: dict[str, tuple[str, str | None]] = {"".join(name.split()): (name, None) for name in known}
    if len(found) > 1:
        return None
    for text in texts:
        for match in pattern.finditer(text):
            intro = _introduction(text, match)
            if intro is None:
                continue
            key = "".join(intro[0].split())
            if key not in found or (intro[1] and not found[key][1]):
                found[key] = intro
            if len(found) > 1:
                return None
    return next(iter(found.values())) if found else None




def titled_elsewhere(texts: Iterable[str], name: str) -> str | None:
    """The title a release writes before a full name where it introduces it ("代表取締役社長の山田太郎",
    "社長に就任する田村由紀"): a name the release introduces so is a person also where it stands
    bare before は; None where no title stands before it anywhere."""
    pattern = re.compile(re.escape(name))
    for text in texts:
        for match in pattern.finditer(text):
            before = _ROLE_BEFORE.search(text[max(0, match.start() - 40):match.start()])
            if before:
                return before.group("role")
    return None
