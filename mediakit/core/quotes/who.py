"""Tidying a "who" phrase before its name is read: what stands around the name but is not it, and a
phrase too long to read at once cut to its name and first parts.

"l'ingegnere Carlo Rossi" (an elided article glued to the role), "Konrad Beck bei der Einweihung"
(a phrase of place or occasion after the name), "Ann Roe (Chair, Ashgrove)" (the role in brackets),
"la presidenta" / "die Oberbürgermeisterin" (a title alone, after an article of any language).
"""

from __future__ import annotations

import re

from .. import lexicon
from .names import _HONORIFICS, _PARTICLES, _STOP_WORDS, ARTICLE, _bare, _is_name_token, _is_role_word, _tokens

# "Dana Roe of the Valley Trust", "Dana Roe at Acme", "Dana Roe from the council": a name, then whom she speaks for.
_NAME_OF = re.compile(r"^(?P<name>\S+(?:\s\S+)+?)\s(?P<rest>(?:of|at|from|with)\s.+)$")

# Written before a surname like an initial: "M. Dupont", and an office written short, "Sen. Roe".
_COURTESY = lexicon.words("COURTESY_TITLES") | lexicon.words("OFFICE_ABBREVIATIONS")

# A title alone after an article or a possessive: "the director", "la presidenta", "der Landrat"
TITLE_ONLY = re.compile(
    r"^(?:(?:the|our|its|their|el|la|los|las|le|les|il|lo|der|die|das|de|het|o|a)\s+|l['’]\s*)"
    r"(?P<title>[^\W\d_][\w’'\- ]{1,60})$", re.I)
_ELIDED = re.compile(r"^[lL]['’](?=[^\W\d_]{3})")
# "Ann Roe (Chair, Ashgrove)": the name, then its role in brackets
_PAREN = re.compile(r"^(?P<name>[^()]{3,80}?)\s*\((?P<role>[^()]{2,160})\)$")
_MAX_WHO = 250  # a "who" phrase longer than this is read up to a comma: the name and its role's first parts
# words that join two people, not a phrase after one: "Ann Roe and Bo Lee"
_JOINERS = frozenset("and und et e y en og och ed or oder ou o".split())


def without_elision(tokens: list[str]) -> list[str]:
    """"l'ingegnere Carlo Rossi", "l’adjointe Ana Roux": the role without its glued article."""
    if tokens and _ELIDED.match(tokens[0]):
        return [_ELIDED.sub("", tokens[0])] + tokens[1:]
    return tokens


def name_then_phrase(tokens: list[str]) -> list[str]:
    """A name with lower-case words after it ("so Beck weiter", "dit Roux encore") ends at the name;
    so does a full name with a phrase after it ("Konrad Beck bei der Einweihung", "Ana Ruiz en la
    inauguración"): the phrase opens with a lower-case word that joins no one to the name."""
    end = len(tokens)
    while end > 1 and tokens[end - 1][:1].islower() and tokens[end - 1].isalpha():
        end -= 1
    if end < len(tokens) and _is_name_token(tokens[end - 1]):
        return tokens[:end]
    for k in range(2, len(tokens)):
        word = tokens[k]
        if not (word[:1].islower() and word.isalpha()) or word in _PARTICLES or word in _JOINERS:
            continue
        full = _is_name_token(tokens[k - 1]) and _is_name_token(tokens[k - 2]) and tokens[k - 2][-1:] not in ",;"
        if any(_is_role_word(_bare(t)) for t in tokens[k:]):
            return tokens  # "Lindale Shire mayor Ann Roe": the capitals before the role name a place
        return tokens[:k] if full else tokens
    return tokens


def bracketed_role(who: str) -> str:
    """"Ann Roe (Chair, Ashgrove)" read as "Ann Roe, Chair, Ashgrove" where a name stands before
    the brackets."""
    found = _PAREN.match(who)
    if found is None:
        return who
    tokens = found.group("name").split()
    if len(tokens) >= 2 and all(_is_name_token(t) or _bare(t) in _HONORIFICS for t in tokens):
        return f"{found.group('name')}, {found.group('role')}"
    return who


def without_trailing_honorifics(prefix: list[str]) -> list[str]:
    """"harbour director Dr.": the honorific before a name is the name's, not part of the role."""
    end = len(prefix)
    while end and _bare(prefix[end - 1]) in _HONORIFICS:
        end -= 1
    return prefix[:end]


def lower_role_before(tokens: list[str], i: int) -> list[str]:
    """"El alcalde del municipio, Tomás Roe": a lower-case role word and the words of its complement
    right before a name (at most four words after the role word), opened by an article, the
    sentence's start or a punctuation mark."""
    for k in range(i, max(-1, i - 5), -1):
        word = tokens[k]
        if k < i and word.endswith((",", ";", ":", ".", "–", "—")):
            return []
        if _is_role_word(_bare(word)) and word[:1].islower():
            opened = k == 0 or tokens[k - 1].endswith((",", ";", ":", ".")) or ARTICLE.match(tokens[k - 1] + " ")
            return tokens[k:i + 1] if opened else []
        if not word.replace("'", "").replace("’", "").isalpha():
            return []  # "dell'associazione", "de Cultura" are words of the complement
    return []



def courtesy_surname(name_tokens: list[str]) -> str | None:
    """"M. Dupont", "Mᵐᵉ Marchand", "Sen. Roe": the surname after a courtesy title or an abbreviated
    office, which read like an initial."""
    if len(name_tokens) == 2 and name_tokens[0] in _COURTESY and _is_name_token(name_tokens[1]):
        return name_tokens[1]
    return None


def descriptor(words: list[str]) -> bool:
    """"library user", "local resident", "Year-long volunteer": up to three words describing the person
    named right after them, ending on a lower-case noun, no word of a running sentence among them."""
    if not 1 <= len(words) <= 3 or not words[-1].isalpha() or not words[-1].islower():
        return False
    return all(w.replace("-", "").isalpha() and _bare(w) not in _STOP_WORDS for w in words)


def title_before_phrase(title: str) -> str:
    """"gobernador durante el acto" -> "gobernador": a title alone with a lower-case phrase of occasion
    after it ends at its last role word; a title that ends on one stays whole ("directora general")."""
    words = title.split()
    if not words or _is_role_word(_bare(words[-1])):
        return title
    last = max((k for k, w in enumerate(words) if _is_role_word(_bare(w))), default=-1)
    if last < 0 or any(not (w.isalpha() and w.islower()) for w in words[last + 1:]):
        return title
    return " ".join(words[:last + 1])


def first_parts(who: str) -> str:
    """A "who" phrase too long to read at once ("Ann Roe, M.D., the Society's president, director of
    …, professor of …"): the name and the first parts of the role, up to a comma."""
    if len(who) <= _MAX_WHO:
        return who
    cut = who.rfind(",", 0, _MAX_WHO)
    return who[:cut] if cut > 0 else who


def name_then_of(who: str) -> str:
    """"Dana Roe of the Valley Trust" read as "Dana Roe, of the Valley Trust" when what stands
    before "of" ends in a personal name (two name words), so the name is not lost in its tail."""
    found = _NAME_OF.match(who)
    if found and all(_is_name_token(t) for t in _tokens(found.group("name"))[-2:]):
        return f"{found.group('name')}, {found.group('rest')}"
    return who
