"""What follows a number and scales or measures it: magnitudes ("m", "billion", "Mio.", "亿"),
percent signs and words, and units ("MW", "square feet", "公里", "a 120,000-square-foot plant").

Magnitude words per language live in the lexicon (``MAGNITUDES``); glued letters ("3bn", "$5m"),
signs and unit symbols are shared by every language and are here.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..text import HAN, KANA, alternation

GLUED_MAGNITUDE = {"k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9,
                   "B": 1e9, "b": 1e9, "tn": 1e12, "MM": 1e6}
# Glued letters that are a magnitude only after a currency ("€4m", not "the 100m sprint");
# "MM" is the accountants' million ("$40MM", "$40 MM"), never millimetres after a currency.
NEEDS_CURRENCY = {"m", "mn", "B", "b", "tn", "MM"}
_ACCOUNTANTS_MILLION = re.compile(r" ?MM(?![A-Za-z])")
# Magnitude words that are one only after a currency ("$5 mn", Brazil's "R$ 3,4 bi", "R$ 800 mi").
_NEEDS_CURRENCY = frozenset({"mn", "mi", "bi"})

_MAGNITUDES: dict[str, float] = lexicon.merged("MAGNITUDES")
_CJK_MAGNITUDES = {w: v for w, v in _MAGNITUDES.items() if re.match(f"[{HAN}{KANA}]", w)}
_WORD_MAGNITUDES = {w: v for w, v in _MAGNITUDES.items() if w not in _CJK_MAGNITUDES}
# Magnitude words only languages writing a decimal comma have ("millones", "Mio."): before one, a
# "1.250" is twelve hundred and fifty, whatever the rest of the release leaves open.
_CONTINENTAL_MAGNITUDES = frozenset(
    w for language in lexicon.LANGUAGES if language is not lexicon.en
    for w in getattr(language, "MAGNITUDES", {}) if w not in lexicon.en.MAGNITUDES and w in _WORD_MAGNITUDES)
# A word ends there, or a capitalised word is glued to it: a flattened copy runs its lines together
# ("EUR 2.66 bnNominal capacity", "1,110,000 tonnesEmployees")
_WORD_END = r"(?:(?![^\W\d_])|(?=(?-i:[A-Z][a-z])))"
_WORD_MAGNITUDE = re.compile(r"\s+(" + alternation(_WORD_MAGNITUDES) + ")" + _WORD_END, re.I)
# 千 and 兆 before 瓦 (watt), 米 (metre), 克 (gram), 赫 (hertz), 字节 (byte) belong to the unit.
_CJK_MAGNITUDE = re.compile(alternation(_CJK_MAGNITUDES))
_CJK_UNIT_HEAD = re.compile("[瓦米克赫]|字节|字節")


def _cjk_magnitude(masked: str, pos: int) -> re.Match[str] | None:
    cjk = _CJK_MAGNITUDE.match(masked, pos)
    if cjk and cjk.group()[-1] in "千兆" and _CJK_UNIT_HEAD.match(masked, cjk.end()):
        return None
    return cjk

def opens_cjk_unit(masked: str, pos: int) -> bool:
    """A 千 or 兆 at ``pos`` that opens a unit ("千瓦", "兆赫"), no magnitude."""
    return masked[pos:pos + 1] in ("千", "兆") and _CJK_UNIT_HEAD.match(masked, pos + 1) is not None


_PERCENT_WORDS = lexicon.words("PERCENT_WORDS")
_CJK_PERCENT = [w for w in _PERCENT_WORDS if re.match(f"[{HAN}{KANA}]", w)]  # no word boundary in CJK text
PERCENT = re.compile(
    r"\s?(?:%|％|" + alternation(_CJK_PERCENT) + r")|\s?(?:"
    + alternation(_PERCENT_WORDS.difference(_CJK_PERCENT), loose_spaces=True) + r")(?![^\W\d_])", re.I)
# Tenths after a number ("3割", "三成": 30 percent), not a word they open ("成本", "成長", "割合").
TENTHS = re.compile("(?:" + (alternation(lexicon.words("TENTHS_WORDS")) or "(?!)")
                    + ")(?![員员長长本功立績绩果為为交都熟年人型品分合安愛爱])")
# Chinese writes the percent before the number: "百分之三十" (on the reversed text before it).
PERCENT_BEFORE = re.compile("之分百")
UNITS_ABBR = re.compile(
    # tonnes a year glued or spaced: "41,000tpa", "12 ktpa", "275,000 t/a"
    r"\s?([kMG]?t ?CO2e?|[kMG]?t ?CO₂e?|[kM]?tpa|t/a|Mt|Gt|kt|PFLOPS|TFLOPS|EFLOPS|GFLOPS|FLOPS|MWh|GWh|TWh|kWh|KWh|MWp|GWp|kWp|MW|GW|TW|kW|KW|km²|km2"
    r"|m²|m2|km³|km3|m³|m3|bcm|sq\.? ?km|sq\.? ?m|sqm|sq\.? ?ft|ft|km/h|km|mph|kg|TB|PB|EB|GB|MB|Tbps|Gbps|Mbps|GHz|MHz"
    r"|KiB|MiB|GiB|TiB|kB|nm|mm|cm|mg/kg|mg|mcg|µg|μg|mL|ml|°C|°F|TEUs?|ha|nits|TOPS|bps|bp|mAh|Wh|lbs|lb|oz|°"
    # French gigaoctets and teraoctets, before "de" or a stop ("256 Go de stockage", "1 To)"), not a word "To"
    r"|[GT]o(?=\s+d[e'’]|\s*[,;.)/]|\s*$))"
    r"(?![A-Za-z0-9])"
)
# A written-out unit: one space in the lexicon's words stands for any run of spaces.
_UNITS_WORD = re.compile(
    r"\s(" + alternation(lexicon.words("UNIT_WORDS"), loose_spaces=True) + ")" + _WORD_END, re.I)
# A unit written right after the number, Chinese or Japanese (lexicon GLUED_UNITS: "0.3个百分点",
# "0.5ポイント", "600キログラム", "12公里"), or "度" (degrees), but not "度目" (a time counted).
_UNITS_GLUED = re.compile(r"度(?!目(?![標标]))|" + alternation(lexicon.words("GLUED_UNITS")))
_UNIT_NAMES = {"km2": "km²", "m2": "m²", "km3": "km³", "m3": "m³", "sqm": "sq m", "KWh": "kWh", "KW": "kW", "℃": "°C", "度": "°", "吋": "inch", "英寸": "inch"}
# A multiplier: "4X faster", "2–20x", "3×", "3倍" (not "24x7", "4x4").
MULTIPLIER = re.compile(r"(?:[xX×](?![A-Za-z0-9])|\s?倍)")
# A multiplier's word before the number, matched on the reversed text: "by a factor of 2", "um den Faktor 2".
_FACTOR_BEFORE = re.compile(
    r"\s+(?:" + alternation(lexicon.words("FACTOR_WORDS"), reverse=True, loose_spaces=True) + r")(?![^\W\d_])", re.I)


def factor_before(back: str) -> bool:
    """The text before a number (reversed) ends on a multiplier's word: the number is a multiple."""
    return _FACTOR_BEFORE.match(back) is not None
_SQ = re.compile(r"sq\.?\s?(?=ft|km|m\Z)")
_HYPHEN_UNITS = {
    "square-foot": "sq ft", "square-feet": "sq ft", "sq-ft": "sq ft", "square-metre": "m²",
    "square-meter": "m²", "acre": "acres", "hectare": "hectares", "mile": "miles", "kilometre": "km",
    "kilometer": "km", "km": "km", "megawatt": "MW", "mw": "MW", "gigawatt": "GW", "gw": "GW",
    "tonne": "tonnes", "ton": "tons", "metre": "m", "meter": "m", "foot": "ft", "storey": "storeys",
    "story": "storeys", "seat": "seats", "bed": "beds", "inch": "inch",
    "percentage-point": "percentage points", "basis-point": "basis points",
}
_HYPHEN_UNIT = re.compile(r"-(" + alternation(_HYPHEN_UNITS) + r")(?![A-Za-z-])", re.I)


def glued_magnitude(letters: str, currency: str | None) -> float | None:
    """The magnitude of letters glued to a number ("3bn", "$5m"), or None."""
    if letters in GLUED_MAGNITUDE and (letters not in NEEDS_CURRENCY or currency):
        return GLUED_MAGNITUDE[letters]
    return None


# A magnitude's short form right before the euro sign: "12 M€", "1,2 Md€", "450 k€" (French).
_BEFORE_EURO = re.compile(r"\s?(k|M|Mds?)(?=\s?€)")
_BEFORE_EURO_VALUES = {"k": 1e3, "M": 1e6, "Md": 1e9, "Mds": 1e9}


def magnitude_after(masked: str, pos: int, currency: str | None) -> tuple[float, int] | None:
    """A magnitude word at ``pos`` (" million", " Mrd.", "亿") and where it ends."""
    if currency:
        accountants = _ACCOUNTANTS_MILLION.match(masked, pos)
        if accountants:
            return 1e6, accountants.end()
    euro = _BEFORE_EURO.match(masked, pos)
    if euro:
        return _BEFORE_EURO_VALUES[euro.group(1)], euro.end()
    word = _WORD_MAGNITUDE.match(masked, pos)
    # .get: re.I also matches "ı" and "İ" to "i", and those do not lower-case back to a key
    value = _WORD_MAGNITUDES.get(word.group(1).lower()) if word else None
    if word and value is not None and (word.group(1).lower() not in _NEEDS_CURRENCY or currency):
        return value, word.end()
    cjk = _cjk_magnitude(masked, pos) or _spaced_myriad(masked, pos)
    if cjk:
        return _CJK_MAGNITUDES[cjk.group()], cjk.end()
    return None


def _spaced_myriad(masked: str, pos: int) -> re.Match[str] | None:
    """A myriad (万, 億, 兆) one space after the digits, as Japanese PDF text layers set
    half-width digits apart from the kanji ("2,475 億円", "3.5 万人"); 千 and 百 stay glued."""
    if masked[pos:pos + 1] != " ":
        return None
    cjk = _cjk_magnitude(masked, pos + 1)
    if cjk and cjk.group()[0] not in "千百" and _CJK_MAGNITUDES[cjk.group()] >= 1e4:
        return cjk
    return None


def continental_magnitude(written: str) -> bool:
    """Is ``written`` (a magnitude as read after a number) a word of a decimal-comma language?"""
    return written.strip().lower() in _CONTINENTAL_MAGNITUDES


_CJK_REMAINDER = re.compile(r"\d{1,4}(?:,\d{3})?(?![\d.])")


def cjk_remainder(masked: str, pos: int, magnitude: float) -> tuple[float, int] | None:
    """The smaller part written on after a CJK magnitude ("2万6000" is 26,000; "3億5000万" is
    350,000,000): its value and where it ends, when it is less than one of that magnitude."""
    digits = _CJK_REMAINDER.match(masked, pos)
    if not digits:
        return None
    value = float(digits.group().replace(",", ""))
    end = digits.end()
    smaller = _cjk_magnitude(masked, end)
    if smaller and _CJK_MAGNITUDES[smaller.group()] < magnitude:
        below = _CJK_MAGNITUDES[smaller.group()]
        value *= below
        end = smaller.end()
        rest = cjk_remainder(masked, end, below)  # "5兆2000億3000万": a part below each myriad
        if rest:
            value, end = value + rest[0], rest[1]
    return (value, end) if 0 < value < magnitude else None


_HUNDREDS_AFTER = re.compile(r"\s(\d{1,3})(?![\d.,])")


def thousands_then_scale(masked: str, pos: int) -> tuple[float, float, int] | None:
    """"2 mil 300 millones" (as Mexico writes 2,300 million): after a magnitude of a thousand, the
    hundreds written on and the larger magnitude after them; the hundreds, that magnitude and its end."""
    digits = _HUNDREDS_AFTER.match(masked, pos)
    larger = magnitude_after(masked, digits.end(), None) if digits else None
    if digits is None or larger is None or larger[0] < 1e6:
        return None
    return float(digits.group(1)), larger[0], larger[1]


def cjk_magnitude_at(masked: str, pos: int) -> bool:
    return _cjk_magnitude(masked, pos) is not None


# A screen's size in inches: a double prime, or a closing quote mark right after a decimal
# number and glued to the next word ('11.88”IPS', '6.1" display'), which no quotation ends with.
_INCH_MARK = re.compile(r"″|[”\"](?=[^\W\d_]| (?:screen|display|touchscreen|monitor|panel)\b)")
_DECIMAL_BEFORE = re.compile(r"\d\.\d+$")


def _inches(masked: str, pos: int) -> int | None:
    mark = _INCH_MARK.match(masked, pos)
    if not mark or (mark.group() != "″" and not _DECIMAL_BEFORE.search(masked, max(pos - 12, 0), pos)):
        return None
    return mark.end()


def unit_after(masked: str, pos: int) -> tuple[str, int] | None:
    """A unit written after a number at ``pos`` (not percent), as shown, and where it ends."""
    inches = _inches(masked, pos)
    if inches is not None:
        return "inch", inches
    u = UNITS_ABBR.match(masked, pos) or _UNITS_WORD.match(masked, pos) or _UNITS_GLUED.match(masked, pos)
    if u:
        written = " ".join(u.group(u.lastindex or 0).split())
        written = _SQ.sub("sq ", written)  # "sq. ft", "sqft" -> "sq ft"
        return _UNIT_NAMES.get(written, written), u.end()
    hyphen = _HYPHEN_UNIT.match(masked, pos)
    if hyphen and hyphen.group(1).lower() in _HYPHEN_UNITS:  # "a 120,000-square-foot plant", "the 41-mile line"
        return _HYPHEN_UNITS[hyphen.group(1).lower()], hyphen.end()
    return None
