"""The contacts part's title: a label standing alone over the contact lines, or a lead-in.

The contacts step marks the label line (``role = "contact_heading"``); this module decides whether
that line titles a part as a reader takes it ("Media enquiries", "Press Contact:", "連絡先") or
only leads into the card ("Please contact:", "For interviews, contact:"). It also holds the heading
marks Japanese and Chinese text sets before a title ("〇連絡先", "【概要】"), which both this module
and ``headings`` read.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..contacts.words import names_department
from ..model import Block
from ..text import HAN, HEADING_MARKS, KANA
from .about import word_count
from .vocab import is_entry

_CJK = re.compile(f"[{KANA}{HAN}]")
# A symbol marking a heading in Japanese and Chinese text: "〇連絡先", "■概要", "【概要】".
MARK = re.compile(f"^[{HEADING_MARKS}]\\s*|^【(?=[^】]{{1,30}}】$)")

# "Press Contact:", "Investor contact" title the contacts; "For details, contact:" leads into them;
# "Media and Investor Contact:", "Press & Analyst Contact" join two desks' names in title case.
_CONTACT_LABEL = re.compile(r"(?i)^(?!for\b|to\b|or\b)[^\W\d][\w&.-]*(?:\s[\w&.-]+)?\s+contact\s*:?$"
                            r"|^[^\W\d_][\w.-]*\s+(?:and|&)\s+[^\W\d_][\w.-]*\s+[Cc]ontact\s*:?$")


_CJK_CONTACT_WORDS = tuple(sorted(w for w in lexicon.words("CONTACT_LABELS") if _CJK.search(w)))


def contacts_title(blocks: list[Block], i: int, text: str) -> bool:
    """A label alone titles the contacts part ("Media enquiries", "Press Contact:", "連絡先"), not a
    sentence leading into it ("Please contact:", "For interviews, contact:"), nor, right under the
    contacts' title, a desk's name ("Acme Press Team"): that names the desk, no part."""
    block = blocks[i]
    if i > 0 and blocks[i - 1].role == "contact_heading" or not block.strong and _under_contacts_heading(blocks, i):
        return False
    if i > 0 and blocks[i - 1].role == "contact" and names_department(text):
        return False  # "Contacts / Acme Corp / Investor Relations / Jane Roe": the card's department
    core = MARK.sub("", text).strip(" :：※【】")
    # "※連絡先" too, and a longer label saying whose enquiries it takes ("報道関係者からのお問い合わせ先")
    cjk_label = _CJK.search(text) is not None and (len(core) <= 12 or len(core) <= 24 and core.endswith(_CJK_CONTACT_WORDS))
    lead_in = re.search(r"\bplease\b", text, re.I) or (
        re.search(r"\bcontact\s*:?$", text, re.I) and _CONTACT_LABEL.match(text.strip()) is None)
    # a label of one word ("Pressekontakt:", "Contacto") is a title as the lexicon names it
    one_word = word_count(text) == 1 and is_entry(text.rstrip(":： "), "CONTACT_LABELS")
    return word_count(text) >= 2 and not lead_in or block.strong or cjk_label or one_word


def _under_contacts_heading(blocks: list[Block], i: int) -> bool:
    """A label line inside a contacts part a heading element already titles ("Kontakt" over
    "Websites", "Press enquiries", "Acme Press Team"): it labels a card of that part, no part."""
    k = i - 1
    while k >= 0 and blocks[k].role in ("contact", "contact_heading"):
        if blocks[k].kind == "heading" and blocks[k].role == "contact_heading":
            return True
        k -= 1
    return False
