"""Words that qualify a figure: before it ("over", "nearly", "约", "逾") or after it ("or more",
"以上", "多", "40+")."""

from __future__ import annotations

import re

from ..text import alternation

_QUALIFIERS = [
    "a little less than", "a little more than", "a little over", "a little under",
    "slightly less than", "slightly more than", "slightly over", "slightly under",
    "well over", "well above", "well below", "well under", "just over", "just under", "just below",
    "just above", "more than", "less than", "fewer than", "greater than", "no less than",
    "no more than", "no fewer than", "not less than", "upwards of", "in excess of", "close to",
    "as many as", "as much as", "as high as", "as few as", "as little as", "up to", "at least",
    "at most", "an estimated", "approximately", "approx.", "nearly", "almost", "around", "about",
    "roughly", "some", "over", "under", "above", "below", "exceeding", "exceeds", "exceeded",
    "surpassing", "near", "circa",
    # German, French, Spanish
    "mehr als", "weniger als", "über", "rund", "etwa", "ca.", "circa", "knapp", "nahezu", "bis zu",
    "mindestens", "plus de", "moins de", "environ", "près de", "jusqu'à", "jusqu’à", "au moins",
    "más de", "menos de", "cerca de", "casi", "hasta", "alrededor de",
]
# Read on the reversed text before the number (see ``patterns``).
_BEFORE = re.compile(r"\s+(" + alternation(_QUALIFIERS, reverse=True) + r")(?![^\W\d_])", re.I)
_BEFORE_CJK = re.compile(r"\s*(" + alternation(
    "将近 將近 接近 超过 超過 不少于 不少於 不到 不足 大约 大約 多达 多達 高达 高達 至少 约 約 近 逾 超".split(), reverse=True) + ")")

CJK_MORE = re.compile(r"多|余|餘")  # "350多个", "50多万"
PLUS = re.compile(r"\+")
_OR_MORE = re.compile(r"\s+(or more|or above|or over|and more|and above|and over|or so)(?![A-Za-z])", re.I)
_CJK_ABOVE = re.compile(r"以上|多")
_CJK_AFTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def before(back: str) -> tuple[str, int] | None:
    """The qualifier ending just before a number (``back``: the text before it, reversed)."""
    q = _BEFORE.match(back) or _BEFORE_CJK.match(back)
    return (q.group(1)[::-1], q.end()) if q else None


def after(masked: str, pos: int, cjk: bool = True) -> tuple[str, int] | None:
    """A qualifier written after the figure: "以上", "多" before a CJK word (unless ``cjk`` is
    False: one was read already), "or more"."""
    above = _CJK_ABOVE.match(masked, pos) if cjk else None
    if above and (above.group() == "以上" or _CJK_AFTER.match(masked, above.end())):
        return above.group(), above.end()
    or_more = _OR_MORE.match(masked, pos)
    if or_more:
        return or_more.group(1), or_more.end()
    return None
