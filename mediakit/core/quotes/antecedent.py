"""The people a stretch of text names: the antecedent of a pronoun that attributes a quotation.

"“…,” he said." with no speaker before it stands for the one person the paragraph just before
names ("The route was planned by Ann Roe, head of operations, …"). A name here is a run of two
or more capitalised name words (particles inside it allowed); a run set after a preposition of
place ("in Port Ellis") is no person. Only a text that names exactly one person has an
antecedent: between two the pronoun is not guessed.
"""

from __future__ import annotations

import re

from .. import lexicon
from .names import _PARTICLES, _bare, _is_name_token

_TOKEN = re.compile(r"\S+")
_TRAILING = ",.;:!?)”“\"»’'"
_ENDS_PHRASE = tuple(",.;:!?)”“\"»–—") + ("’s", "'s")
# Words a sentence opens with in languages that capitalise nouns ("Die Stadt Lindau"), and before a
# person's view or account ("Pour Ann Roe, …", "Según Ann Roe"): no name word.
_ARTICLES = lexicon.words("DANGLING_WORDS") | lexicon.words("VIEW_OPENERS") | lexicon.words("ACCORDING_TO")
_PLACE_WORDS = frozenset("in at near into from im aus nach bei à en".split())


def _name_word(token: str) -> bool:
    word = token[:-2] if token.endswith(("’s", "'s")) else token.rstrip(_TRAILING)
    return _is_name_token(word) and word.lower() not in _ARTICLES


def name_runs(text: str) -> list[tuple[str, int]]:
    """Every run of two to four name words: (the name, the index of the token before it)."""
    tokens = _TOKEN.findall(text)
    runs: list[tuple[str, int]] = []
    run: list[int] = []
    for k, token in enumerate(tokens):
        joined = bool(run) and not tokens[run[-1]].endswith(_ENDS_PHRASE)
        if _name_word(token) and (joined or not run):
            run.append(k)
        elif joined and token in _PARTICLES:
            run.append(k)  # "Ana de la Cruz"
        else:
            _close(tokens, run, runs)
            run = [k] if _name_word(token) else []
    _close(tokens, run, runs)
    return runs


def _close(tokens: list[str], run: list[int], runs: list[tuple[str, int]]) -> None:
    while run and tokens[run[-1]] in _PARTICLES:
        run.pop()
    if not 2 <= len(run) <= 4:
        return
    if run[0] > 0 and _bare(tokens[run[0] - 1]) in _PLACE_WORDS:
        return  # "in Port Ellis", "aus Bad Lindau": a place
    last = tokens[run[-1]]
    last = last[:-2] if last.endswith(("’s", "'s")) else last.rstrip(_TRAILING)
    runs.append((" ".join([tokens[k] for k in run[:-1]] + [last]), run[0] - 1))


def one_person(text: str) -> tuple[str, str] | None:
    """The one person ``text`` names and the word written right before the name ("" at the start),
    or None when it names none or more than one (the same given name and surname are one person)."""
    runs = name_runs(text)
    if len({(name.split()[0], name.split()[-1]) for name, _ in runs}) != 1:
        return None
    name, before = runs[0]
    return name, _TOKEN.findall(text)[before] if before >= 0 else ""
