"""A two-word surname given for a full name: "Sampaio Leite" of Henrique Sampaio Leite.

Releases in Spanish, Portuguese and Italian name people by two surnames ("Carrasco Villalobos"),
Dutch ones by a surname with its particle ("Van Assendelft", capitalised where it opens the
reference): two capitalised words that read as a full name but are the surnames of one the release
introduced earlier with the given names before them. The full form is the one the release writes
where it first names that person; a name first written as it is (a "Jane Roe") stays as it is.
"""

from __future__ import annotations

import re

from .. import lexicon
from .names import _ABBREVIATIONS, _OFFICE_ABBREVIATIONS, _PARTICLES, _has_han, _is_name_token, title_as_given
from .portfolio import portfolio_before

# Capitalised words a sentence may open with before a name ("Selon Ann Roe", "Laut Ann Roe"): no given name.
_FUNCTION_WORDS = frozenset().union(*(lexicon.words(table) for table in (
    "DANGLING_WORDS", "ACCORDING_TO", "VIEW_OPENERS", "SAID_PARTICLES", "SAID_VERBS", "DEFINITE_ARTICLES", "SPEAKER_PRONOUNS")))


def _pattern(name: str) -> re.Pattern[str]:
    first, rest = name[0], re.escape(name[1:]).replace(r"\ ", r"\s+")
    return re.compile(r"(?<![\w’'])[" + re.escape(first.upper() + first.lower()) + "]" + rest + r"(?![\w’'\-])")


def _ends_sentence(token: str) -> bool:
    """"Sciences." before "Speaking about the results": a full stop after a word, not an initial's."""
    return token.endswith(".") and len(token) > 2 and token[:-1].isalpha() and token[-2].islower() \
        and token[:-1].lower() not in _ABBREVIATIONS


def _given_names(tokens: list[str]) -> tuple[list[str], int]:
    """The given names right before a surname (at most three) and where the words before them end; an
    abbreviated office ("Sen.") ends them."""
    given: list[str] = []
    i = len(tokens) - 1
    while (i >= 0 and len(given) < 3 and not _ends_sentence(tokens[i]) and tokens[i] not in _OFFICE_ABBREVIATIONS
           and (_is_name_token(tokens[i]) or given and tokens[i].lower() in _PARTICLES)):
        given.insert(0, tokens[i])
        i -= 1
    while given and given[0].lower() in _PARTICLES:
        given.pop(0)
    if given and portfolio_before(tokens, i):
        return [], i  # "Minister for Transport Aroha Tane": "Transport" is the minister's portfolio
    if not given and title_as_given(tokens, i):
        return [tokens[i]], i - 1  # "Council President Dean Roe"
    return given, i


_SECOND = re.compile(r"\s(?P<word>[^\W\d_][\w’'\-]+)(?=[,;:)]|\.?\s|\.?$)")


def second_surname(text: str, end: int) -> str:
    """The second surname written right after the one that ends at ``end`` (" Ruiz" of "Javier Ortega
    Ruiz, concejal"), as the release writes it; "" where none follows (a role, a lower-case word, an
    organisation's word, a third capital)."""
    found = _SECOND.match(text, end)
    if found is None or not _is_name_token(found.group("word")):
        return ""
    after = text[found.end():found.end() + 40].split()
    if after and _is_name_token(after[0].rstrip(",.;:")) and text[found.end():found.end() + 1] not in ",;:.":
        return ""  # "Ana Roe Grant Fund": a run of capitals names something else
    return found.group()


def given_before(texts: list[str], name: str, known: list[str]) -> str | None:
    """The fuller name ``name`` stands for: a known speaker's name that ends in it, or the given
    names the release writes right before it where it first names it; None where it names none."""
    low = name.lower()
    longer = {k for k in known if k.lower().endswith(" " + low) and len(k) > len(name)}
    if len(longer) == 1:
        return longer.pop()
    if longer:
        return None
    pattern = _pattern(name)
    for text in texts:
        match = pattern.search(text)
        if match is None:
            continue
        before = text[max(0, match.start() - 80):match.start()]
        if not before.endswith(" "):
            return None
        given, _ = _given_names(before.split())
        if not given or any(g.lower() in _FUNCTION_WORDS or _has_han(g) for g in given):
            return None
        return " ".join(given) + " " + " ".join(match.group().split())
    return None
