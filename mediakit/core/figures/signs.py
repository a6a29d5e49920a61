"""A minus before a figure: the minus sign ("−3.4%"), a hyphen read as one where nothing else
can be meant, and the triangles Japanese accounts write for a fall ("△3.5％", "▲12億円").
"""

from __future__ import annotations

import re

MINUS = ("-", "−")  # a hyphen and the minus sign
_TRIANGLES = ("△", "▲")  # a fall in Japanese accounts: "営業利益は△3.5％", "前期比▲12.4％"
_INSIDE_LINE = re.compile(r"[^\s-][ \t(]+\Z")  # words before a hyphen on its line: no list's bullet
_TEMPERATURES = frozenset({"°C", "°F", "°"})
_CLAUSE_END = re.compile(r"[ \t]*(?:[;,)|\n]|[.](?!\d)|\Z)")  # what a change printed after its measure closes with


def minus_before(masked: str, start: int, s: int, currency: str | None, unit: str | None,
                 end: int = -1) -> tuple[bool, int]:
    """Whether the figure whose digits start at ``s`` (its currency at ``start``) is negative, and
    how many characters before ``start`` its minus takes.

    A minus between an amount's currency and its digits ("EUR -2.9m"); a triangle glued before the
    figure; else a minus glued before it and standing apart from the word before it: the minus
    sign, a hyphen before a temperature ("-20°C") or before an amount inside a line ("-€2.9m"); a
    hyphen before a percent is left alone ("and -12% of the cost" reads as a dash), but where the
    percent ending at ``end`` is the change of the measure named right before it and closes its
    clause ("Organic net sales -4%;", "Umsatz -3,5 %,"), the hyphen is that change's minus."""
    if currency and start < s and masked[s - 1] in MINUS:
        return True, 0
    sign = masked[start - 1:start] if start else ""
    if sign in _TRIANGLES:
        return True, 1
    if sign not in MINUS or (start > 1 and masked[start - 2] not in " \t\n(\u00a0"):
        return False, 0
    line = max(0, start - 12)
    negative = sign == "−" or unit in _TEMPERATURES or bool(currency and _INSIDE_LINE.search(masked, line, start - 1))
    return negative or _change_of_a_measure(masked, start, unit, end), 1


def _change_of_a_measure(masked: str, start: int, unit: str | None, end: int) -> bool:
    """A hyphen glued to a percent after a word and a space, the percent closing its clause."""
    return (unit == "%" and end > start and start > 2 and masked[start - 2] in " \t\u00a0"
            and masked[start - 3].isalpha() and _CLAUSE_END.match(masked, end) is not None)
