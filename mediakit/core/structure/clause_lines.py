"""Lines that go on as a sentence does, no title however short: a clause, a number or address, a
line ending on a word a title never ends on ("… of the"), an intro ending "found:", a name doing
something ("Mayor Roe said that the", a scraped page's line broken at a link)."""

from __future__ import annotations

import re

from .vocab import alternation

# Long numbers (phones, postcodes, amounts; a year is fine), addresses and links are no title.
_NOT_TITLE_LINE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}|@|https?:|www\.")
# "Representatives from the", and before a colon "Users will be able to:": the sentence goes on into the list
_DANGLING_END = re.compile(r"(?<![^\W\d_])" + alternation("DANGLING_WORDS") + r"\s*[:：]?$", re.I)
_LEAD_IN_END = re.compile(r"(?<![^\W\d_])" + alternation("LEAD_IN_WORDS") + r"\s*[:：]$", re.I)  # "The study found:"
# A capitalised word and a reporting or crediting verb in lower case after it: "Roe said that the",
# "Mayor Roe thanked"; case counts, so "Release Notes" is a title, and a possessive ("Editor’s notes")
# is no name. The clause goes on in lower case ("said that the") or ends on a past form ("… thanked"):
# "Was der Vorstand sagt", "Vorstand sagt Ja zur Fusion" title their parts.
_NAME_DOES = re.compile(r"(?<![^\W\d_’'])[A-Z][^\W\d_]*\s+(?:also\s+)?(?P<verb>"
                        + alternation("REPORTING_VERBS") + "|" + alternation("CREDIT_VERBS") + r")(?![^\W\d_])")
_PAST_FORMS = ("said", "told")


def _name_does(text: str) -> bool:
    for match in _NAME_DOES.finditer(text):
        verb = match.group("verb")
        rest = text[match.end():].strip()
        if rest[:1].islower() or not rest and (verb.endswith("ed") or verb in _PAST_FORMS):
            return True
    return False


def goes_on(text: str) -> bool:
    """A clause, a number or address, a line ending where a sentence goes on, or one where a name
    does something ("District Attorney Roe said that the", a scraped line broken at a link): no title."""
    return "," in text or bool(_NOT_TITLE_LINE.search(text) or _DANGLING_END.search(text) or _LEAD_IN_END.search(text)
                               or _name_does(text))
