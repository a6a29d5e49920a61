"""Which language(s) a release is written in, told by the count of each language's function words.

Each lexicon module declares ``FUNCTION_WORDS``, a dozen words frequent in any running text of
the language ("und", "het", "che"); the release's languages are those with at least
``MIN_WORDS`` of them, ranked by count, a second language kept where it has ``LEAD_SHARE`` of the
first one's count (a bilingual release). Rules that depend on the language ask here: the
countries of bare phone numbers (``contacts.regions``) and whether "1.000" is a thousand
(``figures.numbers``). Hand-written rather than a language-identification library: the lexicons
already hold the words, the answer is needed only among the languages MediaKit reads, and a
count over a dict is microseconds.
"""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType

from . import lexicon

__all__ = ["LEAD_SHARE", "MIN_WORDS", "languages"]

_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 3  # function words a language needs before it counts as the release's
LEAD_SHARE = 0.5  # a second language counts where it has this share of the first one's words
_MAX_TEXT = 200_000


def languages(text: str) -> list[ModuleType]:
    """The lexicon modules of the languages ``text`` is written in, the leading one first."""
    counts = Counter(_WORD.findall(text[:_MAX_TEXT].lower()))
    scored = []
    for rank, language in enumerate(lexicon.LANGUAGES):
        words: frozenset[str] = getattr(language, "FUNCTION_WORDS", frozenset())
        score = sum(counts.get(w, 0) for w in words)
        if score >= MIN_WORDS:
            scored.append((score, -rank, language))
    scored.sort(key=lambda item: item[:2], reverse=True)
    if not scored:
        return []
    top = scored[0][0]
    return [language for score, _, language in scored if score >= top * LEAD_SHARE]
