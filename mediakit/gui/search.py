"""Find-as-you-type matching for the reader (no Qt): forgiving about quotes, numbers and spaces.

A reporter types what they see in their notes, not what the release's typesetter used:
straight and curly quotes match each other, ``3000`` finds ``3,000`` (and ``3 000``),
any run of white space matches any other, and case is ignored. A number is not found
inside a longer one (``3000`` does not find the tail of ``13,000``).
"""

from __future__ import annotations

import re

_DOUBLE_QUOTES = "\"“”„‟«»″"
_SINGLE_QUOTES = "'‘’‚‛‹›′ʼ`"
_DASHES = "-‐‑‒–—―"
_GROUP_SEPARATORS = ",\u00a0\u202f\u2009' ’"
_DIGIT_GAP = f"[{re.escape(_GROUP_SEPARATORS)}]?"


def _char_class(chars: str) -> str:
    return "[" + re.escape(chars) + "]"


def _strip_grouping(query: str) -> str:
    """``3,000`` typed in the query means the number 3000."""
    return re.sub(r"(?<=\d)[,\u00a0\u202f\u2009'’](?=\d{3}(?!\d))", "", query)


def find_pattern(query: str) -> re.Pattern[str] | None:
    """A compiled pattern for ``query``, or None when there is nothing to find."""
    query = _strip_grouping(query.strip())
    if not query:
        return None
    parts: list[str] = []
    previous = ""
    for ch in query:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in _DOUBLE_QUOTES:
            parts.append(_char_class(_DOUBLE_QUOTES))
        elif ch in _SINGLE_QUOTES:
            parts.append(_char_class(_SINGLE_QUOTES))
        elif ch in _DASHES:
            parts.append(_char_class(_DASHES))
        elif ch.isdigit():
            if previous.isdigit():
                parts.append(_DIGIT_GAP)
            parts.append(re.escape(ch))
        else:
            parts.append(re.escape(ch))
        previous = ch
    if query[0].isdigit():  # "3000" is not the tail of 13,000
        parts.insert(0, r"(?<!\d)(?<!\d[,\u00a0\u202f\u2009' ’])")
    return re.compile("".join(parts), re.IGNORECASE)


def find_all(query: str, text: str) -> list[tuple[int, int]]:
    """Start and end of every match of ``query`` in ``text``, in order."""
    pattern = find_pattern(query)
    if pattern is None:
        return []
    return [span for span in map(re.Match.span, pattern.finditer(text)) if span[1] > span[0]]


def context_line(text: str, start: int, end: int, width: int = 90) -> str:
    """The line of ``text`` holding the match ``start:end``, cut to about ``width`` characters
    around it (an ellipsis marks a cut), white space folded: a hit list's line of context."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\u2029", 0, start)) + 1
    ends = [i for i in (text.find("\n", end), text.find("\u2029", end)) if i >= 0]
    line_end = min(ends) if ends else len(text)
    before = " ".join(text[line_start:start].split())
    match = " ".join(text[start:end].split())
    after = " ".join(text[end:line_end].split())
    room = max(10, width - len(match))
    lead = room // 3
    if len(before) > lead:
        cut = before[len(before) - lead:]
        before = "…" + (cut[cut.find(" ") + 1:] if " " in cut[:12] else cut)
    tail = room - len(before)
    if len(after) > tail:
        cut = after[:max(0, tail)]
        after = (cut[:cut.rfind(" ")] if " " in cut[-12:] else cut) + "…"
    space_before = " " if before and text[start - 1:start].isspace() else ""
    space_after = " " if after and text[end:end + 1].isspace() else ""
    return f"{before}{space_before}{match}{space_after}{after}"


def matches_in(query: str, text: str) -> bool:
    """True when ``query`` (as the find bar reads it) occurs in ``text``."""
    pattern = find_pattern(query)
    return pattern is not None and pattern.search(text) is not None
