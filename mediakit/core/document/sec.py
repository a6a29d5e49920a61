"""A filing with the release inside: an SEC EDGAR submission whose EX-99 exhibit is the release.

An 8-K "furnishing" a press release carries cover pages, signatures and an exhibit index
before the release itself, which is the text of its ``EX-99`` document (``EX-99.1`` first);
an older filing files it under another exhibit number (``EX-20``, ``EX-28``) whose description
names it a press release. Hand-written: the EDGAR container is a handful of SGML-like tags.
"""

from __future__ import annotations

import re

_DOCUMENT = re.compile(r"<DOCUMENT>\s*\n(.*?)</DOCUMENT>", re.S | re.I)
_TYPE = re.compile(r"^<TYPE>[ \t]*([^\n<]+)", re.M | re.I)
_TEXT = re.compile(r"<TEXT>[ \t]*\n?(.*?)(?:</TEXT>|\Z)", re.S | re.I)
_DESCRIPTION = re.compile(r"^<DESCRIPTION>[ \t]*([^\n<]+)", re.M | re.I)
# What a filer calls the release (an exhibit's description, the report's sentence handing over to it).
_RELEASE_WORDS = r"(?:press|news)\s+releases?"
# The exhibit's own label over the release ("EXHIBIT 99.1", "Exhibit 20.1 / PRESS RELEASES").
_EXHIBIT_LABEL = re.compile(r"\A\s*(?:<[^>]*>\s*)*Exhibit\s+\d+(?:\.\d+)?[ \t]*\n"
                            rf"(?:\s*{_RELEASE_WORDS}[ \t]*\n)?", re.I)
# A page mark with the page number the filer's software printed beside it ("<PAGE>   3"), and
# the number (or "- 3 -", "3.") standing alone on the line just above one, at the foot of the page.
_PAGE_MARK = re.compile(r"^(?:[ \t]*(?:-[ \t]*)?\d{1,3}\.?(?:[ \t]*-)?[ \t]*\n)?[ \t]*</?PAGE>[ \t]*\d{0,3}[ \t]*$",
                        re.M | re.I)


# A filing's text copied without its EDGAR container (saved from the filing's web page): its cover
# names the Commission and the form, and the exhibit's own label stands on a line of its own.
_COVER = re.compile(r"SECURITIES\s+AND\s+EXCHANGE\s+COMMISSION", re.I)
_FORM = re.compile(r"^\s*FORM\s+(?:8-K|6-K)(?:/A)?\s*$", re.M | re.I)
_EXHIBIT_LINE = re.compile(r"^[ \t*#]*EXHIBIT\s+99(?:\.\d+)?[ \t*]*$", re.M | re.I)


def copied_filing_release(text: str) -> str | None:
    """The release in a filing's text copied without the EDGAR container (its cover, or a copy opening
    with the form's name, "FORM 8-K"): what follows the first
    line holding only the exhibit's label ("EXHIBIT 99.1") after the signatures (the exhibit index
    before them names the exhibit in a row of its own); None where the text is no such filing."""
    head = text[:5000]
    if not (_COVER.search(head) and _FORM.search(head) or _FORM.match(head.lstrip())):  # or opening with its form
        return None
    signatures = _SIGNATURES.search(text)
    label = _EXHIBIT_LINE.search(text, signatures.end() if signatures else 0)
    if label is None or not text[label.end():].strip():
        return None
    return text[label.end():]


def is_filing(text: str) -> bool:
    head = text[:20000]
    return "<DOCUMENT>" in head.upper() and _TYPE.search(head) is not None


def _release_rank(document: str) -> tuple[int, str] | None:
    """Where an exhibit stands among the filing's releases: an EX-99 first (EX-99.1 before
    EX-99.2), then an exhibit of another number described as a press release; None for the rest."""
    kind = _TYPE.search(document)
    if kind is None or not kind.group(1).strip().upper().startswith("EX-"):
        return None
    name = kind.group(1).strip().upper()
    if re.match(r"EX-99\b", name):
        return 0, name
    described = _DESCRIPTION.search(document)
    if described and re.search(rf"\b{_RELEASE_WORDS}\b", described.group(1), re.I):
        return 1, name
    return None


def exhibit_release(text: str) -> str | None:
    """The text of the filing's first press-release exhibit (EX-99, EX-99.1 …), or None."""
    exhibits: list[tuple[tuple[int, str], str]] = []
    for document in _DOCUMENT.finditer(text):
        rank = _release_rank(document.group(1))
        body = _TEXT.search(document.group(1))
        if rank is not None and body:
            exhibits.append((rank, body.group(1)))
    if not exhibits:
        return None
    exhibits.sort(key=lambda e: e[0])
    release = _PAGE_MARK.sub("", exhibits[0][1])
    return _EXHIBIT_LABEL.sub("", release, count=1)


# The report's sentence that hands over to a release it pastes in ("… issued the following press
# release:"), and the form's signature part that follows the items.
_PASTED_INTRO = re.compile(rf"^[^\n]*\bfollowing\s+{_RELEASE_WORDS}\b[^\n]*\n", re.M | re.I)
_SIGNATURES = re.compile(r"^[ \t]*SIGNATURES?[ \t]*$", re.M)


def filing_documents(text: str) -> str:
    """The release a filing with no release exhibit carries: the documents' text without the SEC
    header, and where the report pastes the release in after a sentence that introduces it, only
    what stands between that sentence and the signatures."""
    bodies = [body.group(1) for document in _DOCUMENT.finditer(text)
              if (body := _TEXT.search(document.group(1)))]
    if not bodies:
        return text
    report = _PAGE_MARK.sub("", "\n\n".join(bodies))
    intro = _PASTED_INTRO.search(report)
    if intro is None:
        return report
    end = _SIGNATURES.search(report, intro.end())
    return report[intro.end():end.start() if end else len(report)]


_HEADER_DATE = re.compile(r"^\s*(CONFORMED PERIOD OF REPORT|FILED AS OF DATE):\s*(\d{4})(\d{2})(\d{2})\s*$", re.M)


def filing_date(text: str) -> str | None:
    """The filing header's date of the event reported (else the filing date), as ``YYYY-MM-DD``."""
    found = {m.group(1): f"{m.group(2)}-{m.group(3)}-{m.group(4)}" for m in _HEADER_DATE.finditer(text[:20000])}
    return found.get("CONFORMED PERIOD OF REPORT") or found.get("FILED AS OF DATE")


# Forms only issuers at home in the United States file (foreign issuers file 6-K, 20-F, 40-F).
_DOMESTIC_FORMS = re.compile(r"(?:8-K|10-K|10-Q)(?:/A)?$", re.I)


def filing_region(text: str) -> str | None:
    """"US" when the filing is a form only a US issuer files, so its "$" and phone numbers are
    American; else None (a foreign issuer's form says nothing of where its release is from)."""
    kind = _TYPE.search(text[:20000])
    return "US" if kind and _DOMESTIC_FORMS.match(kind.group(1).strip()) else None
