"""A role's portfolio written between the role and the name, in capitals like the name: "Minister
for Transport Aroha Tane", "Minister for Climate Change and Energy Chris Bowen", "head of
Communications Jane Roe". The capitalised run after the role's "for" or "of" opens with the
portfolio; the person is the run's last two words (three with an initial between them).
"""

from __future__ import annotations

import re

from .. import lexicon
from .names import _bare, _is_role_word, office_with_name

__all__ = ["office_or_portfolio", "portfolio_before"]

_OPENERS = lexicon.words("PORTFOLIO_OPENERS")
_JOINERS = lexicon.words("PORTFOLIO_JOINERS")
_INITIAL = re.compile(r"[A-Z]\.")


def portfolio_before(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` ends a role's portfolio or its "for" or "of" ("Minister for Climate Change and"):
    back over the portfolio's capitalised words and joiners, a role's opener with the role before it."""
    if i >= 0 and tokens[i].endswith((",", ";", ":")):
        return False  # "Secretary for Energy, Mark Roe": the comma already ends the role
    while i >= 0 and (tokens[i][:1].isupper() or tokens[i].lower() in _JOINERS):
        i -= 1
    return i >= 1 and tokens[i].lower() in _OPENERS and _is_role_word(_bare(tokens[i - 1]))


def office_or_portfolio(prefix: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """``office_with_name``, then the portfolio's words moved from the name to the role."""
    prefix, name = office_with_name(prefix, name)
    words = prefix + name
    keep = 3 if len(name) >= 3 and _INITIAL.fullmatch(words[-2]) else 2
    if len(name) < keep or len(words) <= keep or not portfolio_before(words, len(words) - keep - 1):
        return prefix, name
    return words[:-keep], words[-keep:]
