"""The organisation of a contact whose block names none: the one the boilerplate presents.

A contact's e-mail domain is matched against the "About …" parts' organisation names
("quillontx" fits "Quillon Therapeutics"; a name that has a part of its own, "Acme" beside "Acme
Cloud", stays the maker's); with one boilerplate, a domain that is no agency's
belongs to it. A release with no boilerplate presents its publisher on a closing "Source:" line
("Quelle: Stadtwerke Lindenau GmbH", the wire's "SOURCE Acme Corp") or as the subject its lead
sentence opens with ("ADELAIDE, 2 July – Brightwater Library Service will open …"), or else a
headline in sentence case: that one stands in for the boilerplate's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon, structure
from ..model import AboutPart, Block, Contact
from ..text import HAN, alternation
from .classify import _is_name, _org_like
from .spans import _domain_fits, _domain_label, _domain_spells

__all__ = ["fill_contact_orgs"]

# "The Acme Trust", "L'Atelier": an article before the name, never the first letters of one ("Larchmont").
_ARTICLE = re.compile(r"^(?i:(?:" + alternation(lexicon.words("DEFINITE_ARTICLES")) + r")\s+|l['’]\s*)")
_ORG_KINDS = lexicon.words("ORG_WORDS")
_AGENCY_HINT = re.compile(r"^pr|pr$|comms|communication|media|agency|partners|consult|strateg|relations|publicity")


def _about_name(title: str, text: str, blocks: list[Block]) -> str | None:
    """The organisation an "About …" part presents, as the release spells it in running text."""
    name = structure.about_subject(title, text).split(":")[0].strip(" :：")
    name = _ARTICLE.sub("", name).strip()
    if len(name) < 2 or name.lower() in ("us", "uns", "nous", "nosotros", "noi", "this release"):
        return None
    if name.isupper() and not re.search(f"[{HAN}]", name):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)
        for block in blocks:
            found = pattern.search(block.text)
            if found and not found.group().isupper():
                return found.group()
    return name


def _kind_before(name: str, org: str) -> bool:
    """``name`` is ``org`` after the kind of organisation it is ("Provincie Westland", "Stadt Lindenau"),
    or after the kind and the word joining it on ("Ministerio de Cultura", "Stiftung für Lesen")."""
    kind = name[:-len(org)].strip().lower()
    head, _, joiner = kind.partition(" ")
    return kind in _ORG_KINDS or head in _ORG_KINDS and joiner in _JOINS


def _grown(org: str, names: list[str], labels: list[str]) -> str:
    """A one-word ``org`` as the boilerplate's longer name the domain spells; as it is where a
    boilerplate presents it so ("Debian"), whatever longer name another opens with it. An ``org``
    of any length the domain spells grows by the kind of organisation the boilerplate writes before
    it ("Agua Clara" of aguaclara.org -> "Fundación Agua Clara")."""
    if org in names:
        return org
    spelled = any(_domain_spells(label, org) for label in labels)
    if " " in org:
        kinded = [n for n in names if n.endswith(" " + org) and _kind_before(n, org)] if spelled else []
        return kinded[0] if kinded else org
    longer = [n for n in names if (n.startswith(org + " ") or n.endswith(" " + org) and _kind_before(n, org))
              and any(_domain_fits(label, n) or label == org.lower() for label in labels)]
    return longer[0] if longer else org


def _org_from_about(contact: Contact, names: list[str]) -> str | None:
    """The boilerplate's organisation for ``contact``: the one its e-mail domain spells (or, with one
    boilerplate, the only one when the domain is no agency's); a one-word org grows into the
    boilerplate's longer name the domain spells ("Nordvik" -> "Nordvik Ocean Energy")."""
    labels = [_domain_label(e) for e in contact.emails]
    org = contact.organization
    if org:
        return _grown(org, names, labels)
    fits = [n for n in names if any(_domain_fits(label, n) for label in labels)]
    if fits:  # the name the domain spells whole before one it only opens ("Debian" before "Debian Edu")
        return next((n for n in fits if any(_domain_spells(label, n) for label in labels)), fits[0])
    if len(names) == 1 and not any(_AGENCY_HINT.search(label) for label in labels):
        return names[0]
    return None


_LEGAL_TAIL = r"(?:Inc|Co|Corp|Corporation|Company|Ltd|Limited|LLC|L\.L\.C|LLP|plc|PLC|AG|GmbH|SE|S\.A|N\.V|B\.V|K\.K)(?![a-z])\.?"
_MAX_LEGAL_LOOKUPS = 20
# Legal forms written before or after the name ("株式会社 Acme", "Acme株式会社").
_LEGAL_FORM = "(?:" + alternation(lexicon.words("LEGAL_FORMS")) + ")"


# What follows a short name to make its legal one: up to four words and a legal ending, or a legal form.
_AFTER_NAME = re.compile(r"(?:,?\s(?:[A-Z][\w&'’\-]*|and|&|of)){0,4}?,?\s" + _LEGAL_TAIL + r"|\s?" + _LEGAL_FORM)
_LEGAL_AT_END = re.compile(_LEGAL_TAIL + "$")
_LEGAL_FORM_IN = re.compile(_LEGAL_FORM)
_FORM_BEFORE = re.compile(_LEGAL_FORM + r"\s?\Z")
_FORM_REACH = max(len(form) for form in lexicon.words("LEGAL_FORMS")) + 1


def _legal_name(org: str, text: str) -> str:
    """The full legal name ``text`` (the contact blocks) gives a short one ("Brightwater" ->
    "Brightwater, Lyle and Co.", "Acme" -> "株式会社 Acme"), the most frequent (then longest) where it
    gives several; else ``org``."""
    if len(org) < 2 or len(org.split()) > 2 or _LEGAL_AT_END.search(org) or _LEGAL_FORM_IN.search(org):
        return org
    counts: dict[str, int] = {}
    for found in _legal_names(org, text):
        counts[found] = counts.get(found, 0) + 1
    return max(counts, key=lambda k: (counts[k], len(k))) if counts else org


def _legal_names(org: str, text: str) -> Iterator[str]:
    """Each legal name of ``org`` in ``text``, in reading order: a legal form right before the name,
    or the name at a word's start with its legal ending or form after it. The name is looked up as
    plain text and only what stands around it is a pattern: one compiled per name cost more than
    the rest of the search."""
    start = 0
    while (at := text.find(org, start)) >= 0:
        end = at + len(org)
        before = _FORM_BEFORE.search(text, max(start, at - _FORM_REACH), at)  # never into the last match
        if before:
            yield text[before.start():end]
            start = end
            continue
        after = _AFTER_NAME.match(text, end) if at == 0 or not _word_char(text[at - 1]) else None
        if after:
            yield text[at:after.end()]
            start = after.end()
            continue
        start = at + 1


def _word_char(char: str) -> bool:
    r"""What ``(?<![\w&])`` refuses before a name: a word's letter or digit, "_" or "&"."""
    return char.isalnum() or char in "_&"


_SOURCE_LINE = re.compile(r"^(?:(?i:" + alternation(lexicon.words("SOURCE_LABELS")) + r")\s?[:：]|SOURCE(?=\s))\s*"
                          r"(?P<org>[A-ZÀ-Þ][^:/\d\n]{1,80}?)\s*(?:/.*)?$")
_CLOSING_SHARE = 0.5  # a "Source:" line in the release's first half is a figure's or a table's
_WIRE_TAG = re.compile(r"^[\s\-–—:/|,]*(?:\([^()]{1,40}\)|/[^/]{1,40}/)?[\s\-–—:/|,]*")
_ARTICLE_WORD = re.compile(r"^(?i:" + alternation(lexicon.words("DEFINITE_ARTICLES")) + r")\s+")
_JOINS = lexicon.words("DESK_OF_WORDS") | {"&"}  # "Universidad de X", "Office of the Y", "Smith & Co"
_MAX_SUBJECT_WORDS = 8


def _source_org(blocks: list[Block]) -> str | None:
    """The organisation a closing "Source:" line names."""
    for block in blocks[int(len(blocks) * _CLOSING_SHARE):]:
        found = _SOURCE_LINE.match(block.text.strip()) if len(block.text) <= 120 else None
        if found and len(found.group("org").split()) <= _MAX_SUBJECT_WORDS:
            return found.group("org").strip(" .,;")
    return None


def _lead_text(blocks: list[Block], dateline: str | None) -> str:
    """The lead sentence's text after the dateline (in the next block where the dateline stands alone)."""
    at = next((k for k, b in enumerate(blocks) if b.role == "dateline"), -1)
    if at < 0 or not dateline or dateline not in blocks[at].text:
        return ""
    text = blocks[at].text
    rest = text[text.find(dateline) + len(dateline):]
    if not rest.strip(" -–—:,.") and at + 1 < len(blocks):
        rest = blocks[at + 1].text
    return _ARTICLE_WORD.sub("", _WIRE_TAG.sub("", rest))


def _opening_words(words: list[str]) -> list[str]:
    """The capitalised words a sentence opens with, and the small words joining them."""
    taken: list[str] = []
    for word in words[:_MAX_SUBJECT_WORDS + 1]:
        if not (word[:1].isupper() or word.lower() in _JOINS and taken):
            break
        taken.append(word)
        if word.endswith(","):
            break
    while taken and taken[-1].lower() in _JOINS:
        taken.pop()
    return taken


def _lead_subject(blocks: list[Block], dateline: str | None) -> str | None:
    """The organisation the lead sentence opens with, after the dateline: its words up to the first
    small word that joins none ("Brightwater Library Service will …", "Acme Corp. (NYSE: AC) today …");
    no person ("Jane Roe said …"), named again in the release unless its words say an organisation."""
    words = _lead_text(blocks, dateline).split()
    taken = _opening_words(words)
    subject = " ".join(taken).strip(" ,")
    if not taken or len(taken) > _MAX_SUBJECT_WORDS or len(taken) == len(words) or len(subject) < 3:
        return None  # no lead subject, or an article ("A 44-year-old man …")
    if _org_like(subject):
        return subject
    return None if _is_name(subject) or sum(b.text.count(subject) for b in blocks) < 2 else subject


def _title_subject(blocks: list[Block]) -> str | None:
    """The organisation a headline written in sentence case opens with ("Provincie Westland investeert
    in fietspaden"), where its words say an organisation: a title-case headline says nothing so."""
    title = next((b.text for b in blocks if b.role == "title"), "")
    words = _ARTICLE_WORD.sub("", title).split()
    taken = _opening_words(words)
    if not taken or len(taken) >= len(words) or not words[len(taken)][:1].islower():
        return None
    subject = " ".join(taken).strip(" ,")
    return subject if _org_like(subject) else None


def _publisher(contacts: list[Contact], blocks: list[Block], dateline: str | None) -> list[str]:
    """The publisher standing in for a boilerplate's organisation, where a contact has none or a short one."""
    if not any(c.organization is None or " " not in c.organization for c in contacts):
        return []
    publisher = _source_org(blocks) or _lead_subject(blocks, dateline) or _title_subject(blocks)
    return [publisher] if publisher else []


def fill_contact_orgs(contacts: list[Contact], about: list[AboutPart], blocks: list[Block],
                      site: str | None = None, dateline: str | None = None) -> None:
    """A contact whose block names no organisation belongs to the one the boilerplate presents,
    when the contact's e-mail domain is that organisation's (or, with one boilerplate, is no agency's);
    with no boilerplate, to the publisher a "Source:" line or the lead names, the same way (a short
    name the card writes itself, "Contact Orvane:", stays); a desk named for no one and no
    organisation belongs to the ``site`` whose page it is on; a short name is written as the full
    legal name the contact blocks use for it ("both of …")."""
    names = [n for n in (_about_name(a.title, a.text, blocks) for a in about) if n]
    text = "\n".join(b.text for b in blocks if b.role.startswith("contact"))
    stand_in = not names
    names = names or _publisher(contacts, blocks, dateline)
    legal: dict[str, str] = {}
    articled: dict[str, str] = {}
    for contact in contacts:
        if names and not (stand_in and contact.organization and _written(contact.organization, text)):
            contact.organization = _org_from_about(contact, names)
        if site and contact.organization is None and contact.name is None:
            contact.organization = site
        _write_legal(contact, text, legal)
        org = contact.organization
        if org:
            contact.organization = articled[org] = articled.get(org) or _with_article(org, blocks)


_CAPITAL_ARTICLES = [a.capitalize() for a in sorted(lexicon.words("DEFINITE_ARTICLES")) if a.isalpha()]


def _with_article(name: str, blocks: list[Block]) -> str:
    """``name`` with the article the release capitalises before it inside a sentence, as a word of
    the name, after a lower-case word ("CEO of The Acme Group AG": "The Acme Group AG"); a lower-case,
    sentence-opening or title-case article ("the Acme Group said", "About The Acme Group") is none, and
    so is one before a longer name that opens with it ("of The Acme Trust of Canada")."""
    if _ARTICLE.match(name):
        return name
    articled = [f"{article} {name}" for article in _CAPITAL_ARTICLES]
    texts = [b.text for b in blocks if b.kind != "heading" and b.role != "title" and name in b.text
             and any(a in b.text for a in articled)]
    if not texts:
        return name
    inside = re.compile(r"(?:(?<![\w\-])[a-z][a-z\-]*|[,;]) (" + "|".join(_CAPITAL_ARTICLES) + r") "
                        + re.escape(name) + r"(?!\w|\s[A-Z])")
    found = {m.group(1) for text in texts for m in inside.finditer(text)}
    return next((f"{article} {name}" for article in _CAPITAL_ARTICLES if article in found), name)


def _write_legal(contact: Contact, text: str, legal: dict[str, str]) -> None:
    org = contact.organization
    if org and (org in legal or len(legal) < _MAX_LEGAL_LOOKUPS):
        legal[org] = legal.get(org) or _legal_name(org, text)
        contact.organization = legal[org]


def _written(org: str, text: str) -> bool:
    """``org`` written as words in ``text``, as cased (not only the lower-case label of an address)."""
    return re.search(r"(?<![\w@.])" + re.escape(org) + r"(?![\w])", text) is not None
