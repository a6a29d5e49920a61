"""Where a flattened contact line's address starts: what a flattening ran on into its local part
(a role word, a legal form, the organisation's or a surname's last letters) is no part of it.

Hand-written: no library splits words run together without a space."""

from __future__ import annotations

import re

from .. import lexicon
from .words import _EMAIL_WORDS, _HARD_ROLE, _LEGAL_FORMS, _PUBLIC_SUFFIX_PARTS, _SOFT_ROLE


def _registrable_label(domain: str) -> str:
    labels = domain.lower().split(".")
    while len(labels) > 1 and (labels[-1] in _PUBLIC_SUFFIX_PARTS or len(labels[-1]) == 2):
        labels.pop()
    return labels[-1] if labels else ""


_CAPITAL_WORD = re.compile(r"[A-Z][a-z]{2,}")


# The title-case word a role's last word continues ("Public " of "Public Relations"), no field label.
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w@.])[A-Z][a-z]+ $")


def _role_run_on(printed: str, before: str = "") -> int:
    """How many letters of a flattened contact line's role run on into the address after it
    ("Director of Public Relationspress@acme.example": "Relations" is the role's, "press@…" the
    address): a capitalised role word opening an address whose rest is lower case, or capitalised
    where that word ends a title-case phrase ("Virgo Public RelationsJdoe@…"); else 0."""
    local = printed.partition("@")[0]
    phrase = _TITLE_WORD_BEFORE.search(before)
    phrased = phrase is not None and phrase.group().strip().lower() not in _EMAIL_WORDS
    for word in _CAPITAL_WORD.finditer(local):
        if word.start() > 0:
            break
        for cut in range(len(word.group()), 2, -1):
            head, rest = local[:cut], local[cut:]
            cased = rest == rest.lower() or (phrased and rest[:1].isupper() and rest[1:] == rest[1:].lower())
            if len(rest) >= 2 and cased and (_HARD_ROLE.fullmatch(head) or _SOFT_ROLE.fullmatch(head)):
                return cut
    return 0


_FORM_THEN_LOCAL = re.compile(r"([A-Z][A-Za-z]{1,5})\.(?=[a-z][a-z0-9._%+\-]+@)")


def _legal_form_run_on(printed: str) -> int:
    """How much of a flattened line's organisation runs on into the address after it: its legal
    form's abbreviation and point ("PCG Advisory, Inc.ksmith@…": "Inc." is the firm's, "ksmith@…"
    the address); else 0."""
    form = _FORM_THEN_LOCAL.match(printed)
    return form.end() if form and form.group(1).lower() in _LEGAL_FORMS else 0


def _org_run_on(printed: str) -> int:
    """How much of a flattened line runs on into the address after it up to the organisation's
    name as its domain spells it ("…CommunicationsKilnworksjo.roe@kilnworks.example": "Kilnworks"
    printed with its capital, then the address in lower case); else 0."""
    local, _, domain = printed.partition("@")
    label = _registrable_label(domain)
    at = local.lower().rfind(label) if len(label) >= 4 else -1
    end = at + len(label)
    if at < 0 or not local[at].isupper() or len(local) - end < 2 or not local[end].islower():
        return 0
    return end


def _org_tail_run_on(printed: str, before: str) -> int:
    """How much of a flattened line runs on into the address after it where the organisation's
    name, printed as words, spells the domain and only its last word is glued on ("COO, Northwind
    Labsjane@northwindlabs.example": "Labs" ends "Northwind Labs", "jane@…" the address); else 0."""
    local, _, domain = printed.partition("@")
    label = _registrable_label(domain)
    head = _CAPITAL_HEAD.match(local)
    if head is None or len(label) < 4:
        return 0
    letters = re.sub(r"[^a-z0-9]", "", before.lower())
    for cut in range(head.end(), 2, -1):
        word = local[:cut].lower()
        if len(local) - cut >= 2 and local[cut:] == local[cut:].lower() and label.endswith(word) \
                and len(word) < len(label) and letters.endswith(label[:-len(word)]) and before[-1:].isspace():
            return cut
    return 0


_CAPITAL_HEAD = re.compile(r"[A-Z][a-z]+")
_DESK_MAILBOXES = lexicon.words("DESK_MAILBOXES")


def _surname_run_on(printed: str) -> int:
    """How many letters of a flattened line's name run on into a desk's address after it ("Jo
    Roepress@acme.example": "Roe" ends the name, "press@…" is the desk's): a capitalised word before
    a whole desk mailbox in lower case; else 0."""
    local = printed.partition("@")[0]
    head = _CAPITAL_HEAD.match(local)
    if head is None:
        return 0
    for cut in range(2, head.end() - 1):
        if local[cut:] in _DESK_MAILBOXES:
            return cut
    return 0


def email_start(printed: str, before: str) -> int:
    """How many characters of the address ``printed`` (``before`` it, the line's text up to it)
    a flattening ran on from the word before; 0 where none."""
    return (_role_run_on(printed, before) or _legal_form_run_on(printed) or _org_run_on(printed)
            or _org_tail_run_on(printed, before) or _surname_run_on(printed))
