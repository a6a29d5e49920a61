"""The words MediaKit knows, one module per language: the one place to teach it a language.

Each language module (``en``, ``de``, ...) declares ``MONTHS`` and any of the other tables
it has words for; a table a language does not declare is empty for it:

- ``MONTHS``: month name (lower case, with its abbreviations) -> month number;
- ``SAID_VERBS``: verbs that attribute a quotation ("said", "sagte", "述べ");
- ``TOLD_VERBS``: said-verbs that take a listener before the speaker ends ("told reporters");
- ``SAID_PARTICLES``: words that attribute only right before a name (German „…“, so Anna Beck);
- ``ACCORDING_TO``: phrases that put a speaker before or after a quotation ("according to");
- ``REPORTING_VERBS``: verbs of a sentence reporting someone's words ("X said the plan works");
- ``SPEAKER_PRONOUNS``: pronouns that stand for the last speaker ("she", "他");
- ``MAGNITUDES``: number words that multiply ("million" -> 1e6, "万" -> 1e4);
- ``CURRENCY_WORDS``: currency names and signs -> ISO 4217 code;
- ``UNIT_WORDS``: measures written out after a number ("megawatts", "Tonnen"), lower case;
- ``NUMBER_WORDS``: counts written out ("seven", "a dozen", "zwölf") -> their value;
- ``DURATION_WORDS``: spans of time and repeats ("years", "mal") a count in words is no figure of.

Extractors never list words themselves: they ask here, through ``merged`` (a dict over
every language) or ``words`` (a frozenset over every language), so a word added to a
language reaches every rule that needs it. A new language is a new module listed in
``LANGUAGES``. (Contact labels, release labels, "About" titles and end marks are still
patterns in ``contacts/words.py`` and ``structure/``; they belong here next.)
"""

from __future__ import annotations

from functools import cache
from types import ModuleType
from typing import Any

from . import de, en, es, fr, it, ja, nl, pt, uz, zh

LANGUAGES: tuple[ModuleType, ...] = (en, de, fr, es, it, nl, pt, uz, ja, zh)


@cache
def words(name: str) -> frozenset[str]:
    """Every language's entries of the table ``name`` (e.g. ``"SAID_VERBS"``)."""
    out: set[str] = set()
    for language in LANGUAGES:
        out.update(getattr(language, name, ()))
    return frozenset(out)


@cache
def merged(name: str) -> dict[str, Any]:
    """Every language's mapping ``name`` (e.g. ``"MONTHS"``) in one dict; earlier languages win."""
    out: dict[str, Any] = {}
    for language in LANGUAGES:
        for key, value in getattr(language, name, {}).items():
            out.setdefault(key, value)
    return out
