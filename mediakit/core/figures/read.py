"""Reading the figure around one number token: what stands before it (currency, qualifier),
after it (range, magnitude, currency name, percent, unit, "or more"), then whether it is a
figure at all.

Each step reads a bounded window with anchored patterns, so a token costs a constant amount
of work. A step returns False when the number is not a figure; ``resume`` then says where the
scan goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..model import FigureKind
from ..text import alternation
from . import classify, codes, echoes, money, qualifiers, scale, signs
from .found import Conventions, Found
from .numbers import DOTTED_THOUSANDS, RANGE, is_era_year, is_year, parse_number
from .ranges import counted_high_end, counts_a_named_number, low_end_currency, opens_range, shared_scale

WINDOW = 48  # characters read before a number
_OPEN_PAREN_BEFORE = re.compile(r"\s*\(")
_CLOSE_PAREN = re.compile(r"\s*\)")
_GROUPED = re.compile(r"\d{1,3}(?:[,.' ’\u00a0\u202f]\d{3})+")
_CLAUSE_END = re.compile(r"[.;,](?:\s|\Z)")
_COMPARED_BEFORE = re.compile(
    r"\s+(?:" + alternation(lexicon.words("COMPARISON_WORDS"), reverse=True, loose_spaces=True) + r")(?![^\W\d_])", re.I)


@dataclass
class _Reading:
    """One number being read: its place in the masked text, its value and what stands around it."""

    masked: str
    token: str
    s: int
    e: int
    value: float
    whole: bool
    conv: Conventions
    back: str = ""
    start: int = 0
    currency: str | None = None
    qualifier: str | None = None
    qualified_before: bool = False  # a qualifier stands before the number ("over 2000 staff")
    before_q: str = ""
    pos: int = 0
    token_end: int = 0
    upper: float | None = None
    is_range: bool = False
    magnitude: float = 1.0
    plus: bool = False
    unit: str | None = None
    percent: bool = False
    post_qualifier: str | None = None
    end: int = 0
    noun_pos: int = 0
    resume: int = 0
    lead: int = 0  # the number word before digits repeating it in brackets
    close: int = 0  # where that bracket closes

    def reject(self, resume: int) -> bool:
        self.resume = resume
        return False


def _before(r: _Reading) -> bool:
    """A currency sign before the number, else nothing glued before it that makes it a name."""
    _echoed_word(r)
    start = r.start = r.s - r.lead
    r.back = r.masked[max(0, start - WINDOW):start][::-1]  # read backwards from the number
    minus = 1 if r.back[:1] in signs.MINUS else 0  # "EUR -2.9m": a minus between the code and the number
    sign = money.sign_before(r.back[minus:], r.conv.dollar, r.conv.yen)
    sign = (sign[0], sign[1] + minus) if sign else money.sign_before(r.back, r.conv.dollar, r.conv.yen)
    bracketed = None if sign else money.accounting_sign(r.back, r.masked, r.e, r.conv.dollar, r.conv.yen)
    scaled = None if sign or bracketed else money.scaled_code_before(r.back)
    ambiguous = None if sign or bracketed or scaled or r.back.lstrip()[:1] not in ("P", "Y") \
        else money.ambiguous_code_before(r.back)
    if ambiguous and scale.magnitude_after(r.masked, r.e, ambiguous[0]):
        sign = ambiguous  # "COP 12.000 millones"
    if scaled:  # "MSEK 1 234": a currency in millions
        r.currency, r.magnitude, width = scaled
        r.start = start - width
    elif sign:
        r.currency, width = sign
        r.start = start - width
    elif bracketed and scale.magnitude_after(r.masked, r.e + 1, bracketed[0]):
        # "$(12.4) million" in a sentence (a table's "$(145)" is left to the table): read on after the bracket
        r.currency, width = bracketed
        r.start, r.close = start - width, r.e + 1
    elif money.ocr_dollar_before(r.back, r.token, r.masked, r.e):
        r.currency, r.start = r.conv.dollar, start - 1  # "S3.4m": a scan's "$"
    elif classify.rejected_before(r.back, r.masked, r.e, r.value, r.whole):
        return r.reject(r.e)
    back_q = r.back[start - r.start:]
    q = qualifiers.before(back_q)
    r.qualifier = q[0] if q else None
    r.qualified_before = q is not None
    r.before_q = back_q[q[1]:] if q else back_q
    return True


def _echoed_word(r: _Reading) -> None:
    """A number written in words and in digits, one in brackets after the other ("ten (10)
    minutes", "12 (twelve) clerks"): the figure starts at the first and goes on after the bracket."""
    close = _CLOSE_PAREN.match(r.masked, r.e)
    lead = echoes.words_before(r.masked, r.s) if close else 0
    if close and lead:
        r.lead, r.close = lead, close.end()
    else:
        r.close = echoes.words_after(r.masked, r.e) or 0


def _range(r: _Reading) -> bool:
    """The high end of a range glued to the number ("10-15"), never a span of years."""
    spaced = money.ocr_spaced_thousands(r.token, r.masked, r.e) if r.currency and not r.close else None
    if spaced:  # "$50, 000" in a scan
        r.value, r.e = spaced
    r.pos = r.token_end = r.close or r.e
    if classify.rejected_after(r.masked, r.e, r.conv.hyphen_ordinals):
        return r.reject(r.e)
    rng = RANGE.match(r.masked, r.e)
    if rng:
        upper = parse_number(rng.group()[1:], r.conv.comma_decimal)
        if is_year(r.token, r.value) or upper is None:
            return r.reject(rng.end())  # "2026-27", "2026-2027"
        r.upper, r.is_range = upper[0], True
        r.pos = r.token_end = rng.end()
    r.end = r.token_end
    return True


def _glued(r: _Reading) -> bool:
    """Letters glued after the number: a magnitude ("3bn"), else an ordinal or a name ("5G")."""
    more = qualifiers.CJK_MORE.match(r.masked, r.pos)
    if more and (scale.cjk_magnitude_at(r.masked, more.end()) or classify.CJK_AFTER.match(r.masked, more.end())):
        r.post_qualifier = more.group()  # "350多个", "50多万"
        r.pos = more.end()
    multiplier = scale.MULTIPLIER.match(r.masked, r.pos) if r.pos == r.token_end else None
    if multiplier or r.pos == r.token_end and scale.factor_before(r.before_q):  # "4X faster", "3倍", "Faktor 2"
        r.unit = "×"
        r.pos = r.end = multiplier.end() if multiplier else r.pos
        return True
    glued = classify.LETTERS.match(r.masked, r.pos)
    if glued and r.pos == r.token_end:
        letters = glued.group()
        magnitude = scale.glued_magnitude(letters, r.currency)
        if r.currency is None and classify.is_resolution(letters, r.value, r.masked, glued.end()):
            return r.reject(glued.end())  # "4K video": a screen's resolution
        if magnitude is not None:
            r.magnitude = magnitude
            r.pos = r.end = glued.end()
        elif letters.lower() in ("st", "nd", "rd", "th"):
            return r.reject(glued.end())  # ordinals: "15th", "22nd"
        elif not scale.UNITS_ABBR.match(r.masked, r.pos) and not scale.PERCENT.match(r.masked, r.pos):
            return r.reject(glued.end())  # "5G", "24x7x365", "3D", "877704Oberkirch"
    return True


def _magnitude(r: _Reading) -> bool:
    """A magnitude word ("million", "亿"), with a "+" before or after it as a qualifier."""
    if qualifiers.PLUS.match(r.masked, r.pos):  # "40+", "100+ million"
        if r.masked[r.pos + 1:r.pos + 2].isalnum():
            return r.reject(r.pos + 1)  # a version or a code: "4+build2", "2+2"
        r.plus = True
        r.pos += 1
    if r.magnitude == 1.0:
        mag = scale.magnitude_after(r.masked, r.pos, r.currency)
        if mag:
            _continental_grouping(r, r.masked[r.pos:mag[1]])
            r.magnitude, r.pos = mag
            r.end = r.pos
            rest = scale.cjk_remainder(r.masked, r.pos, r.magnitude) if r.upper is None else None
            if rest:  # "2万6000筆": the number goes on below its magnitude
                r.value += rest[0] / r.magnitude
                r.pos = r.end = rest[1]
            larger = scale.thousands_then_scale(r.masked, r.pos) if r.magnitude == 1e3 and r.upper is None else None
            if larger:  # "2 mil 300 millones": 2,300 of the larger magnitude
                r.value, r.magnitude = r.value * 1e3 + larger[0], larger[1]
                r.pos = r.end = larger[2]
    if not r.plus and qualifiers.PLUS.match(r.masked, r.pos):  # "7M+"
        r.plus = True
        r.pos += 1
    return True


def _continental_grouping(r: _Reading, written: str) -> None:
    """"1.250 millones", "2,750 Millionen": a magnitude word of a decimal-comma language reads the
    number before it that way, where the rest of the release leaves the separator open."""
    if r.conv.comma_decimal or r.lead or not scale.continental_magnitude(written):
        return
    again = parse_number(r.token, True)
    if again is not None:
        r.value, r.whole = again


def _currency_after(r: _Reading) -> bool:
    """A currency named after the amount ("3 million euros", "220亿美元", "45 cents")."""
    if r.currency is not None:
        return True
    named = money.name_after(r.masked, r.pos, r.conv.dollar, r.conv.yuan, r.conv.krone, r.conv.peso)
    scaled = money.scaled_code_after(r.masked, r.pos, r.conv.krone) if r.magnitude == 1.0 else None
    if scaled:  # "1 234 MSEK", "450 mkr"
        r.currency, r.magnitude, r.pos = scaled
        r.end = r.pos
    elif named:
        r.currency, r.pos = named
        r.end = r.pos
        if r.magnitude == 1.0 and not r.whole and DOTTED_THOUSANDS.fullmatch(r.token):
            r.value, r.whole = parse_number(r.token, True) or (r.value, r.whole)  # "1.299 Euro": grouped
    elif r.magnitude != 1.0:
        r.currency = low_end_currency(r.back, r.conv.dollar, r.conv.yen)  # "CHF 1.25 und 1.30 Mrd."
    elif r.magnitude == 1.0:
        cents = money.cents_after(r.masked, r.pos, r.conv.cent)
        if cents:
            r.currency, r.pos = cents
            r.magnitude = 0.01
            r.end = r.pos
    return True


def _unit(r: _Reading) -> bool:
    """A percent sign or word, else a unit."""
    if r.currency is not None or r.unit is not None:
        return True
    pct = scale.PERCENT.match(r.masked, r.pos) or (scale.TENTHS.match(r.masked, r.pos) if r.magnitude == 1.0 else None)
    if pct:
        if pct.re is scale.TENTHS:  # "約3割": 30 percent
            r.value, r.upper = r.value * 10, r.upper * 10 if r.upper is not None else None
        r.percent, r.unit = True, "%"
        r.pos = r.end = pct.end()
        return True
    if _percent_before(r):
        return True
    unit = scale.unit_after(r.masked, r.pos)
    if unit:
        r.unit, r.pos = unit
        r.end = r.pos
    return True


def _sign(r: _Reading) -> bool:
    """A minus before the figure (``signs.minus_before``): "−3.4%", "-20°C", "EUR -2.9m", "△3.5％"."""
    negative, width = signs.minus_before(r.masked, r.start, r.s, r.currency, r.unit, r.end)
    if negative:
        r.value, r.upper = -r.value, -r.upper if r.upper is not None else None
        r.start -= width
    return True


def _percent_before(r: _Reading) -> bool:
    """A percent written before the number ("百分之三十", "约百分之15"), with its qualifier before it."""
    pct = scale.PERCENT_BEFORE.match(r.back)  # no currency stands before: the number starts here
    if not pct:
        return False
    r.percent, r.unit = True, "%"
    r.start -= pct.end()
    q = qualifiers.before(r.back[pct.end():]) if r.qualifier is None else None
    r.qualifier, r.qualified_before = (q[0], True) if q else (r.qualifier, r.qualified_before)
    return True


def _post_qualifier(r: _Reading) -> bool:
    """"以上", "or more" after the figure; a "+" reads as "more than"."""
    after = qualifiers.after(r.masked, r.pos, cjk=r.post_qualifier is None)
    if after:
        r.post_qualifier, r.pos = after
    if r.qualifier is None:
        r.qualifier = r.post_qualifier or ("more than" if r.plus else None)
    r.noun_pos = r.pos
    return True


def _borrowed_scale(r: _Reading) -> bool:
    """"$190 to $200 million", "10 to 15%": the low end takes the scale written after the high end."""
    if r.magnitude == 1.0 and r.unit is None and not r.is_range and not is_year(r.token, r.value):
        shared = shared_scale(r.masked, r.e, r.currency, opens_range(r.before_q), r.value)
        if shared is not None:
            r.magnitude, r.unit, r.noun_pos, written = shared
            _continental_grouping(r, written)
            r.percent = r.unit == "%"
            named = money.name_after(r.masked, r.noun_pos, r.conv.dollar, r.conv.yuan, r.conv.krone,
                                     r.conv.peso) if r.currency is None else None
            if named and r.unit is None:  # "zwischen 3,0 und 3,2 Milliarden Euro": the low end's euros
                r.currency, r.noun_pos = named
    return True


def _not_a_date(r: _Reading) -> bool:
    """Days of the month, years, street numbers and emergency lines are not figures."""
    if r.currency is not None or r.unit is not None or r.magnitude != 1.0:
        return True
    if classify.is_day_of_month(r.masked, r.e, r.value, r.whole):
        return r.reject(r.pos)  # "25 February", "1st of May"
    if is_year(r.token, r.value) and not r.qualified_before and not r.close:
        return r.reject(r.pos)  # "in 2019", "2020年", "2026 Budget"; "over 2000 staff", "two thousand (2000)" are counts
    if is_era_year(r.token, r.value, r.masked, r.e):
        return r.reject(r.pos)  # "111年5月", "令和2年度"
    if codes.is_street_number(r.masked, r.pos):
        return r.reject(r.pos)  # a street number: "250 West 57th Street"
    if codes.is_emergency_call(r.masked, r.s, r.e, r.value):
        return r.reject(r.pos)  # "a 911 call"
    return True


def _kind(r: _Reading) -> FigureKind:
    if r.currency is not None:
        return "money"
    if r.percent:
        return "percent"
    return "measure" if r.unit is not None else "count"


def _counts_nothing(r: _Reading) -> bool:
    """A bare number its digits show counts nothing: a decimal ("3.18 release", "Web 3.0"), but
    for a span of time ("an average of 7.4 minutes", "1,5 Jahre"), or a code (postal codes, IDs, "09")."""
    if r.magnitude != 1.0:
        return False
    if not r.whole:
        return not classify.spans_time(r.masked, r.noun_pos) or classify.is_clock_time(r.token, r.masked, r.e)
    code = codes.is_code(r.token) and not classify.counts_in_plain_digits(r.token, r.back, r.masked, r.e)
    return code or codes.is_postcode(r.token, r.masked, r.e)


def _names_or_describes(r: _Reading) -> bool:
    """"Release 12 adds…", "Zone 3": a name's number; "4 min read": page chrome; "8 in the evening"."""
    return classify.names_a_thing(r.back, r.token, r.conv.names) or classify.is_reading_time(r.masked, r.e) \
        or classify.is_time_of_day(r.masked, r.e) or classify.is_course_number(r.back, r.token, r.masked, r.e)


# A reading of an index or a rate that moved, its base after it ("from" and a number): a moving verb
# leads to it ("edged up to 54.7 from 53.1", the lexicon's LEVEL_VERBS), or it is dated to a period as
# its base is ("(57.5 in Q3 from 49.5 in Q2)"). A version moves with neither ("upgrade to 2.4 from 2.1").
_MOVED_TO = re.compile(r"\s+ot\s+(?:" + alternation(lexicon.words("LEVEL_VERBS"), reverse=True, loose_spaces=True)
                       + r")(?![^\W\d_])", re.I)  # on the reversed text before the number
_BASE_AFTER = re.compile(r"\s+from\s+\d")
_DATED_BASE_AFTER = re.compile(r"\s+in\s+[^\W\d_][^\s,;()]{0,11}\s+from\s+\d[\d.,]*\s+in\s")


def _a_moved_reading(r: _Reading) -> bool:
    if r.magnitude != 1.0:
        return False
    return bool(_MOVED_TO.match(r.back) and _BASE_AFTER.match(r.masked, r.e)
                or _DATED_BASE_AFTER.match(r.masked, r.e))


def _a_counted_thing(r: _Reading) -> bool:
    """A bare count is a figure when it is whole, not a code, and a noun follows it; a reading of an
    index that moved ("rose to 55.7 from 52") is one too."""
    if _kind(r) != "count" or _a_moved_reading(r):
        return True
    if r.magnitude == 1.0 and not r.whole and not r.conv.comma_decimal and DOTTED_THOUSANDS.fullmatch(r.token):
        r.value, r.whole = float(r.token.replace(".", "")), True  # "350.000 inhabitants": a count is whole
    if _counts_nothing(r) or _names_or_describes(r):
        return r.reject(r.pos)
    return True if _counts_a_thing(r) else r.reject(r.pos)


def _counts_a_thing(r: _Reading) -> bool:
    """A count with its noun, in millions, of "the number of …", grouped in thousands, or bracketed after its noun."""
    if classify.count_has_noun(r.masked, r.noun_pos) or r.magnitude >= 1e6 or counts_a_named_number(r.masked, r.s, r.back):
        return True
    if r.whole and _GROUPED.fullmatch(r.token) and (_CLAUSE_END.match(r.masked, r.noun_pos)
                                                   or _COMPARED_BEFORE.match(r.before_q)
                                                   or counted_high_end(r.masked, r.noun_pos)):
        return True  # "grew to 2,145.", "up from 22,000 before", "180,000 to 190,000 ounces": grouped in thousands
    # "(a little less than 500)", "(40+)": a count standing in brackets after its noun
    in_brackets = _OPEN_PAREN_BEFORE.match(r.before_q)
    return bool(in_brackets and (r.qualified_before or r.plus) and _CLOSE_PAREN.match(r.masked, r.pos))


_STEPS = (_before, _range, _glued, _magnitude, _currency_after, _unit, _sign, _post_qualifier, _borrowed_scale,
          _not_a_date, _a_counted_thing)


def read(masked: str, match: re.Match[str], conv: Conventions) -> tuple[Found | None, int]:
    """Read the figure around one number token; return it (or None) and where reading ended."""
    parsed = parse_number(match.group(), conv.comma_decimal)
    if parsed is None:
        return None, match.end()
    return _read(_Reading(masked, match.group(), match.start(), match.end(), parsed[0], parsed[1], conv))


def read_numeral(masked: str, start: int, end: int, value: float, magnitude: float,
                 conv: Conventions) -> tuple[Found | None, int]:
    """Read the figure around a whole number written in other signs than digits ("三億五千万"
    is 3.5 of the magnitude 1e8), by the same steps as one in digits."""
    return _read(_Reading(masked, masked[start:end], start, end, value, True, conv, magnitude=magnitude))


def _read(r: _Reading) -> tuple[Found | None, int]:
    for step in _STEPS:
        if not step(r):
            return None, r.resume
    upper = r.upper * r.magnitude if r.upper is not None else None
    return Found(r.start, r.end, r.value * r.magnitude, r.unit, r.currency, _kind(r), r.qualifier,
                 r.magnitude, upper), r.pos
