"""Finding contact blocks: intro lines ("Media contact:"), where a block ends, its trailing lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import detect, lexicon
from ..model import Block
from ..text import HAN, HEADING_MARKS, KANA, alternation
from .classify import _is_name, _is_prose, _org_like
from .spans import _fold, _has_detail, _spans
from .words import (
    _ABOUT,
    _ADDRESS,
    _DESK,
    _DESK_OF,
    _DOMAIN_ONLY,
    _END_MARK,
    _HARD_ROLE,
    _INTRO_LABEL,
    _INTRO_NAMED_ORG,
    _INTRO_ORG_STOP,
    _INTRO_POSSESSIVE_ORG,
    _KEEP_ROLES,
    _LEADIN_WORDS,
    _MAX_REGION_BLOCKS,
    _ROLEISH_LABEL,
    _SENTENCE_END,
    CJK_LABEL_LINE,
    LABEL_LEAD,
)


@dataclass
class _Intro:
    """What follows a contact label, and the organisation the label names."""

    rest: str  # the text after the label ("" for a bare label line)
    org: str | None
    roleish: bool = False
    desk: str | None = None  # the label is a press desk's ("Press Office:"): these words


def is_contact_line(block: Block) -> bool:
    """A contact intro ("CONTACT: Jane Roe") or a line of phones and e-mails, not prose."""
    if block.kind in ("rule", "image") or len(block.text) > 300:
        return False
    return _intro(block) is not None or (_has_detail(block.text) and not _is_prose(_fold(block.text)))


_CONTACT_SENTENCE = re.compile(
    r"(?i)(?:for\s+(?:more|further|additional)\s+(?:information|details)|for\s+interviews?|(?:for\s+)?(?:media|press|news)\s+"
    r"(?:inquiries|enquiries|queries|questions)|to\s+(?:arrange|request|schedule)\s+an?\s+interview|journalists?|reporters?)"
    r"[^:.;]{0,80}?,?\s+(?:please\s+)?(?:contact|call|email|e-mail|reach(?:\s+out\s+to)?|write\s+to"
    r"|(?:be\s+)?(?:directed|sent|addressed)\s+to)\s+")  # "Media questions may be directed to …"


_CONTACT_LEADIN_END = re.compile(
    r"(?i)(?:please\s+)?(?:contact|call|e-?mail|write\s+to|reach(?:\s+out\s+to)?)\s?(?:the\s+following)?\s?[:：]?$")
_LEADIN_TOPIC = re.compile(r"(?i)\b(?:information|details|interviews?|enquir\w*|inquir\w*|media|press|journalists?|reporters?)\b")


def _intro(block: Block) -> _Intro | None:
    """The intro a block makes: a label ("Media Contacts:"), a sentence ("For more information,
    please contact …"), or a lead-in before a colon ("Questions about the lab: …"); or None."""
    if block.kind in ("rule", "image"):
        return None
    text = _fold(block.text)
    if not text or len(text) > 400:
        return None
    if _CONTACT_SENTENCE.match(text):  # "For media inquiries, please call Jo Roe at …": the sentence's verb first
        sentence = _sentence_intro(text)
        if sentence is not None and sentence.rest:
            return sentence
    found = _label_intro(text)
    if found is not None:
        return found
    if (block.kind == "heading" or block.strong) and text.strip(" :：").lower() in _CONTACT_HEADINGS:
        return _Intro("", None)  # "## Press" over a press inbox, a bold "MEDIA" over a side bar's card
    if len(text) > 300:
        # "For further information:Jane Roe…Email: …Neither the Exchange nor …": a short lead-in
        # with the details run together and a disclaimer glued on after them
        return _colon_intro(text, _LONG_LINE_LEAD)
    return _sentence_intro(text) or _colon_intro(text)


_CONTACT_HEADINGS = lexicon.words("CONTACT_HEADINGS")
# A label set in brackets, as wire and filing texts print it: "[Press Information Contact:]", "【取材窓口】".
_BRACKETED_LABEL = re.compile(r"^[\[(【〔《＜〈]\s*([^\[\]()【】〔〕《》＜＞〈〉]{2,60}?)\s*[\])】〕》＞〉]")


# The verb a label leads into before its colon ("För mer information, kontakta:", "…, please contact:").
_LABEL_VERB = re.compile(r",\s?(?:\w+\s){0,2}\w+\s?[:：]")


# The word a desk's name may end in after a label ("Media Relations Division", "Press Unit").
_DESK_UNITS = {"division", "unit", "section", "bureau", "branch"}


def _unbracketed(match: re.Match[str]) -> str:
    """A bracketed label without its brackets; the closing one is its colon where the details run on
    after it on the same line ("【お問い合わせ先】株式会社…", "<Contact>Jo Roe …")."""
    label = match.group(1)
    runs_on = match.end() < len(match.string) and not label.endswith((":", "："))
    return label + "：" if runs_on else label


def _label_intro(text: str) -> _Intro | None:
    text = _BRACKETED_LABEL.sub(_unbracketed, text, count=1)
    match = _INTRO_LABEL.match(text)
    if not match:
        return _Intro("", None) if CJK_LABEL_LINE.fullmatch(text.strip()) else None
    verb = None if match.group("colon") else _LABEL_VERB.match(text, match.end())
    rest = text[(verb or match).end():].strip(" -–—:：")
    org = _label_org(match)
    if rest.lower() in _DESK_UNITS and not match.group("colon"):
        return _Intro("", org, desk=text.strip(" :："))  # "Media Relations Division": the desk's whole name
    if verb is not None:  # "För mer information, kontakta: Karin …": the label, its verb, the details
        return _Intro(rest, org)
    if not match.group("colon") and _ROLEISH_LABEL.match(text[:match.end()].strip()) and _HARD_ROLE.fullmatch(rest):
        return None  # "Media Relations Advisor": a role
    desk = _desk_label(text[:match.end()])
    if not rest:
        return _Intro("", org, bool(_ROLEISH_LABEL.match(text.rstrip(":："))), desk)
    of = _DESK_OF.match(rest) if desk else None
    if desk and of is not None:
        return _desk_of(rest[of.end():], org, desk)
    if not match.group("colon") and LABEL_LEAD.fullmatch(text.rstrip(" :：")):
        return _Intro("", org, desk=desk)  # "Contacto para a imprensa", "Ansprechpartner für die Presse:"
    return _Intro(rest, org, desk=desk) if _details_follow(text, match, rest) else None


# "ICR:" on its own line over "Jane Roe" and "jane.roe@icr…": an agency or company named as the label.
_ORG_LABEL = re.compile(r"(?P<org>[A-Z][\w&.'’\-]*(?:\s[A-Z][\w&.'’\-]*){0,3})\s?[:：]")


def org_over_card(blocks: list[Block], i: int) -> _Intro | None:
    """A line that is only an organisation's name and a colon, over a person's name and a line of
    their phone or e-mail: the label of that organisation's cards, or None."""
    label = _ORG_LABEL.fullmatch(_fold(blocks[i].text).strip())
    if label is None or i + 2 >= len(blocks) or blocks[i].kind not in ("paragraph", "heading"):
        return None
    org = label.group("org")
    if not (_org_like(org) or org.isupper() and len(org) >= 2) or _is_name(org):
        return None
    name, detail = blocks[i + 1], blocks[i + 2]
    if not _is_name(_fold(name.text)) or not _has_detail(detail.text) or _is_prose(_fold(detail.text)):
        return None
    return _Intro("", org)


def _details_follow(text: str, match: re.Match[str], rest: str) -> bool:
    """The text after a label is the contact's: after its colon, or opening as a name or a number does."""
    colon = bool(match.group("colon"))
    glued_colon = colon and match.end() < len(text) and not text[match.end()].isspace()
    if not colon and rest[:1].islower() and " " in rest.partition("@")[0]:
        return False  # "Press queries should be addressed to NAME at …": a sentence (``_sentence_intro``)
    return colon or glued_colon or rest[:1].isupper() or rest[:1] in "+(" or rest[:1].isdigit() or "@" in rest


def _label_org(match: re.Match[str]) -> str | None:
    """The organisation written before a label ("Kilnworks Media Contact"), not a word like "For"."""
    org = (match.group("org") or match.group("named") or match.group("owner") or "").strip() or None
    return None if org and org.split()[0].lower() in _INTRO_ORG_STOP else org


def _desk_label(label: str) -> str | None:
    """The press desk a label ends on ("Acme Press Office:" -> "Press Office"), or None."""
    label = label.rstrip(" :：")
    found = next((m for m in _DESK.finditer(label) if m.end() == len(label)), None)
    return found.group() if found else None


_DESK_ORG_END = re.compile(r"\s?[,:：;]\s?")


def _desk_of(rest: str, org: str | None, desk: str) -> _Intro | None:
    """"Pressestelle der Stadtwerke Lindenau, Tel. …": the organisation the desk is of, then the details."""
    parts = _DESK_ORG_END.split(rest, maxsplit=1)
    if len(parts) < 2 or not 1 <= len(parts[0].split()) <= 8 or not _has_detail(parts[1]):
        return None
    return _Intro(parts[1], parts[0].strip() or org, desk=desk)


def _sentence_intro(text: str) -> _Intro | None:
    if len(text) < 200 and _CONTACT_LEADIN_END.search(text) and _LEADIN_TOPIC.search(text):
        return _Intro("", None)  # "For interviews or more information, please contact" and the list below
    sentence = _CONTACT_SENTENCE.match(text) or _handover(text)
    if sentence and _has_detail(text[sentence.end():]):
        # "For more information, contact Jenna Morales at (631) 555-0148 or jm@library.org."
        return _Intro(_name_apart(_first_sentence(text[sentence.end():]).rstrip(" .")), None)
    return None


# The name a contact sentence hands over, then the sentence going on in lower case ("Jo Roe of the
# press office at …", "Marta Ruiz en el teléfono …"): two to four capitalised words.
_NAME_GOES_ON = re.compile(r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3})\s(?=[a-zß-ÿ])")


def _name_apart(rest: str) -> str:
    """A contact sentence's rest with its opening name set apart by a comma, as a card writes it, where
    the sentence goes on in lower case after the name ("Jo Roe, of the press office at …")."""
    found = _NAME_GOES_ON.match(rest)
    if found is None or not _is_name(found.group("name")) or not _has_detail(rest[found.end():]):
        return rest
    after = _OF_DESK.sub("", rest[found.end():], count=1)  # "of the press office at …": the desk, no organisation
    return found.group("name") + ", " + after


_OF_DESK = re.compile(r"^(?:" + alternation(lexicon.words("DESK_OF_WORDS")) + r")\s+(?=[a-zß-ÿ])")


_HANDOVER = re.compile(r"(?i)(?<!\w)(?:" + alternation(lexicon.words("CONTACT_HANDOVER_WORDS"), loose_spaces=True)
                       + r")\s?:?\s+")
_TOPIC = re.compile(r"(?i)(?<!\w)(?:" + alternation(lexicon.words("CONTACT_TOPIC_WORDS")) + ")")
_HANDOVER_LEAD = 160  # the longest lead before the handover words


def _handover(text: str) -> re.Match[str] | None:
    """The words of another language's contact sentence ("Voor meer informatie kunt u contact opnemen
    met …", "Für Rückfragen wenden Sie sich an …"), the errand named before them in the same sentence."""
    found = _HANDOVER.search(text, 0, _HANDOVER_LEAD + 40)
    if found is None or found.start() > _HANDOVER_LEAD:
        return None
    lead = _SENTENCE_STOP.split(text[:found.start()])[-1]
    return found if _TOPIC.search(lead) else None


_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|[。！？]")


def _first_sentence(rest: str) -> str:
    """``rest`` up to the end of the sentence its first detail stands in: the next sentence
    ("The shop's own line, 0113 …, opens on Saturdays.") hands over no contact."""
    spans = [s for s in _spans(rest, True) if s.kind in ("email", "phone")]
    stop = _SENTENCE_STOP.search(rest, spans[0].end) if spans else None
    return rest[:stop.end()] if stop else rest


_LONG_LINE_LEAD = 40  # the longest lead-in before the colon of a contact line over 300 characters


def _colon_intro(text: str, max_lead: int = 160) -> _Intro | None:
    colon = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
    if colon < 0:
        return None
    lead, rest = text[:colon], text[colon + 1:].strip()
    if len(lead) > max_lead or not (_LEADIN_WORDS.search(lead) or LABEL_LEAD.match(lead)) \
            or lead.lower().endswith(("http", "https")):
        return None
    if rest and not _has_detail(rest):
        return None
    possessive = _INTRO_POSSESSIVE_ORG.search(lead + ": ")
    if possessive:
        return _Intro(rest, possessive.group("org").strip())
    named = _INTRO_NAMED_ORG.search(lead)  # "please contact Acme Partners Ltd:" (not "contact Jane Roe:")
    return _Intro(rest, named.group("org") if named and _org_like(named.group("org")) else None)


# --- regions ------------------------------------------------------------------------------------

# A Japanese or Chinese line set after a heading mark ("◯参加者からのコメント", "■概要"): a new part's title.
_MARKED_TITLE = re.compile(f"[{HEADING_MARKS}]\\s*[{KANA}{HAN}]")


def _stops(block: Block) -> bool:
    text = _fold(block.text)
    if block.kind in ("rule", "image") or block.role in _KEEP_ROLES or block.role == "chrome" and _page_chrome(text):
        return True
    if _END_MARK.fullmatch(text) or _ABOUT.match(text):
        return True
    if block.kind == "heading" and (block.level <= 2 or len(text.split()) > 8) and _intro(block) is None:
        return True
    detail = _has_detail(text)
    if not detail:  # prose, or a marked title of the next part (a contact's own label aside)
        return _is_prose(text) or _MARKED_TITLE.match(text) is not None and _intro(block) is None
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) > 40 and lower > len(words) / 2


def _page_chrome(text: str) -> bool:
    """A line of the page's own ("Share this", a share bar): a contact block ends there, though not at
    the wire's page after its "SOURCE" line, which carries the contacts."""
    from ..structure.chrome import is_chrome  # the structure package imports this one

    return is_chrome(text)


def _tail_like(block: Block) -> bool:
    text = _fold(block.text)
    if not text or len(text.split()) > 8 or _SENTENCE_END.search(text) and not _org_like(text):
        return False
    if block.role in _KEEP_ROLES or (re.search(r"[:：]", text) and not detect.URL.match(text)):
        return False
    return bool(_DOMAIN_ONLY.fullmatch(text) or _ADDRESS.search(text) or _org_like(text)
                or detect.URL.match(text) or _signed(text))


# A card signed at its end with the person and the group they speak for ("山田花子（北浜ユース）").
_SIGNATURE = re.compile(r"(?P<name>[^()（）]{2,40}?)\s?[(（][^()（）]{2,60}[)）]")


def _signed(text: str) -> bool:
    found = _SIGNATURE.fullmatch(text)
    return found is not None and _is_name(found.group("name"))


def _collect_region(blocks: list[Block], start: int) -> list[int]:
    """Indices of the blocks of the contact block introduced at ``start``."""
    idx = [start]
    j = start + 1
    detail = start  # the block reads on while contact details keep coming (a kit's list by country)
    while j < len(blocks) and j - detail <= _MAX_REGION_BLOCKS and j - start <= 4 * _MAX_REGION_BLOCKS:
        if _stops(blocks[j]):
            break
        idx.append(j)
        detail = j if _has_detail(blocks[j].text) else detail
        j += 1
    last = max((k for k, i in enumerate(idx) if _has_detail(blocks[i].text) or k == 0), default=0)
    keep = idx[:last + 1]
    for i in idx[last + 1:last + 5]:
        if not _tail_like(blocks[i]):
            break
        keep.append(i)
    return keep


