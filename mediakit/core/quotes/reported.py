"""A quotation that closes a sentence reporting its speaker's words: the speaker is the sentence's subject.

"Ann Roe said the approach was “the most practical answer we have seen.”", "El gobernador, Felipe
Roe, señaló que «Querétaro seguirá atrayendo inversiones»", "Roe called the project “a model for
the responsible use of our coastal waters.”": no said-verb stands right beside the marks, but the
sentence opens with a person and a reporting verb (the lexicon's ``REPORTING_VERBS``) or a verb that
names something by the quoted words (``NAMING_VERBS``), and the quotation ends it. A sentence that
opens with a person's view ("Pour la présidente, Ana Roux, « … »", "Para o prefeito, Ana Roe, a fábrica
“…”": ``VIEW_OPENERS``) is hers too.
Only a quotation of a sentence's length gets here (``spans.is_sentence``): a few quoted words inside
reported speech stay a scare quote.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..text import alternation
from .names import _after_last_boundary, _has_han
from .spans import scan_double

_VERBS = [w for w in lexicon.words("REPORTING_VERBS") | lexicon.words("NAMING_VERBS") if not _has_han(w)]
_VERB = re.compile(r"\s(?:" + alternation(_VERBS, loose_spaces=True) + r")[\s,]", re.I)  # "X betonte, dass „…“"
# "Pour X, « … »"; also with the subject of the view between ("Para o prefeito, X, a fábrica “…”")
_VIEW = re.compile(r"^\s*(?:" + alternation(lexicon.words("VIEW_OPENERS")) + r")\s+(?P<who>[^.!?;:]{3,160}?),"
                   r"\s*(?:[^,.!?;:“”«»\"]{1,40}?\s)?$", re.I)
_ENDS = frozenset(".!?…)")


def closes_sentence(inner: str, tail: str) -> bool:
    """Does the quotation end its sentence (nothing but a full stop after its closing mark)?"""
    after = tail.lstrip()[:1]
    return after in _ENDS or not after


def reported_subject(lead: str) -> str | None:
    """The "who" of the sentence the quotation closes: its words before the first reporting or naming
    verb, or after the word that opens a view; None where the sentence has neither."""
    sentence = _after_last_boundary(lead)
    if not sentence.strip() or _has_han(sentence) or scan_double(sentence):
        return None
    view = _VIEW.match(sentence)
    if view:
        return view.group("who")
    verb = _VERB.search(" " + sentence)
    if verb is None or verb.start() == 0:
        return None
    who = sentence[:verb.start()].strip()
    return who if 0 < len(who) <= 120 else None
