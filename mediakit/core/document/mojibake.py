"""UTF-8 read twice: "â€¢" or "Ã©" back to "•" and "é".

A release pasted through a tool that took its UTF-8 for Latin-1 or Windows-1252 and saved
it again as UTF-8 carries each non-ASCII character as two to four Latin characters. Such a
run is encoded back to the bytes it came from and decoded as UTF-8; a run that does not
decode is left alone. Hand-written: ftfy does this (and much more) but is not a dependency,
and this one repair is a few lines.
"""

from __future__ import annotations

import re

from .repairs import Repairs

# What Windows-1252 prints for the bytes 0x80-0x9f; Latin-1 keeps them as C1 controls.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONTINUATION = "\u0080-\u00bf" + re.escape(_CP1252_HIGH)
_RUN = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")


def _to_byte(ch: str) -> int:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch) if ord(ch) < 256 else -1


def repair_mojibake(text: str, repairs: Repairs) -> str:
    if not _RUN.search(text):
        return text
    fixed = 0

    def undo(match: re.Match[str]) -> str:
        nonlocal fixed
        values = [_to_byte(ch) for ch in match.group(0)]
        if min(values) < 0:
            return match.group(0)
        try:
            out = bytes(values).decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)
        fixed += 1
        return out

    text = _RUN.sub(undo, text)
    if fixed:
        repairs.notes.append(f"Repaired {fixed} character(s) garbled by a double UTF-8 encoding (such as â€¢ for •).")
    return text
