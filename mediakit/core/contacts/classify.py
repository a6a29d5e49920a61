"""What one chunk of a contact line is: a name, an organisation, a role, or nothing of use."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import lexicon
from ..text import HAN, KANA
from .context import _Context
from .spans import _space_email
from .words import (
    _ABOUT,
    _ADDRESS,
    _ADDRESS_THEN_ORG,
    _AFFILIATED,
    _CJK,
    _CJK_MUNICIPALITY,
    _CJK_NAME,
    _CJK_ORG,
    _DESK,
    _DESK_OF_ORG,
    _DESK_OF_OWNER,
    _DOMAIN_ONLY,
    _FIELD_NAMES,
    _FOR_CLIENT,
    _GENERIC_FIRST,
    _HARD_ROLE,
    _HIDDEN_EMAIL,
    _HONORIFIC,
    _HOUSE_NUMBER,
    _JOINERS,
    _LABEL_PREFIX,
    _LEGAL_FORMS,
    _LEGAL_SUFFIX,
    _NAME_TOKEN,
    _NOT_NAME_WORDS,
    _OF_WORDS,
    _ORG_ANYWHERE,
    _ORG_HEAD,
    _ORG_TAIL,
    _PARTICLES,
    _RELEASE_LABEL_END,
    _SENTENCE_END,
    _SOFT_ROLE,
    _TRAILER,
    LEXICON_ROLE,
    NAME_HAN,
    department_by_trade,
    named_pr_agency,
    org_before_department,
)


@dataclass
class _Item:
    """One line (or part of one) of a contact block, classified."""

    kind: str  # name, org, role, desk, phone, email, heading, stop, other
    value: str | None = None
    strong: bool = False
    block: int = -1
    raw: str | None = None  # a phone read without the release's region: the number as written; a desk's org


def _is_prose(text: str) -> bool:
    words = text.split()
    if _CJK.search(text):
        return len(text) > 60 and ("。" in text or "，" in text)
    if len(text) > 150 or len(words) > 20:
        return True
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 8 and bool(_SENTENCE_END.search(text)) and lower >= len(words) / 2


# A Japanese name longer than the Chinese ones ``_CJK_NAME`` reads: five or six characters (a family
# name of two or three, a given name of three, "鈴木弥也子", "長谷川由紀子"), or a given name in kana
# after the family name ("岩野さおり"). Read as a name only before its bracketed affiliation.
_CJK_LONG_NAME = re.compile(f"[{HAN}]{{5,6}}|[{HAN}]{{2,3}}[{KANA}]{{2,4}}")


def named_before_aside(chunk: str) -> bool:
    """A chunk of five or six CJK characters right before a bracketed affiliation ("鈴木弥也子（…）"):
    a person's name, as the shorter ones are (``_is_name``), when it holds no word of an organisation."""
    chunk = chunk.strip()
    return bool(_CJK_LONG_NAME.fullmatch(chunk)) and not _CJK_ORG.search(chunk) and not _HARD_ROLE.search(chunk) \
        and not _CJK_MUNICIPALITY.fullmatch(chunk)


def _is_name(chunk: str) -> bool:
    chunk = _HONORIFIC.sub("", chunk).strip()
    if not chunk or len(chunk) > 60 or any(c.isdigit() for c in chunk):
        return False
    if _CJK.search(chunk):
        both = _in_two_scripts(chunk)
        if both is not None:
            return _is_name(both[0]) and _is_name(both[1])  # "Ivy Lin 林書瑜": one person, as Taiwan writes it
        return bool(_CJK_NAME.fullmatch(chunk)) and not _CJK_ORG.search(chunk) and not _HARD_ROLE.search(chunk) \
            and not _CJK_MUNICIPALITY.fullmatch(chunk) and not LEXICON_ROLE.fullmatch(chunk)  # "教授" alone: a title
    tokens = chunk.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if tokens[0].lower() in _PARTICLES or tokens[-1].lower() in _PARTICLES or not _name_tokens(tokens):
        return False
    upper = [t for t in tokens if t.isupper() and len(t.rstrip(".")) > 1]  # an initial ("P.") is no word
    return not upper or len(upper) == len(tokens)


def _in_two_scripts(chunk: str) -> tuple[str, str] | None:
    """A name in letters and the same person's in Chinese characters beside it ("Ivy Lin 林書瑜",
    "林書瑜 Ivy Lin"): the two, else None."""
    tokens = chunk.split()
    if len(tokens) < 3:
        return None
    for cjk, latin in ((tokens[-1], tokens[:-1]), (tokens[0], tokens[1:])):
        if _CJK_NAME.fullmatch(cjk) and not _CJK.search(" ".join(latin)):
            return " ".join(latin), cjk
    return None


def _name_tokens(tokens: list[str]) -> bool:
    """Each word a name's: a particle, a middle initial written without its period ("Jon Q Public"),
    or a word spelt as names are and no word of a desk or an address."""
    for k, token in enumerate(tokens):
        if token.lower() in _PARTICLES or (0 < k < len(tokens) - 1 and len(token) == 1 and token.isupper()):
            continue
        if token.lower().strip(".") in _NOT_NAME_WORDS or not _NAME_TOKEN.fullmatch(token):
            return False
    return True


_SPACED_INITIALS = re.compile(r"\b([^\W\d_])\.\s(?=[^\W\d_]\.)")  # "e. V." as "e.V.", "S. A." as "S.A."


def _org_like(chunk: str) -> bool:
    tokens = [t.strip(".,").lower() for t in _SPACED_INITIALS.sub(r"\1.", chunk).split()]
    if not tokens or len(tokens) > 10:
        return False
    if _CJK.search(chunk):
        return bool(_CJK_ORG.search(chunk) or _CJK_MUNICIPALITY.fullmatch(chunk))
    if department_by_trade(tokens):
        return False
    if any(t in _ORG_ANYWHERE for t in tokens):
        return True
    if len(tokens) >= 2 and tokens[0] in _ORG_HEAD and chunk.split()[1][:1].isupper():
        return True  # the kind, then its proper name: "Stadt Weißenau", "Gemeente Utrecht"
    if len(tokens) >= 3 and tokens[0] in _ORG_TAIL and tokens[1] in ("of", "for", "de", "del", "für") and chunk[:1].isupper() \
            and tokens[-1] not in ("and", "of", "for", "the", "&"):
        return True  # "University of Lakeside", "Department for Transport"
    return (tokens[-1] in _ORG_TAIL and (len(tokens) == 1 or tokens[0] not in _GENERIC_FIRST)
            and len(tokens) > 1)


def _role_like(chunk: str) -> bool:
    if _HARD_ROLE.search(chunk):
        return True
    return bool(_SOFT_ROLE.search(chunk) or LEXICON_ROLE.search(chunk)) and len(chunk.split()) <= 8

def _org_or_agency(chunk: str) -> str | None:
    """The organisation a line names: itself, or the agency of "Agency for Client"."""
    if _org_like(chunk):
        parts = _FOR_CLIENT.split(chunk, maxsplit=1)
        return parts[0] if len(parts) == 2 and _org_like(parts[0]) else chunk
    parts = _FOR_CLIENT.split(chunk, maxsplit=1)
    if len(parts) == 2 and _org_like(parts[0]):
        return parts[0]
    return None


def _name_length(tokens: list[str], edge: int) -> int:
    """Words in a name at the start (``edge`` 0) or the end (-1) of ``tokens``: two, more across
    an initial or a particle ("John F. Kennedy", "Jan van Berg")."""
    n = 2
    while n < min(4, len(tokens)):
        inner = tokens[n - 1] if edge == 0 else tokens[-n]
        if not (re.fullmatch(r"[A-Z]\.", inner) or inner.lower() in _PARTICLES):
            break
        n += 1
    return n


def _person_like(tokens: list[str]) -> bool:
    """A name with no organisation word in it ("Acme Labs" is no person), nor one ending a compound
    ("Förderverein", "Kulturstiftung"), nor a legal form last ("Alti S.p.A.")."""
    words = [t.lower().strip(",.") for t in tokens]
    return (_is_name(" ".join(tokens)) and not any(w in _ORG_TAIL for w in words)
            and not any(w.endswith(kind) for w in words for kind in _ORG_HEAD if len(kind) >= 5)
            and not (tokens and tokens[-1].rstrip(",").endswith(".") and words[-1].count(".") >= 2))


_ROLE_COLON_NAME = re.compile(r"(\S{2,12}?)\s?[：:]\s?(\S{2,8})")


def _role_then_name(piece: str) -> list[str]:
    """"広報担当：山田花子", "新闻负责人：陈明": a role labelling the name after it, two chunks."""
    labelled = _ROLE_COLON_NAME.fullmatch(piece)
    if labelled and _role_like(labelled.group(1)) and _is_name(labelled.group(2)):
        return [labelled.group(1), labelled.group(2)]
    return [piece]


# "Greater Portland: Jo Roe", "National: …": a short label of the region or desk a name is for.
_LABEL_COLON_NAME = re.compile(r"(?P<label>[A-Z][\w.&'’\-]*(?:\s[\w.&'’\-]+){0,2})\s?:\s+(?P<name>\S.{2,60})")


def _labelled_name(chunk: str) -> list[str] | None:
    """A name under a short label before a colon ("Greater Portland: Jo Roe", the label however like a
    name it reads): the label kept where it says a role or an organisation ("CFO: Jo Roe"); else None."""
    found = _LABEL_COLON_NAME.fullmatch(chunk.strip())
    if found is None or not _is_name(found.group("name")):
        return None
    label = found.group("label")
    return [label, found.group("name")] if _role_like(label) or _org_like(label) else [found.group("name")]


def _split_run(chunk: str, depth: int = 0) -> list[str]:
    """Lines a flattening ran together with only a space: "Sam Patel Acme Robotics, Inc.",
    "Acme AG Jonas Petersen Head of Communications", "公關經理 鄭雅婷"."""
    if _CJK.search(chunk):
        if _is_name(chunk) or _is_name(_LABEL_PREFIX.sub("", chunk).strip()):
            return [chunk]  # "山田 花子", "担当：山田 花子": one name written with a space
        pieces = [p for p in _CJK_GAP.split(chunk) if p] or [chunk]
        return _spaced_names([q for p in pieces for q in _role_then_name(p)])
    labelled = _labelled_name(chunk)
    if labelled is not None:
        return labelled
    tokens = chunk.split()
    if depth > 3 or not 3 <= len(tokens) <= 14 or _space_email(chunk) or named_pr_agency(chunk) or (
            _is_name(chunk) and not _HARD_ROLE.search(chunk) and not _org_like(chunk)):
        return [chunk]
    for cut in (_after_legal_suffix, _after_leading_name, _before_trailing_name):
        at = cut(tokens)
        if at is not None:
            head, rest = " ".join(tokens[:at]), " ".join(tokens[at:])
            if cut is _before_trailing_name:
                return _split_run(head, depth + 1) + [rest]
            return [head] + _split_run(rest, depth + 1)
    return [chunk]


# The space between two CJK words of a line run together ("株式会社Acme 広報部 担当：山田 花子").
_CJK_GAP = re.compile(f"(?<=[{HAN}{KANA}）)])\\s+(?=[{HAN}{KANA}（(])")
_CJK_SURNAME = re.compile(f"[{HAN}][{NAME_HAN}]{{0,2}}")
_CJK_LEGAL_FORMS = frozenset(w for w in lexicon.words("LEGAL_FORMS") if _CJK.search(w))


def _spaced_names(pieces: list[str]) -> list[str]:
    """A family name and a given name the split set apart ("三宅" + "里奈", "北条" + "さやか") are one
    name again, where the first is no word of an organisation or a role; a legal form written apart
    before a name ("公益財団法人 Acme財団") goes with it."""
    out: list[str] = []
    for piece in pieces:
        last = out[-1] if out else ""
        if last in _CJK_LEGAL_FORMS or _CJK_SURNAME.fullmatch(last) and _is_name(f"{last} {piece}") and not (
                _org_like(last) or _role_like(last) or _org_like(piece) or _role_like(piece)):
            out[-1] = f"{last} {piece}"
        else:
            out.append(piece)
    return out


def _after_legal_suffix(tokens: list[str]) -> int | None:
    """After a legal suffix that is not the last word: "… Wärmetechnik AG | Jonas Petersen …"."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower().rstrip(",") in _LEGAL_SUFFIX and not tokens[k].endswith(","):
            rest = " ".join(tokens[k + 1:])
            if rest[:1].isupper() and not _FOR_CLIENT.match(" " + rest):
                return k + 1
    return None


def _role_or_org_beside(name: list[str], other: str) -> bool:
    return bool(_HARD_ROLE.search(other) and not _HARD_ROLE.search(" ".join(name)) or _org_or_agency(other))


def _after_leading_name(tokens: list[str]) -> int | None:
    """A name, then an organisation or a role: "Sam Patel | Acme Robotics, Inc."."""
    n = _name_length(tokens, 0)
    if len(tokens) <= n or not _person_like(tokens[:n]) or tokens[n].lower().strip(",.") in _ORG_TAIL \
            or tokens[n][:1].islower():  # "Cantine Riunite del Monferrato": a line run on starts with a capital
        return None
    if all(t.lower().strip(",.") in _LEGAL_FORMS for t in tokens[n:]):  # "Hoshino Robotics Co., Ltd."
        return None
    return n if _role_or_org_beside(tokens[:n], " ".join(tokens[n:])) else None


def _before_trailing_name(tokens: list[str]) -> int | None:
    """A role or an organisation, then a name: "Head of Communications | Jane Doe"."""
    n = _name_length(tokens, -1)
    if len(tokens) <= n or tokens[-n - 1].lower() in _OF_WORDS or not _person_like(tokens[-n:]):
        return None
    return len(tokens) - n if _role_or_org_beside(tokens[-n:], " ".join(tokens[:-n])) else None


_NAME_PAIR = re.compile(r"([^/]{3,40})/([^/]{3,40})")
_TRAILING_POSTCODE = re.compile(r"(\D{3,80}?)\s+\d{4,6}")
# The words joining the areas a regional contact card is labelled with ("Asia and India", "France et
# pays francophones", "Europa und Naher Osten").
_AREA_JOIN = re.compile(r"(?i)\s+(?:and|&|et|und|e|y|i|en|och|og)\s+")


def _area_label(chunk: str, is_area: Callable[[str], bool]) -> bool:
    """A regional card's label: an area joined to more areas, or to a few words naming no kind of
    organisation ("France et pays francophones"), not a firm named with "and" ("Asia and Pacific Holdings")."""
    head, *rest = _AREA_JOIN.split(chunk.strip(" :："), maxsplit=1)
    if not rest or not is_area(head):
        return False
    words = rest[0].lower().split()
    return is_area(rest[0]) or (len(words) <= 3 and not any(w.strip(".,") in _ORG_TAIL for w in words))


def _classify(chunk: str, strong: bool, ctx: _Context, block: int) -> _Item:
    """What one chunk of a contact line is (see ``_Item.kind``)."""
    from ..structure.places import is_area  # here: structure's headline rule imports contacts

    chunk = _LABEL_PREFIX.sub("", chunk).strip(" :：-–—/")
    chunk = _JOINERS.sub("", chunk).strip(" :：-–—/")
    chunk = _AFFILIATED.sub("", chunk)
    chunk = _RELEASE_LABEL_END.sub("", chunk)
    if is_area(chunk) or _area_label(chunk, is_area):
        return _Item("other", "area", block=block)  # a table's row label: "North America:", "Europe"
    after_address = _ADDRESS_THEN_ORG.match(chunk) if len(chunk) <= 120 else None
    if after_address:
        return _Item("org", after_address.group("org"), strong, block)
    postal = _TRAILING_POSTCODE.fullmatch(chunk)
    if postal and _org_like(postal.group(1)):
        return _Item("org", postal.group(1), strong, block)  # "Lumen Markazi 100099, …": the address follows
    if _HOUSE_NUMBER.match(chunk):
        return _Item("other", block=block)  # "A-4 Sonal Housing Society": an address, though a society's
    desk_of = _DESK_OF_ORG.fullmatch(chunk)
    if desk_of:  # "Press office of Acme Ferries": the desk, and the organisation it is of
        return _Item("desk", desk_of.group("desk"), block=block, raw=desk_of.group("org"))
    if (owner := _DESK_OF_OWNER.fullmatch(chunk)) is not None:  # "Acme’s Press Office": its people are Acme's
        return _Item("org", owner.group("org"), strong, block)
    item = _plain_kind(chunk, block)
    if item is not None:
        return item
    pair = _NAME_PAIR.fullmatch(chunk)
    if pair and _is_name(pair.group(1).strip()) and _is_name(pair.group(2).strip()):
        return _Item("name", pair.group(1).strip(), strong, block)  # "Jo Roe/Ann Lee": two share the card, the first named
    kind = _word_kind(chunk)
    if kind == "agency":
        return _Item("org", _org_or_agency(chunk), strong, block)
    if kind == "name":
        return _Item("name", _HONORIFIC.sub("", chunk).strip(), strong, block)
    if kind is not None:  # an organisation without the department run on after it
        return _Item(kind, (org_before_department(chunk) if kind == "org" else None) or chunk, strong, block)
    return _guess_org(chunk, strong, ctx, block)


def _plain_kind(chunk: str, block: int) -> _Item | None:
    """Chunks told by their shape alone: nothing of use, the end of the block, a spaced e-mail."""
    if not chunk or not any(c.isalpha() for c in chunk) or _HIDDEN_EMAIL.fullmatch(chunk) \
            or chunk.lower().rstrip(".:：") in _FIELD_NAMES:
        return _Item("other", block=block)
    if _ABOUT.match(chunk) or _TRAILER.match(chunk):
        return _Item("stop", block=block)
    if len(chunk) > 160:
        return _Item("other", block=block)
    space_email = _space_email(chunk)
    if space_email:
        return _Item("email", space_email, block=block)
    if _DOMAIN_ONLY.fullmatch(chunk):
        return _Item("other", block=block)
    return None


def _word_kind(chunk: str) -> str | None:
    """Chunks told by their words: a name, an agency, a role or an organisation."""
    if _CJK.search(chunk) and _is_name(chunk):
        return "name"  # 黃小姐 (小姐 is no role)
    if _DESK.fullmatch(chunk):
        return "desk"  # "Press Office", "Pressestelle": no person's role, a desk
    if _FOR_CLIENT.search(chunk) and _org_or_agency(chunk):
        return "agency"
    if named_pr_agency(chunk):
        return "org"
    if _HARD_ROLE.search(chunk):
        return "role"
    if _org_like(chunk):
        return "org"
    if _role_like(chunk):
        return "role"
    if _is_name(chunk):
        return "name"
    return None


def _guess_org(chunk: str, strong: bool, ctx: _Context, block: int) -> _Item:
    """A short line of no known kind: an organisation when bold, named often or an acronym."""
    if any(c.isdigit() for c in chunk) or _ADDRESS.search(chunk):
        return _Item("other", block=block)
    words = chunk.split()
    if len(words) <= 6 and (strong or ctx.mentions(chunk) >= 3
                            or re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", chunk)):
        return _Item("org", chunk, strong, block)
    if len(words) <= 6 and not _SENTENCE_END.search(chunk):
        return _Item("maybe_org", chunk, strong, block)
    return _Item("other", block=block)
