"""The header of an e-mail copied above a release pasted as text: "From: … / Subject: … / Date: …",
or Outlook's "Von: … / Gesendet: … / An: … / Betreff: …" in the mail program's language.

A saved message (``.eml``) is read by ``formats.eml`` with the standard ``email`` parser, which
also gives its subject; a header copied into a text file is no message that parser can read (its
labels are in the reader's language, its body is no MIME part), so this module recognises it by
its labels (lexicon ``MAIL_HEADERS``: each label and what it holds). Every line above the first
blank line must be one such label and its value, two lines at least, one of them the sender or
the subject; the subject then stands in the front matter as an e-mail's does (the headline is the
body's line that prints it). The header's lines stay in the text as they were copied.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..formats.eml import clean_subject

__all__ = ["mail_subject"]

_LINE = re.compile(r"([^\W\d_][^\W\d_ .-]*(?:[ .-][^\W\d_]+){0,2})[ \t]*[:：][ \t]*(.*)")
_MAX_LINES = 8


def mail_subject(text: str) -> str | None:
    """The subject of a copied e-mail header opening ``text``, or None when ``text`` opens with none."""
    head = text.lstrip("\n").split("\n\n", 1)[0].splitlines()
    if not 2 <= len(head) <= _MAX_LINES:
        return None
    labels = lexicon.merged("MAIL_HEADERS")
    kinds: dict[str, str] = {}
    for line in head:
        match = _LINE.fullmatch(line.strip())
        kind = labels.get(match.group(1).casefold()) if match else None
        if match is None or kind is None:
            return None
        kinds.setdefault(kind, match.group(2).strip())
    if "from" not in kinds and "subject" not in kinds:
        return None
    return clean_subject(kinds.get("subject"))
