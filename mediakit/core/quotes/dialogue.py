"""Quotations marked by dashes, as Uzbek and Russian copy writes direct speech with no quote marks:

    – Biz ertaga boshlaymiz, – dedi Ali Valiyev. – Ish bir oyda tugaydi.

A paragraph opens with a dash (a hyphen typed for one too: "- …,-дейди ҳоким"), the words run to
a comma (or ! ? …) and a second dash before the said-verb and the speaker, or, as Spanish writes
its dialogue ("—Me quedo aquí —dijo Ana Ruiz—. Mañana vuelvo."), to a space and that dash with no
comma, the speaker's phrase closed by a dash before its full stop; after the speaker's full
stop a third dash may carry the quotation on. The speaker phrase is returned raw, for the
attributor to read; where it is a role alone ("– dedi tuman hokimi"), ``role_speaker`` finds the
person the text before introduced with that role ("Sirdaryo tumani hokimi Anvar Qodirov").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..model import Block
from ..text import alternation
from .names import _is_name_token
from .patterns import latin_words
from .spans import is_sentence

_DASH = "[–—―-]"
_VERB = "(?:" + alternation(latin_words("SAID_VERBS"), loose_spaces=True) + ")"
_DIALOGUE = re.compile(
    r"^" + _DASH + r"\s*(?P<words>\S.{8,}?)(?:[,!?…]\s*|\s+)" + _DASH + r"\s*" + _VERB + r"\s+(?P<who>[^.!?–—―\n]{3,120}?)"
    r"\s*(?:(?:[.!?]\s*" + _DASH + "|" + _DASH + r"\s*[.,])\s*(?P<more>\S.*?)\s*)?" + _DASH + r"?[.!?]?\s*$", re.I | re.S)
_MARKS = re.compile('[“”«»„"]')


@dataclass
class DashQuote:
    """One dash-marked quotation: its parts (before and after the attribution), the speaker phrase,
    and the block it stands in."""

    parts: list[str]
    who: str
    pos: int


def dash_quotes(blocks: list[Block]) -> list[DashQuote]:
    """The dash-marked quotations of the body's paragraphs that hold no quote marks."""
    found: list[DashQuote] = []
    for pos, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind != "paragraph" or not text or text[0] not in "–—―-" or _MARKS.search(text):
            continue
        match = _DIALOGUE.match(text)
        if match is None or not is_sentence(match.group("words")):
            continue
        parts = [match.group("words").strip()]
        if match.group("more"):
            parts.append(match.group("more").strip())
        found.append(DashQuote(parts, match.group("who").strip(), pos))
    return found


_ROLES = lexicon.words("SPEAKER_ROLES")
_NAME_AFTER = r"[ \t]+(?P<name>[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){1,2})"


def role_speaker(before: list[Block], who: str) -> tuple[str, str | None] | None:
    """"tuman hokimi …" (a role, as the said-verb's subject): the one name the text before writes
    after that role's word ("Dostlik tumani hokimi Ali Valiyev"), and the role as written."""
    tokens = who.split()
    ends = [k for k, t in enumerate(tokens[:6]) if t.lower().strip(",.") in _ROLES]
    if not ends:
        return None
    role = " ".join(tokens[:ends[0] + 1])
    # "деди ҳоким" for "тумани ҳокими Анвар Қодиров": the role introduced in its possessive form
    pattern = re.compile(r"(?<!\w)" + re.escape(tokens[ends[0]].strip(",.")) + r"(?:[иi]|си|si)?" + _NAME_AFTER)
    names = {name for b in before for m in pattern.finditer(b.text) if (name := _leading_name(m.group("name")))}
    return (names.pop(), role) if len(names) == 1 else None


def _leading_name(words: str) -> str | None:
    """The full name the words open with ("Ali Valiyev yangi …" -> "Ali Valiyev"), if any."""
    tokens = words.split()
    end = next((k for k, t in enumerate(tokens) if not _is_name_token(t)), len(tokens))
    return " ".join(tokens[:end]) if end >= 2 else None
