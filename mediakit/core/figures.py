"""Pull the figures a journalist would quote (money, percentages, counts, measures) out of blocks.

Hand-written regex extraction: no library extracts press-release figures with currency and
qualifier reliably (quantulum3 measured 3.4 s on one release and read "30 R&D" as rand).

Every number token is found once with one linear scan; what stands around it is then read
through small anchored regexes on bounded windows, so the work is linear in the input even for
adversarial text (100k digits, long runs of separators). Phone numbers, URLs and e-mail
addresses are masked first. A number is kept as a figure only when it carries a currency, a
percent sign, a unit, or (for a count) a noun after it; years, dates, times, versions,
ordinals, numbered names, postal codes and footnote markers are left out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .model import Block, Figure, FigureKind

# Roles and kinds of block that can hold figures.
_ROLES = {"body", "about", "dateline"}
_SKIP_KINDS = {"image", "rule"}

_WINDOW = 48  # characters read before and after a number
_MASK = "\x00"

# --- masking: URLs, e-mail addresses, phone numbers ------------------------------------------

_URL = re.compile(r"(?:https?://|www\.)[!-~]+", re.I)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A run of digit groups joined by spaces, dots, slashes, dashes or brackets; kept as a phone
# number when it holds 7 digits or more (see _mask).
_PHONE = re.compile(r"(?<![\w.,$€£¥%])(?:\+\s?|\(\s*\+?)?\d[\d \t()./\-–]*\d")

# --- the number token --------------------------------------------------------------------------

_TOKEN = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
_RANGE = re.compile(r"[-–]\d+(?:[.,]\d+)*")

# --- before the number ------------------------------------------------------------------------
# What stands before a number is read on the reversed window with anchored matches (one attempt
# each), never with searches ending in "$" that would try every start in the window.


def _reversed(words: list[str]) -> str:
    """An alternation matching any of ``words`` written backwards, longest first."""
    return "|".join(re.escape(w[::-1]) for w in sorted(set(words), key=len, reverse=True))


_SYMBOL_CODES = {
    "HK$": "HKD", "US$": "USD", "NT$": "TWD", "NZ$": "NZD", "MOP$": "MOP", "S$": "SGD",
    "A$": "AUD", "C$": "CAD", "R$": "BRL", "RMB": "CNY", "NTD": "TWD", "Rs": "INR", "Rp": "IDR",
    "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₽": "RUB", "₱": "PHP", "฿": "THB",
    "人民币": "CNY", "人民幣": "CNY", "港币": "HKD", "港幣": "HKD", "新台币": "TWD", "新台幣": "TWD",
    "USD": "USD", "HKD": "HKD", "CNY": "CNY", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "SGD": "SGD",
    "AUD": "AUD", "CAD": "CAD", "CHF": "CHF", "TWD": "TWD", "INR": "INR", "KRW": "KRW", "MOP": "MOP",
    "$": "$", "¥": "¥", "￥": "¥", "$A": "AUD", "$US": "USD", "$NZ": "NZD", "$HK": "HKD", "$S": "SGD",
}
# Other ISO 4217 codes written before or after an amount ("NOK 1.2 billion", "5 million SEK"); not
# PHP, COP or TRY, which are also a language, a conference and a word.
_MORE_CODES = """NOK SEK DKK ISK PLN CZK HUF RON BGN ZAR BRL MXN ARS CLP NZD AED SAR QAR KWD THB MYR IDR VND
KES NGN EGP ILS PKR BDT LKR RUB UAH""".split()
_SYMBOL_CODES.update({code: code for code in _MORE_CODES})
_LETTER_SYMBOLS = [k for k in _SYMBOL_CODES if k[-1].isascii() and k[-1].isalpha()]
_OTHER_SYMBOLS = [k for k in _SYMBOL_CODES if k not in _LETTER_SYMBOLS]
# A letter code ("RMB", "HK$") must not be the end of a longer word ("ABRMB 5").
_CURRENCY_BEFORE = re.compile(
    r"\s?(?:(" + _reversed(_LETTER_SYMBOLS) + r")(?![A-Za-z])|(" + _reversed(_OTHER_SYMBOLS) + r"))"
)
_QUALIFIERS_EN = [
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
_QUALIFIER_EN_BEFORE = re.compile(r"\s+(" + _reversed(_QUALIFIERS_EN) + r")(?![^\W\d_])", re.I)
_QUALIFIER_ZH_BEFORE = re.compile(r"\s*(" + _reversed(
    "将近 將近 接近 超过 超過 不少于 不少於 不到 不足 大约 大約 多达 多達 高达 高達 至少 约 約 近 逾 超".split()) + ")")
# Words that name a thing by its number: "Fortune 500", "Level 3", "Apache License 2.0".
_LABELS = """fortune global forbes top no nos no. number phase level version release ver rev v chapter
section article clause part page pp item figure fig table step stage tier grade class series season
episode room floor suite unit block tower building hall gate booth lane road street route highway
terminal platform gen generation model type mark mk license licence windows python java iphone android
ios covid day week issue vol volume rank ranked ranking box""".split()
_LABEL_BEFORE = re.compile(r"\s*(?:" + _reversed(_LABELS) + r")(?![A-Za-z])", re.I)
_MONTHS = """january jan february feb march mar april apr may june jun july jul august aug september
sept sep october oct november nov december dec""".split()
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_MONTH_BEFORE = re.compile(r"\s*[-–]?\s*\.?(?:" + _reversed(_MONTHS) + r")(?![A-Za-z])", re.I)
# Day-month dates in other languages: "3. März", "1er mars", "3 de marzo".
_FOREIGN_MONTHS = """januar jänner februar märz maerz mai juni juli oktober dezember janvier février fevrier
mars avril juin juillet août aout septembre octobre novembre décembre decembre enero febrero marzo abril
mayo junio julio agosto septiembre octubre noviembre diciembre""".split()
_MONTH_AFTER = re.compile(
    r"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?" + _MONTH + r"(?![A-Za-z])|\.?\s*(?:er\s+|de\s+)?(?:"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])", re.I)
_MONTH_WORD = re.compile(_MONTH + r"\Z", re.I)
_LETTERS = re.compile(r"[A-Za-z]+")
_OPEN_PAREN_BEFORE = re.compile(r"\s*\(")

# --- after the number -------------------------------------------------------------------------

_GLUED_MAGNITUDE = {"k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9,
                    "B": 1e9, "b": 1e9, "tn": 1e12}
_NEEDS_CURRENCY = {"m", "mn", "B", "b", "tn"}
_WORD_MAGNITUDE = re.compile(
    r"\s+(thousand|million|billion|trillion|bn|mn|mln|lakh|crore|millionen|milliarden|millions|milliards"
    r"|millones|milioni|miliardi|mio\.|mrd\.|tsd\.|mio|mrd|tsd)(?![^\W\d_])", re.I)
_WORD_MAGNITUDES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
                    "mn": 1e6, "mln": 1e6, "lakh": 1e5, "crore": 1e7, "millionen": 1e6, "milliarden": 1e9,
                    "millions": 1e6, "milliards": 1e9, "millones": 1e6, "milioni": 1e6, "miliardi": 1e9,
                    "mio": 1e6, "mrd": 1e9, "tsd": 1e3}
_ZH_MAGNITUDE = re.compile(r"万亿|萬億|千万|千萬|百万|百萬|亿|億|万|萬|千(?![瓦米克])")
_ZH_MAGNITUDES = {"万亿": 1e12, "萬億": 1e12, "千万": 1e7, "千萬": 1e7, "百万": 1e6, "百萬": 1e6,
                  "亿": 1e8, "億": 1e8, "万": 1e4, "萬": 1e4, "千": 1e3}
_ZH_MORE = re.compile(r"多|余|餘")
_PLUS = re.compile(r"\+")
_CURRENCY_SUFFIX_ZH = re.compile(
    r"美元|美金|港元|港币|港幣|港圓|人民币|人民幣|欧元|歐元|英镑|英鎊|日元|日圓|日圆|澳元|加元|新台币|新台幣"
    r"|台币|台幣|新加坡元|新元|韩元|韓元|澳门元|澳門元|卢比|盧比|元(?!素)|圆|圓|円"
)
_ZH_CODES = {
    "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD", "港幣": "HKD", "港圓": "HKD",
    "人民币": "CNY", "人民幣": "CNY", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "英鎊": "GBP",
    "日元": "JPY", "日圓": "JPY", "日圆": "JPY", "澳元": "AUD", "加元": "CAD", "新台币": "TWD",
    "新台幣": "TWD", "台币": "TWD", "台幣": "TWD", "新加坡元": "SGD", "新元": "SGD", "韩元": "KRW",
    "韓元": "KRW", "澳门元": "MOP", "澳門元": "MOP", "卢比": "INR", "盧比": "INR",
    "元": "CNY", "圆": "CNY", "圓": "CNY", "円": "JPY",
}
_CURRENCY_SUFFIX_EN = re.compile(
    r"\s+(?:de\s+|d['’])?(U\.?S\.? dollars|HK dollars|Hong Kong dollars|Singapore dollars|Australian dollars"
    r"|Canadian dollars|New Taiwan dollars|US-Dollar|dollars?|dólares|euros?|pounds sterling|yuan|renminbi|rupees|yen"
    r"|(?-i:USD|HKD|EUR|GBP|CNY|RMB|JPY|SGD|AUD|CAD|CHF|INR|TWD|KRW|" + "|".join(_MORE_CODES) + r"))(?![A-Za-z])"
    r"|\s?(€)",
    re.I,
)
_EN_CODES = {
    "us dollars": "USD", "u.s. dollars": "USD", "u.s dollars": "USD", "us. dollars": "USD",
    "hk dollars": "HKD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "new taiwan dollars": "TWD",
    "euro": "EUR", "euros": "EUR", "pounds sterling": "GBP", "yuan": "CNY", "renminbi": "CNY",
    "rupees": "INR", "yen": "JPY", "rmb": "CNY", "us-dollar": "USD", "€": "EUR",
}
# Cents written after the number: "8 cents a share", "每股8港仙", "12 pence".
_CENTS_AFTER = re.compile(r"\s?(港仙|仙)|\s(cents?|pence)(?![A-Za-z])", re.I)
_PERCENT = re.compile(
    r"\s?(?:%|％)|\s?(?:percent|per cent|pct|prozent|pour cent|por ciento|per cento|procent)(?![A-Za-z])", re.I)
_UNITS_ABBR = re.compile(
    r"\s?(PFLOPS|TFLOPS|EFLOPS|GFLOPS|FLOPS|MWh|GWh|TWh|kWh|KWh|MWp|GWp|kWp|MW|GW|TW|kW|KW|km²|km2"
    r"|m²|m2|sq\.? ?km|sq\.? ?m|sqm|sq\.? ?ft|km/h|km|mph|kg|TB|PB|EB|GB|MB|Tbps|Gbps|Mbps|GHz|MHz"
    r"|nm|°C|°F|TEUs?|ha)(?![A-Za-z0-9])"
)
_UNITS_WORD = re.compile(
    r"\s(petaflops|teraflops|exaflops|megawatts?|gigawatts?|kilowatts?|megawatt-hours|square feet"
    r"|square foot|square met(?:re|er)s|square kilomet(?:re|er)s|square miles|kilomet(?:re|er)s"
    r"|met(?:re|er)s|miles|hectares|acres|tonnes|tons|kilograms|litres|liters|barrels|terabytes"
    r"|petabytes|gigabytes|percentage points?|basis points?)(?![A-Za-z])",
    re.I,
)
_UNITS_ZH = re.compile(r"平方公里|平方千米|平方米|平方呎|公里|千米|公顷|公頃|千瓦时|千瓦時|千瓦|兆瓦|吉瓦|公斤|千克|吨|噸|呎|米")
_UNIT_NAMES = {"km2": "km²", "m2": "m²", "sqm": "sq m", "KWh": "kWh", "KW": "kW"}
_SQ = re.compile(r"sq\.?\s?(?=ft|km|m\Z)")
_HYPHEN_UNITS = {
    "square-foot": "sq ft", "square-feet": "sq ft", "sq-ft": "sq ft", "square-metre": "m²",
    "square-meter": "m²", "acre": "acres", "hectare": "hectares", "mile": "miles", "kilometre": "km",
    "kilometer": "km", "km": "km", "megawatt": "MW", "mw": "MW", "gigawatt": "GW", "gw": "GW",
    "tonne": "tonnes", "ton": "tons", "metre": "m", "meter": "m", "foot": "ft", "storey": "storeys",
    "story": "storeys", "seat": "seats", "bed": "beds",
}
_HYPHEN_UNIT = re.compile(r"-(" + "|".join(sorted(_HYPHEN_UNITS, key=len, reverse=True)) + r")(?![A-Za-z-])", re.I)
# A street number: the number, up to three name words (or "57th"), then a street word.
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z0-9][\w.'’-]*\s+){0,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive"
    r"|Way|Place|Pl|Square|Sq|Plaza|Parkway|Pkwy|Terrace|Highway|Hwy)\b")
_OR_MORE = re.compile(r"\s+(or more|or above|or over|and more|and above|and over|or so)(?![A-Za-z])", re.I)
_ZH_ABOVE = re.compile(r"以上|多")

_WORD_AFTER = re.compile(r"\s{0,3}(?:-\s?)?([^\W\d_](?:[^\W\d_]|[&'’])*)")
_CJK_AFTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_ZH_NOT_COUNTED = re.compile(r"月|日|号|號|时|時|点|點|分|秒|周年|週年|世纪|世紀|年代|届|屆|倍|比|版|期|楼|樓|层|層|位数")
_CLOSE_PAREN = re.compile(r"\s*\)")
_STOP = frozenset("""
and or nor to the a an by from for with at on as is was are were be been being has have had than
vs versus via per am pm which that this these those when where while if but so not no it its he
she they we you his her their our until till through since after before during between into onto
up down out off will would can could may might shall should must do does did also then there here
etc each every any both either neither yet percent cent gmt utc hkt cet est edt pst bst
und oder bis von zu im am um mit für auf als bei uhr et ou à au aux en y o con por para
""".split())


@dataclass
class _Found:
    start: int
    end: int
    value: float
    unit: str | None
    currency: str | None
    kind: FigureKind
    qualifier: str | None
    magnitude: float = 1.0
    upper: float | None = None  # the high end of a range written "10-15%", "$3-4 million"


# --- the release's own dollar and yen -----------------------------------------------------------

# Words that place a release (counted as plain substrings: faster than one regex per place).
_LOCALES = [
    ("HKD", ("Hong Kong", "HKSAR", "HK$", "香港")),
    ("SGD", ("Singapore", "SGX", "新加坡")),
    ("AUD", ("Australia", "ASX", "Sydney", "Melbourne", "Brisbane", "Queensland", "New South Wales", "澳大利亚",
             "澳洲")),
    ("CAD", ("Canada", "Canadian", "Ontario", "Quebec", "Québec", "Alberta", "British Columbia", "Toronto",
             "Montreal", "Montréal", "Vancouver", "Ottawa", "Calgary", "TSX", "/CNW/", "加拿大")),
    ("TWD", ("Taiwan", "Taipei", "台湾", "台灣", "臺灣")),
    ("NZD", ("New Zealand", "Auckland", "Wellington", "NZX")),
]
_REGION_DOLLARS = {"HK": "HKD", "SG": "SGD", "AU": "AUD", "CA": "CAD", "TW": "TWD", "NZ": "NZD"}
_US_HINT = re.compile(r"United States|U\.S\.|(?<![A-Za-z])USA?(?![A-Za-z$])|America|美国")
_JAPAN_HINT = re.compile(r"Japan|Tokyo|JPY|(?<![A-Za-z])yen(?![A-Za-z])|日本|円")
_CHINA_HINT = re.compile(r"China|Chinese|RMB|CNY|renminbi|人民币|中国|中國")


def _local_currencies(text: str, region: str | None = None) -> tuple[str, str]:
    """The currency a bare "$" and a bare "¥" stand for in this release.

    "$" is the US dollar unless the release is plainly from a place with its own dollar
    (mentioned at least three times, and more often than the United States; a dateline there
    counts three times).
    """
    us = len(_US_HINT.findall(text))
    best, best_count = "USD", 2
    for code, words in _LOCALES:
        count = sum(text.count(word) for word in words) + (3 if _REGION_DOLLARS.get(region or "") == code else 0)
        if count > best_count and count > us:
            best, best_count = code, count
    yen = "JPY" if len(_JAPAN_HINT.findall(text)) > len(_CHINA_HINT.findall(text)) else "CNY"
    return best, yen


# --- sentences --------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]」』]*(?=\s|$)|[。！？]+[”’」』）)]*")
_WORD_BEFORE_DOT = re.compile(r"[A-Za-z.&]+$")
_ABBREVIATIONS = frozenset("""
corp inc ltd co no nos mr mrs ms dr prof st vs etc e.g i.e jan feb mar apr jun jul aug sep sept
oct nov dec approx est dept govt fig vol jr sr gen rep sen ave rd mt ft pp op cf al
mio mrd tsd ca bzw usw nr
""".split())


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            word = _WORD_BEFORE_DOT.search(text, max(0, match.start() - 24), match.start())
            if word:
                w = word.group().lower()
                if len(w) == 1 or "." in w or w in _ABBREVIATIONS:
                    continue
            following = text[match.end():match.end() + 3].lstrip()
            if following[:1].islower():
                continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


# --- reading one number -----------------------------------------------------------------------


_SWAP_SEPARATORS = str.maketrans(".,", ",.")


def _parse_number(token: str, comma_decimal: bool = False) -> tuple[float, bool] | None:
    """The value of a number token and whether it is written as a whole number; None for
    versions ("2.1.0") and for what is not a number as a reader would write it.

    ``comma_decimal``: the release writes numbers the continental way ("1.850", "38,5")."""
    if len(token) > 24:
        return None
    if comma_decimal:
        token = token.translate(_SWAP_SEPARATORS)
    if "," in token:
        if "." in token:
            whole, _, frac = token.partition(".")
            if "." in frac or "," in frac:
                return None
        else:
            whole, frac = token, ""
        groups = whole.split(",")
        if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
            return None
        return float("".join(groups) + ("." + frac if frac else "")), not frac
    if token.count(".") > 1:  # 1.000.000 written the European way, else a version number
        groups = token.split(".")
        if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
            return None
        return float("".join(groups)), True
    if "." in token:
        return float(token), False
    return float(token), True


# A decimal part of one or two digits: "38,5" or "61.5" (not "10.30 Uhr", a German time).
_SHORT_DECIMAL = re.compile(r"\d([.,])\d{1,2}(?![\d.,]|\s?(?:Uhr|h)\b)")
_CONTINENTAL_WORDS = re.compile(
    r"\b(?:und|der|die|das|mit|für|nicht|wird|ist|von|auf|les|une|pour|avec|dans|est|sont|qui|los|las"
    r"|una|para|con|por|del|que|della|sono|voor|het|een)\b", re.I)
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|with|for|that|this|from|are|was|have|which)\b", re.I)


def _writes_decimal_comma(text: str) -> bool:
    """Does the release write "38,5" and "1.850" (German, French, Spanish ...) rather than "38.5"?

    Decided once per release from the numbers it writes (a decimal part of one or two digits
    shows the separator plainly); where the numbers leave it open, from its language."""
    sample = text[:200_000]
    eu = en = 0
    for match in _SHORT_DECIMAL.finditer(sample):
        start = match.start()
        if start and (sample[start - 1] in ".," or (start > 1 and sample[start - 1].isdigit()
                                                   and sample[start - 2] in ".,")):
            continue  # a group of "1.200.000" or "1,200,000"
        if match.group(1) == ",":
            eu += 1
        else:
            en += 1
    if eu != en:
        return eu > en
    # "1.850" and "1,850" are each read either way ("$1.125 billion"): the language decides
    sample = sample[:10_000]
    return len(_CONTINENTAL_WORDS.findall(sample)) > 2 * len(_ENGLISH_WORDS.findall(sample)) + 5


_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _mask(text: str) -> str:
    """The text with URLs, e-mail addresses and phone numbers blanked out (same length)."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = _MASK * (end - start)

    for pattern in (_URL, _EMAIL):
        for match in pattern.finditer(text):
            blank(match.start(), match.end())
    for match in _PHONE.finditer(text):
        run = match.group()
        digits = sum(c.isdigit() for c in run)
        if digits >= 7 and (run[0] in "+(" or any(not c.isdigit() for c in run)) \
                and not _DOTTED_THOUSANDS.fullmatch(run):
            blank(match.start(), match.end())
    return "".join(chars)


def _is_year(token: str, value: float) -> bool:
    return len(token) == 4 and token.isdigit() and 1800 <= value <= 2199


def _count_has_noun(masked: str, pos: int) -> bool:
    """A count needs a noun after it: "30 R&D projects", "350多个", "3,500 of the brands"."""
    cjk = _CJK_AFTER.match(masked, pos)
    if cjk:
        return not _ZH_NOT_COUNTED.match(masked, pos)
    word = _WORD_AFTER.match(masked, pos)
    if not word:
        return False
    w = word.group(1).lower().rstrip("'’")
    if len(w) < 2 or w in _STOP or _MONTH_WORD.match(w):
        return False
    if w in ("of", "in"):  # "3,500 of the brands", "850 in total", "13 in Mainland China"
        nxt = _WORD_AFTER.match(masked, word.end())
        if not nxt:
            return False
        n = nxt.group(1).lower()
        return len(n) > 1 and not _MONTH_WORD.match(n) and nxt.start(1) == word.end() + 1
    return True


def _read(masked: str, match: re.Match[str], dollar: str, yen: str,
          comma_decimal: bool = False) -> tuple[_Found | None, int]:
    """Read the figure around one number token; return it (or None) and where reading ended."""
    s, e = match.span()
    token = match.group()
    parsed = _parse_number(token, comma_decimal)
    if parsed is None:
        return None, e
    value, whole = parsed
    window_start = max(0, s - _WINDOW)
    before = masked[window_start:s]
    back = before[::-1]  # read backwards from the number

    # --- what is glued before the number
    currency: str | None = None
    start = s
    cur = _CURRENCY_BEFORE.match(back)
    if cur:
        symbol = (cur.group(1) or cur.group(2))[::-1]
        code = _SYMBOL_CODES[symbol]
        currency = dollar if code == "$" else yen if code == "¥" else code
        start = s - cur.end()
    else:
        letters = _LETTERS.match(back)
        if letters:
            glued = letters.group()[::-1]
            # "solutions100+ million" is a page join; "Casino2k", "FY2020", "v2", "Web3.0" are names.
            if not (glued.islower() and len(glued) >= 4 and not _LETTERS.match(masked, e)):
                return None, e
        if back[:1] in ("-", "–") and back[1:2].isalnum():
            return None, e  # "COVID-19", "Dec-24", the second half of "2026-27"
        if back[:1] in ("/", ":", "#", "第", "["):
            return None, e  # dates, times, "#3", "第3", footnote "[1]"
        if _LABEL_BEFORE.match(back):
            return None, e  # "Fortune 500", "Level 3"
        if whole and 1 <= value <= 31 and _MONTH_BEFORE.match(back):
            return None, e  # "March 14", "Dec-24"

    back_q = back[s - start:]
    q = _QUALIFIER_EN_BEFORE.match(back_q) or _QUALIFIER_ZH_BEFORE.match(back_q)
    qualifier = q.group(1)[::-1] if q else None
    before_q = back_q[q.end():] if q else back_q

    # --- what follows the number
    pos = e
    if masked[pos:pos + 1] == "(" and masked[pos + 1:pos + 2].isalpha():
        return None, e  # "501(c)(3)"
    if masked[pos:pos + 1] in (":", "/") and masked[pos + 1:pos + 2].isdigit():
        return None, e  # "09:00", "3/1/25", "24/7"
    rng = _RANGE.match(masked, pos)
    upper: float | None = None
    if rng:
        upper_parsed = _parse_number(rng.group()[1:], comma_decimal)
        if _is_year(token, value) or upper_parsed is None:
            return None, rng.end()  # "2026-27", "2026-2027"
        upper = upper_parsed[0]
        pos = rng.end()
        token_end = pos
    else:
        token_end = e

    magnitude = 1.0
    plus = False
    unit: str | None = None
    percent = False
    post_qualifier: str | None = None
    end = token_end

    more = _ZH_MORE.match(masked, pos)
    if more and (_ZH_MAGNITUDE.match(masked, more.end()) or _CJK_AFTER.match(masked, more.end())):
        post_qualifier = more.group()  # "350多个", "50多万"
        pos = more.end()

    glued = _LETTERS.match(masked, pos)
    if glued and pos == token_end:
        letters = glued.group()
        if letters in _GLUED_MAGNITUDE and (letters not in _NEEDS_CURRENCY or currency):
            magnitude = _GLUED_MAGNITUDE[letters]
            pos = end = glued.end()
        elif letters.lower() in ("st", "nd", "rd", "th"):
            return None, glued.end()  # ordinals: "15th", "22nd"
        elif not _UNITS_ABBR.match(masked, pos) and not _PERCENT.match(masked, pos):
            return None, glued.end()  # "5G", "24x7x365", "3D", "877704Oberkirch"
    if _PLUS.match(masked, pos):  # "40+", "100+ million": the plus is a qualifier
        plus = True
        pos += 1
    if magnitude == 1.0:
        mag = _WORD_MAGNITUDE.match(masked, pos)
        if mag and (mag.group(1).lower() != "mn" or currency):
            magnitude = _WORD_MAGNITUDES[mag.group(1).lower().rstrip(".")]
            pos = end = mag.end()
        else:
            zh = _ZH_MAGNITUDE.match(masked, pos)
            if zh:
                magnitude = _ZH_MAGNITUDES[zh.group()]
                pos = end = zh.end()
    if not plus and _PLUS.match(masked, pos):  # "7M+"
        plus = True
        pos += 1

    if currency is None:
        zh_cur = _CURRENCY_SUFFIX_ZH.match(masked, pos)
        en_cur = None if zh_cur else _CURRENCY_SUFFIX_EN.match(masked, pos)
        if zh_cur:
            currency = _ZH_CODES[zh_cur.group()]
            pos = end = zh_cur.end()
        elif en_cur:
            name = en_cur.group(1) or en_cur.group(2)
            currency = _EN_CODES.get(name.lower(), dollar if name.lower() in ("dollar", "dollars", "dólares") else name.upper())
            pos = end = en_cur.end()
        elif magnitude == 1.0:
            cents = _CENTS_AFTER.match(masked, pos)
            if cents:  # "8港仙", "45 cents": money in hundredths
                currency = "HKD" if cents.group(1) else "GBP" if cents.group(2).lower() == "pence" else dollar
                magnitude = 0.01
                pos = end = cents.end()
    if currency is None:
        pct = _PERCENT.match(masked, pos)
        if pct:
            percent = True
            unit = "%"
            pos = end = pct.end()
        else:
            u = _UNITS_ABBR.match(masked, pos) or _UNITS_WORD.match(masked, pos) or _UNITS_ZH.match(masked, pos)
            hyphen = None if u else _HYPHEN_UNIT.match(masked, pos)
            if hyphen:  # "a 120,000-square-foot plant", "the 41-mile line"
                unit = _HYPHEN_UNITS[hyphen.group(1).lower()]
                pos = end = hyphen.end()
            elif u:
                written = " ".join(u.group(u.lastindex or 0).split())
                written = _SQ.sub("sq ", written)  # "sq. ft", "sqft" -> "sq ft"
                unit = _UNIT_NAMES.get(written, written)
                pos = end = u.end()

    above = _ZH_ABOVE.match(masked, pos) if post_qualifier is None else None
    if above and (above.group() == "以上" or _CJK_AFTER.match(masked, above.end())):
        post_qualifier = above.group()
        pos = above.end()
    else:
        or_more = _OR_MORE.match(masked, pos)
        if or_more:
            post_qualifier = or_more.group(1)
            pos = or_more.end()
    if qualifier is None:
        qualifier = post_qualifier or ("more than" if plus else None)

    noun_pos = pos
    if magnitude == 1.0 and unit is None and rng is None and not _is_year(token, value):
        # "$190 to $200 million", "between $1.5 and $2 billion", "3 to 4 million units", "10 to 15%":
        # the low end takes the scale written once after the high end.
        shared = _shared_scale(masked, e, currency)
        if shared is not None:
            borrowed, is_percent, noun_pos = shared
            magnitude = borrowed
            if is_percent:
                percent, unit = True, "%"

    # --- dates, years and other numbers that are not figures
    plain = currency is None and unit is None and magnitude == 1.0
    if plain and whole and 1 <= value <= 31 and _MONTH_AFTER.match(masked, e):
        return None, pos  # "25 February", "1st of May"
    if plain and _is_year(token, value) and q is None:
        return None, pos  # "in 2019", "2020年", "2026 Budget"; "over 2000 staff" is a count
    if plain and _ADDRESS_AFTER.match(masked, pos):
        return None, pos  # a street number: "250 West 57th Street"

    value *= magnitude
    kind: FigureKind
    if currency is not None:
        kind = "money"
    elif percent:
        kind = "percent"
    elif unit is not None:
        kind = "measure"
    else:
        kind = "count"
        if magnitude == 1.0:
            if not whole:
                return None, pos  # "3.18 release", "Web 3.0"
            digits = token.replace(",", "").replace(".", "")
            if "," not in token and "." not in token and (len(digits) >= 5 or (len(digits) > 1 and digits[0] == "0")):
                return None, pos  # postal codes, IDs, "09"
        if not _count_has_noun(masked, noun_pos):
            # "(a little less than 500)", "(40+)": a count standing in brackets after its noun
            in_brackets = _OPEN_PAREN_BEFORE.match(before_q)
            if not (in_brackets and (q or plus) and _CLOSE_PAREN.match(masked, pos)):
                return None, pos
    return _Found(start, end, value, unit, currency, kind, qualifier, magnitude,
                  upper * magnitude if upper is not None else None), pos


_RANGE_TO = re.compile(r"\s?(?:[-–—]|to|and)\s?(?:(?:US|HK|NT|S|A|C)?\$|[€£¥₹])?\s?(\d+(?:[.,]\d+)*)")


def _shared_scale(masked: str, pos: int, currency: str | None) -> tuple[float, bool, int] | None:
    """The magnitude (or percent) written after the high end of a range that starts at ``pos``,
    and where reading the high end stopped; None when no range or no scale follows."""
    joined = _RANGE_TO.match(masked, pos)
    if not joined:
        return None
    after = joined.end()
    glued = _LETTERS.match(masked, after)
    if glued and glued.group() in _GLUED_MAGNITUDE and (glued.group() not in _NEEDS_CURRENCY or currency):
        return _GLUED_MAGNITUDE[glued.group()], False, glued.end()
    word = _WORD_MAGNITUDE.match(masked, after)
    if word and (word.group(1).lower() != "mn" or currency):
        return _WORD_MAGNITUDES[word.group(1).lower().rstrip(".")], False, word.end()
    zh = _ZH_MAGNITUDE.match(masked, after)
    if zh:
        return _ZH_MAGNITUDES[zh.group()], False, zh.end()
    pct = _PERCENT.match(masked, after) if currency is None else None
    if pct:
        return 1.0, True, pct.end()
    return None  # "Between 10 and 20 staff": only the high end carries its noun


def _block_text_for(blocks: list[Block]) -> str:
    return "\n".join(b.text for b in blocks if b.role in _ROLES or b.role in ("front", "title"))


_TABLE_SCALE = re.compile(
    r"(?i)\bin\s+(thousands|millions|billions)\b"
    r"|\(\s*(?:[A-Z]{0,3}\$|€|£|¥|(?-i:[A-Z]{3}))\s?(?:in\s+)?(thousands|millions|billions|million|billion|mn|bn|m|'000)\s*\)")
_SCALES = {"thousands": 1e3, "'000": 1e3, "millions": 1e6, "million": 1e6, "mn": 1e6, "m": 1e6,
           "billions": 1e9, "billion": 1e9, "bn": 1e9}
_PER_SHARE = re.compile(r"(?i)per\s+(?:share|unit)|\bEPS\b|\bpercent|%|\bratio\b|\bmargin\b")


_SCALE_WORDS = ("thousand", "million", "billion", "'000", "m)", "mn)", "bn)")


def _table_scale(text: str) -> float | None:
    """The scale a table's caption or header gives its amounts: "(in millions of U.S. dollars)"."""
    low = text.lower()
    if not any(word in low for word in _SCALE_WORDS):
        return None
    match = _TABLE_SCALE.search(text)
    if not match:
        return None
    return _SCALES[(match.group(1) or match.group(2)).lower()]


def extract_figures(blocks: list[Block], region: str | None = None) -> list[Figure]:
    """The figures in the body, dateline and boilerplate blocks, in block order.

    ``region`` is the dateline's country (ISO 3166): a "$" in a Toronto release is a Canadian dollar.

    The same value is kept once per sentence. ``text`` is the figure as written (currency,
    number, magnitude, unit); the qualifier ("over", "近", "多") is given apart.
    """
    all_text = _block_text_for(blocks)
    dollar, yen = _local_currencies(all_text, region)
    comma_decimal = _writes_decimal_comma(all_text)
    figures: list[Figure] = []
    scale = 1.0  # a table "(in millions)": its bare amounts are millions
    for block in blocks:
        row = " | " in block.text
        if row or len(block.text) < 120:
            found_scale = _table_scale(block.text)
            scale = found_scale or (scale if row else 1.0)
        else:
            scale = 1.0
        if block.role not in _ROLES or block.kind in _SKIP_KINDS or not block.text:
            continue
        text = block.text
        per_share = row and _PER_SHARE.search(text.split(" | ", 1)[0]) is not None
        masked = _mask(text)
        spans: list[tuple[int, int]] = []
        starts: list[int] = []
        seen: set[tuple[int, float]] = set()
        resume = 0
        for match in _TOKEN.finditer(masked):
            if match.start() < resume:
                continue
            found, resume = _read(masked, match, dollar, yen, comma_decimal)
            if found is None:
                continue
            if not spans:
                spans = _sentence_spans(text)
                starts = [a for a, _ in spans]
            a, b = spans[max(bisect.bisect_right(starts, found.start) - 1, 0)]
            if row and scale != 1.0 and found.kind == "money" and found.magnitude == 1.0 and not per_share:
                found.value *= scale
            for value in (found.value, found.upper):
                if value is None:
                    continue
                key = (a, round(value, 6))
                if key in seen:
                    continue
                seen.add(key)
                figures.append(Figure(
                    text=text[found.start:found.end], value=value, unit=found.unit,
                    currency=found.currency, kind=found.kind, qualifier=found.qualifier,
                    context=text[a:b].strip(), section=block.section, block=block.index,
                ))
    return figures
