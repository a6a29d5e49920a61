"""Boilerplate: "About …" parts, titled apart or run into their first paragraph, and the issuer."""

from __future__ import annotations

import html
import re

from ..model import AboutPart, Block, Contact, Section
from .vocab import alternation, is_entry

# The prefix is a word of its own: not the "Über" of "Überblick", not the "Sobre" of "Sobretasa".
_ABOUT = re.compile("^" + alternation("ABOUT_PREFIXES") + r"(?:(?<![A-Za-zÀ-ÿ])|(?![A-Za-zÀ-ÿ]))\s*", re.I)
# "Over" is Dutch for "about" and English for "more than": boilerplate only over a name, one that
# is no English article or number ("Over Stichting Duinzicht", not "Over 3,000 guests", "Over the years").
_LOOKALIKE = re.compile("^" + alternation("ABOUT_LOOKALIKES") + r"\s+(?P<rest>\S+)", re.I)
# "关于开展春季植树活动的通知" (a notice on …): a document's title, no boilerplate's.
_DOCUMENT_TITLE = re.compile("的" + alternation("DOCUMENT_KINDS") + "$")
# "Debian について": the title names what it presents before the word for "about".
_ABOUT_AFTER = re.compile(r"^(?P<name>\S.{0,30}?)\s*" + alternation("ABOUT_SUFFIXES") + "$")
# A company's legal form written with its name ("株式会社", "一般社団法人"): the name is an organisation's.
_LEGAL_FORM = re.compile(alternation("LEGAL_FORMS"))
# A boilerplate written as a fact list names the organisation in its first field: "名称: 株式会社 Acme".
_NAME_FIELD = re.compile(r"^(?:" + alternation("PROFILE_NAME_LABELS") + r")\s*[:：]\s*(?P<value>[^\n]{1,80})", re.I)


def is_about_title(text: str) -> bool:
    """Does ``text`` open an "About …" boilerplate title ("About Acme", "Über Acme", "关于Acme"), or is
    it a boilerplate title naming no organisation ("Company profile", "会社概要")?"""
    if is_entry(text.strip("【】■□◆●[] "), "ABOUT_TITLES"):
        return True  # "Over ons" is the Dutch "About us", whatever "Over" reads as in English
    lookalike = _LOOKALIKE.match(text)
    if (lookalike and not _a_name(lookalike.group("rest"))) or _DOCUMENT_TITLE.search(text.strip()):
        return False
    return bool(_ABOUT.match(text))


def _a_name(word: str) -> bool:
    return word[0].isupper() and not any(c.isdigit() for c in word) \
        and not is_entry(word, "DANGLING_WORDS")


def word_count(text: str) -> int:
    return len(text.split())


def about_subject(title: str, text: str = "") -> str:
    """What an "About …" title presents: "About Northgate Harbour Trust" gives "Northgate Harbour Trust"
    ("Debian について" gives "Debian"); a title naming no one ("会社概要") the name field of its
    ``text``'s fact list ("会社名：株式会社 Acme"), else nothing."""
    if is_entry(title.strip("【】■□◆●[] "), "ABOUT_TITLES"):
        field = _NAME_FIELD.match(text.lstrip())
        return field.group("value").strip() if field else ""
    after = _ABOUT_AFTER.match(title)
    return after.group("name").strip() if after else _ABOUT.sub("", title)


_STRONG_LEAD = re.compile(r"^<strong>(?P<title>[^<]{2,120})</strong>")
# "About Nordvik Ocean Energy Nordvik Ocean Energy ASA designs …": a title line joined to its text,
# with a space or, where an archive dropped the line break, none ("About Nordvik ASANordvik ASA is …"),
# the text naming it again after an article ("About Harbour CollectiveThe Harbour Collective is …"),
# the title with its own article ("About the Harbour Group The Harbour Group …"), a name in lower case
# where the brand writes it so ("About quayquay AG is …"): the name written twice is the mark.
_ABOUT_REPEATED = re.compile(
    r"^(?P<title>(?:About|ABOUT)\s+(?:(?i:" + alternation("DEFINITE_ARTICLES") + r")\s+)?"
    r"(?P<name>[^\W\d_][\w&.'’-]{0,40}(?:\s+[\w&.'’-]{1,40}){0,6}?))\s*"
    r"(?:(?i:" + alternation("DEFINITE_ARTICLES") + r")\s+)?(?P=name)\b")


def run_in_about(block: Block) -> str | None:
    """An "About …" title run into the first paragraph of its boilerplate: "**About Acme** Acme is …"
    (a bold lead), or a plain title line joined to a text that begins by naming the organisation again."""
    if block.kind != "paragraph" or block.role not in ("body", "about") or len(block.text) < 20:
        return None
    lead = _STRONG_LEAD.match(block.html) if block.html.startswith("<strong>") else None
    if lead:
        title = html.unescape(lead.group("title")).strip(" :：")
        if _ABOUT.match(title) and word_count(title) <= 10 and len(block.text) > len(title) + 20:
            return title
    repeated = _ABOUT_REPEATED.match(block.text) if block.text[:5] in ("About", "ABOUT") else None
    if repeated:
        return repeated.group("title")
    colon = _ABOUT_COLON.match(block.text)
    if colon is None or not _ABOUT.match(colon.group("title")):
        return None
    name = colon.group("name")
    # a name, or a brand in lower case alone before the colon ("About lumora: Lumora makes …")
    brand = name.isalpha() and name.islower() and colon.group("title").endswith(name) and word_count(colon.group("title")) == 2
    return colon.group("title") if _a_name(name) or brand and not is_entry(name, "DANGLING_WORDS") else None


# "About Acme: Acme makes …", "Über die Acme GmbH: Die Acme …": a title and a colon opening the
# paragraph of its boilerplate, a name of a few words between them.
_ABOUT_COLON = re.compile(r"^(?P<title>\S+(?:\s+\S+)?\s+(?P<name>[^\s:]+)(?:\s+[^\s:]+){0,6}):\s+(?=[A-Z\"“])")


def about_parts(blocks: list[Block], sections: list[Section], after: int) -> list[AboutPart]:
    """Boilerplate: "About …" sections, and a company tagline heading after the release's end."""
    parts: list[AboutPart] = []
    walked = [s for top in sections for s in top.walk()]
    last = max((s.block for s in walked), default=-1)
    for section in walked:
        is_about = is_about_title(section.title) or _presents_what_it_names(section)
        if not is_about and (section.block > after or section.block == last):
            # A tagline heading after the story, or closing the release, whose text presents the
            # organisation it names: "Acme Group: Making things" followed by "Acme Group is a …".
            is_about = _opens_on_its_name(section.title, section.body.split("\n\n")[:3])
        if is_about:
            parts.append(AboutPart(title=section.title, text=section.body))
            for block in blocks[section.block:]:
                if (block.section == section.title or block.index == section.block) and block.role == "body":
                    block.role = "about"
    return parts


_PRESENTS = r"\s+(?:is|are|was|were|has|have)\b"


def _opens_on_its_name(title: str, opening: list[str]) -> bool:
    """A heading after the story whose text opens by presenting what it names: "Acme Group: Making
    things" over "Acme Group is a …", or a bare name over a text naming it by one of its words in a
    capital ("Harbour Rowing Club" over "The Rowing Club has …"); "Conference Call" over "The call is …" is
    no such heading."""
    name = title.split(":")[0].strip()
    if len(name) <= 2:
        return False
    forms = [re.escape(name)]
    words = name.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and not is_entry(name, "STOCK_HEADINGS"):
        named = "|".join(re.escape(w) for w in words if len(w) > 3 and w.isalpha())
        if named:
            forms.append(r"(?i:" + alternation("DEFINITE_ARTICLES") + r")\s+(?:" + named + r")(?:\s+(?:" + named + r")){0,3}")
    pattern = re.compile(r"(?:" + "|".join(forms) + r")" + _PRESENTS)
    return any(pattern.match(p) for p in opening)


def _presents_what_it_names(section: Section) -> bool:
    """A title written "X について" whose text opens by naming X again ("Debian は…", or a fact list
    "名称: X …"), or whose X is a company by its legal form ("一般社団法人 X について" over "2015年設立。…"):
    X's boilerplate; "新機能について" over a text about the features is an ordinary part."""
    named = _ABOUT_AFTER.match(section.title)
    return names_again(section.title, section.body) or named is not None and bool(_LEGAL_FORM.search(named.group("name")))


def titles_about_below(title: str, below: Block | None) -> bool:
    """An "About …" title closed by a full stop ("About Acme Limited.") over a paragraph that opens
    by naming what it presents ("Acme provides …"): a boilerplate title, not a sentence; "About 40
    guests came." over any text is a sentence."""
    if below is None or below.kind != "paragraph" or not title.endswith(".") or word_count(title) > 10 \
            or not is_about_title(title):
        return False
    name = about_subject(title).split()
    return bool(name) and name[0][:1].isupper() and below.text.lstrip().startswith(name[0])


def names_again(title: str, text: str) -> bool:
    """Is ``title`` written "X について" / "X haqida" and does ``text`` open by naming X again, itself,
    without its legal form ("X株式会社について" over "Xは…") or in the name field of a fact list
    ("名称: 株式会社 X")?"""
    named = _ABOUT_AFTER.match(title)
    if named is None:
        return False
    name, body = named.group("name").strip(), text.lstrip()
    short = _LEGAL_FORM.sub("", name).strip()  # "カミナリ電機株式会社 について" over "カミナリ電機は…"
    field = _NAME_FIELD.match(body)
    return body.startswith(name) or len(short) >= 2 and body.startswith(short) \
        or field is not None and name in field.group("value")


def organization(about: list[AboutPart], contacts: list[Contact]) -> str | None:
    """The issuer, for citations: the first boilerplate's organisation, by the shorter name the
    press office uses for itself when that is part of it ("Harbour Trust" in "Northgate Harbour Trust")."""
    names = [about_subject(part.title, part.text).strip(" :：") for part in about]
    names = [n for n in names if n]
    orgs: list[str] = [c.organization for c in contacts if c.organization]
    if names:
        for org in orgs:
            if org.casefold() in names[0].casefold():
                return org
        return names[0]
    return orgs[0] if orgs else None
