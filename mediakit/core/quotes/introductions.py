"""Where a release introduces a person: the role written before a name ("Managing director Fiona
Roe", "the county's arts officer Ann Roe") or after it ("Ann Roe, head potter,"), the full name a
surname found in the text completes ("Ortega" of "Javier Ortega Ruiz"), with how well it fits, and
the person a sentence opens with ("Ann Roe, chair of the board, welcomed the plan").
"""

from __future__ import annotations

import re

from .. import lexicon
from .fullname import _given_names, second_surname
from .names import (
    _CONNECTIVES,
    _HONORIFICS,
    _ORG_WORDS,
    _RELATIVE,
    _SEGMENTS,
    _STOP_WORDS,
    ARTICLE,
    _after_last_boundary,
    _bare,
    _before_first_boundary,
    _clean_role,
    _has_role_word,
    _is_role_word,
    _titleish,
)
from .who import lower_role_before

_ARTICLES = lexicon.words("DEFINITE_ARTICLES")
# The article a role opens a sentence with in the languages that write it ("El concejal de X, Ana Roe,")
_OPENING_ARTICLE = re.compile(r"^(?:El|La|Los|Las|Le|Les|Il|Lo|Der|Die|Das|Het|O|A)\s+(?=[^\W\d_]+)")


def _role_before(tokens: list[str], i: int) -> list[str]:
    """"Managing director Fiona McKenzie": the title words before a name, up to punctuation."""
    role_tokens: list[str] = []
    while i >= 0 and not tokens[i].endswith((",", ";", ":", ".", "–", "—", ")", "]")) and (
            tokens[i][:1].isupper() or _bare(tokens[i]) in _CONNECTIVES
            or _is_role_word(_bare(tokens[i]))):
        role_tokens.insert(0, tokens[i])
        i -= 1
    while role_tokens and _bare(role_tokens[0]) in _CONNECTIVES:
        role_tokens.pop(0)
    if not _has_role_word(" ".join(role_tokens)):
        return lower_role_before(tokens, i) or role_tokens
    return _with_common_words(tokens, i, role_tokens)


def _with_common_words(tokens: list[str], i: int, role_tokens: list[str]) -> list[str]:
    """"the orchestra leader Ann Roe", "the county's arts officer Ann Roe": up to three lower-case
    common words before a role word belong to it where an article or a possessive opens them."""
    if not role_tokens or not _is_role_word(_bare(role_tokens[0])):
        return role_tokens
    k = i
    while k >= 0 and i - k < 3 and tokens[k].isalpha() and tokens[k].islower() and tokens[k] not in _STOP_WORDS:
        k -= 1
    if k == i or k < 0:
        return role_tokens
    if tokens[k].endswith(("’s", "'s")):
        return tokens[k:i + 1] + role_tokens
    return tokens[k + 1:i + 1] + role_tokens if ARTICLE.match(tokens[k] + " ") else role_tokens


def _introduction_at(text: str, match: re.Match[str], key: str, want: str | None) -> tuple[int, str, str | None] | None:
    """The full name (and role) a surname found at ``match`` completes, with how well it fits."""
    before = text[max(0, match.start() - 160):match.start()]
    if not before.endswith(" "):
        return None
    tokens = before.split()
    given, i = _given_names(tokens)
    if not given:
        return None
    while i >= 0 and _bare(tokens[i]) in _HONORIFICS:
        i -= 1  # "field biologist Dr. Ann Roe"
    role_tokens = _role_before(tokens, i)
    if not role_tokens and i >= 0 and tokens[i].endswith(",") and text[match.end():match.end() + 1] == ",":
        role_tokens = _role_before(tokens[:i] + [tokens[i][:-1]], i)  # "the Secretary for Parks, Ann Roe, said"
    role = " ".join(role_tokens) if _has_role_word(" ".join(role_tokens)) else None
    second = second_surname(text, match.end())  # "Javier Ortega Ruiz" for "Ortega"
    if role is None:
        after = re.match(r",\s+([^,;:“”\"]{3,120})", text[match.end() + len(second):match.end() + 160])
        phrase = _before_first_boundary(after.group(1)) if after else ""
        if len(phrase) >= 3 and _has_role_word(phrase):
            role = phrase
    score = (2 if want and role_tokens and _bare(role_tokens[-1]) == want else 0) + bool(role)
    return score, " ".join(given + [key]) + second, _clean_role(_OPENING_ARTICLE.sub("", role) if role else role)


def subject(sentence: str) -> str:
    """The name (and the roles set beside it) a sentence opens with: "Ann Roe, chair of the board,
    welcomed the plan" -> "Ann Roe, chair of the board"; a relative clause after it is skipped."""
    segments = _SEGMENTS.split(sentence.strip())
    tokens = segments[0].split()
    end = next((k for k, t in enumerate(tokens) if not _titleish([t])), len(tokens))
    kept = [" ".join(tokens[:end])] if end else []
    if end < len(tokens):
        return ", ".join(kept)  # the verb follows the name in its own segment
    for seg in segments[1:]:
        if _RELATIVE.match(seg):
            continue  # "Roe, who chairs the board, ..."
        if not (_has_role_word(seg) and _titleish(seg.split())):
            break
        kept.append(seg)
    return ", ".join(kept)


def role_where_named(text: str, name: str) -> str | None:
    """The role ``text`` sets before or after ``name`` ("head potter Ann Roe", "Ann Roe, head potter,")."""
    surname = name.split()[-1]
    at = text.find(name)
    match = re.compile(re.escape(surname)).search(text, at + len(name) - len(surname)) if at >= 0 else None
    found = _introduction_at(text, match, surname, None) if match else None
    return found[2] if found else None


def opens_last_sentence(text: str, name: str) -> bool:
    """Is ``name`` the subject the last sentence of ``text`` opens with, a comma or a lower-case
    word after it?"""
    sentence = _after_last_boundary(text.rstrip().rstrip(".!?…")).lstrip()
    if any(_bare(w) in _ARTICLES or _bare(w) in _ORG_WORDS for w in name.split()):
        return False  # "La Métropole de Nantes a présenté …": no person
    rest = sentence[len(name):]
    return sentence.startswith(name) and (rest.startswith(",") or rest[:1] == " " and rest[1:2].islower())


_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w’'\-]+"


def given_name_introduction(texts: list[str], given: str) -> tuple[str, str | None] | None:
    """"« … » a dit Steve.": the one full name the texts write with ``given`` first and a role
    beside it ("… par Steve Roe, le président du comité"), where a release calls its speaker by
    the first name after introducing them; None where it introduces no one or two so."""
    pattern = re.compile(r"(?<![\w’'])" + re.escape(given) + r"[ \t]+(" + _CAPITALISED + r")(?![\w’'])")
    found: dict[str, str] = {}
    for text in texts:
        for match in pattern.finditer(text):
            full = f"{given} {match.group(1)}"
            after = re.match(r",\s+([^,;:.“”\"«»]{3,120})", text[match.end():])
            role = found.get(full) or (after.group(1).strip() if after and _has_role_word(after.group(1))
                                       else role_where_named(text, full))
            if role:
                found[full] = role
    return next(iter(found.items())) if len(found) == 1 else None
