"""Chinese speakers: the role a release gives a person where it introduces them, and the setting
written between a name and its said-verb ("王明在发布会上表示").

A release introduces its people once with a title right before the name ("青山科技总经理王明今日
宣布") and later writes the bare name before a said-verb; the role is the one written there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lexicon
from ..text import HAN, alternation
from .names import _CN_TITLE_SUFFIXES, _CN_TITLES, _cjk_name_ok, _clean_role

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from collections.abc import Mapping

_TITLE_END = re.compile("(?:" + alternation(_CN_TITLES) + ")$")
_RUN_BEFORE = re.compile(f"[{HAN}A-Za-z0-9]{{1,30}}[ \u3000]?$")
# Words a role does not go on across: particles, conjunctions, "by", "for", "to"
_CUT = re.compile("[的们們是在和了与與及或等之其该該此这這由为為被将將向对對请請邀]")
# The setting between a name and a said-verb: 在发布会上, 于仪式中, 接受记者采访时
_SETTING = re.compile(
    "(?:" + alternation(lexicon.words("SETTING_OPENERS")) + f")[{HAN}A-Za-z0-9 ]{{1,40}}?"
    "(?:" + alternation(lexicon.words("SETTING_CLOSERS")) + ")$")
# The topic between a name and its said-verb, up to the verb: 王明就此表示, 对新平台评论说
_TOPIC = re.compile("(?:" + alternation(lexicon.words("TOPIC_OPENERS")) + f")[{HAN}A-Za-z0-9 ]{{1,30}}$")
_TITLE_IN = re.compile(alternation(_CN_TITLES))


_ACCORDING = re.compile("(?:" + alternation(w for w in lexicon.words("ACCORDING_TO") if re.search(f"[{HAN}]", w)) + ")")


def without_setting(who: str) -> str:
    """"李晓燕在发布会上" -> "李晓燕", "钱海峰就此" -> "钱海峰", "据钱海峰" -> "钱海峰"; a phrase that is all setting stays as it is
    (a courtesy word after the name is ``people``'s to drop)."""
    found = _SETTING.search(who)
    who = who[:found.start()] if found and found.start() > 0 else who
    topic = _TOPIC.search(who)
    if topic and topic.start() > 0 and not _TITLE_IN.search(topic.group()):  # 对外事务部主任王明: a role
        who = who[:topic.start()]
    according = _ACCORDING.match(who)
    return who[according.end():] if according and according.end() < len(who) else who


_FRAME_OPEN = re.compile("^(?:" + alternation(w for w in lexicon.words("ROLE_OPENERS") if re.search(f"[{HAN}]", w)) + ")")
_FRAME_LINK = re.compile("(?:" + alternation(w for w in lexicon.words("ROLE_LINKS") if re.search(f"[{HAN}]", w)) + ")$")


def unframed_role(role: str) -> str:
    """"作为全球开发组核心成员之一的" -> "全球开发组核心成员之一": the role without the frame it is written in
    before a name."""
    inner = _FRAME_LINK.sub("", _FRAME_OPEN.sub("", role.strip())).strip()
    return inner or role


def introduced_role(texts: Iterable[str], name: str) -> str | None:
    """The role written right before ``name`` where the texts first give one ("绿洲农业集团副总裁李晓燕")."""
    pattern = re.compile(re.escape(name))
    for text in texts:
        for match in pattern.finditer(text):
            run = _RUN_BEFORE.search(text, max(0, match.start() - 32), match.start())
            if run is None:
                continue
            role = _CUT.split(run.group().strip())[-1]
            if len(role) > 1 and _TITLE_END.search(role):
                return role
    return None


_HAN_TAIL = re.compile(f"[{HAN}]+$")


def han_run_person(seg: str, known: Mapping[str, str | None]) -> tuple[str, str | None] | None:
    """The Chinese name that ends ``seg`` and its role: a name alone after a non-letter ("王明"),
    one after its title ("总经理王明"), or one with its title after it ("王海涛教授"); ``known`` gives
    a bare name the role the release introduced it with. None where the run ends in no name."""
    run_match = _HAN_TAIL.search(seg)
    if not run_match:
        return None
    run, before = run_match.group(), seg[:run_match.start()]
    if len(run) <= 4 and (not before or not before[-1].isalnum()) and _cjk_name_ok(run):
        return run, _clean_role(unframed_role(before)) or known.get(run)
    for size in (3, 2, 4):
        name, head = run[-size:], run[:-size]
        if head and unframed_role(head).endswith(_CN_TITLE_SUFFIXES) and _cjk_name_ok(name):
            return name, _clean_role(unframed_role(before + head))
    titled = name_before_title(run)  # "王海涛教授": the title after the name
    return None if titled is None else (titled[0], _clean_role(unframed_role(before + titled[1])) or titled[2])


def name_before_title(run: str) -> tuple[str, str, str] | None:
    """A name with its title written after it, as Chinese writes a professor's or a director's
    ("王海涛教授", "负责人王海涛教授"): (the name, what stands before it, the title); None when the run
    ends in no title or no name stands right before the title."""
    title = _TITLE_END.search(run)
    if title is None:
        return None
    rest = run[:title.start()]
    for size in (3, 2, 4):
        if len(rest) >= size and _cjk_name_ok(rest[-size:]):
            return rest[-size:], rest[:-size], title.group()
    return None


_TITLED_NAME = re.compile("(?:" + alternation(_CN_TITLES) + f")(?P<name>[{HAN}]{{2,3}})")


def one_titled_name(text: str) -> str | None:
    """The one person ``text`` names after a title ("临江市市长张建国在开幕式上致辞。"): the antecedent of
    a 他 or 她 that attributes the quotation after it; None where it names none or two."""
    names: set[str] = set()
    for match in _TITLED_NAME.finditer(text):
        run = match.group("name")
        name = run if _cjk_name_ok(run) else run[:2] if _cjk_name_ok(run[:2]) else None
        if name:
            names.add(name)
    return names.pop() if len(names) == 1 else None
