"""Currencies around a number: a sign or code before it ("HK$", "EUR"), a name after it
("3 million euros", "220亿美元"), cents ("45 cents", "8港仙"), and which dollar or yen a bare
"$" or "¥" is in this release.

Currency names per language live in the lexicon (``CURRENCY_WORDS``); signs and ISO codes,
which every language shares, are here.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..language import languages
from ..text import HAN, KANA, alternation

TYPE_CHECKING = False  # typing only for mypy: see mediakit/core/__init__.py
if TYPE_CHECKING:
    from collections.abc import Iterable

SYMBOL_CODES = {
    "HK$": "HKD", "US$": "USD", "NT$": "TWD", "NZ$": "NZD", "MOP$": "MOP", "S$": "SGD",
    "A$": "AUD", "C$": "CAD", "R$": "BRL", "RMB": "CNY", "NTD": "TWD", "Rs": "INR", "Rp": "IDR",
    "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₽": "RUB", "₱": "PHP", "฿": "THB",
    "人民币": "CNY", "人民幣": "CNY", "港币": "HKD", "港幣": "HKD", "新台币": "TWD", "新台幣": "TWD",
    # Chinese also names a currency before the amount: "美元1.5億", "欧元3亿", "港元20亿"
    "美元": "USD", "美金": "USD", "欧元": "EUR", "歐元": "EUR", "日元": "JPY", "日圓": "JPY", "日圆": "JPY",
    "英镑": "GBP", "英鎊": "GBP", "港元": "HKD", "澳元": "AUD", "加元": "CAD", "Rs.": "INR",
    "S/": "PEN", "S/.": "PEN",
    "USD": "USD", "HKD": "HKD", "CNY": "CNY", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "SGD": "SGD",
    "AUD": "AUD", "CAD": "CAD", "CHF": "CHF", "TWD": "TWD", "INR": "INR", "KRW": "KRW", "MOP": "MOP",
    "$": "$", "¥": "¥", "￥": "¥", "$A": "AUD", "$US": "USD", "$NZ": "NZD", "$HK": "HKD", "$S": "SGD",
}
# Other ISO 4217 codes written before or after an amount ("NOK 1.2 billion", "5 million SEK"); not
# PHP, COP or TRY, which are also a language, a conference and a word.
_MORE_CODES = """NOK SEK DKK ISK PLN CZK HUF RON BGN ZAR BRL MXN ARS CLP NZD AED SAR QAR KWD THB MYR IDR VND
KES NGN EGP ILS PKR BDT LKR RUB UAH""".split()
SYMBOL_CODES.update({code: code for code in _MORE_CODES})
_AFTER_CODES = "USD HKD EUR GBP CNY RMB JPY SGD AUD CAD CHF INR TWD KRW".split() + _MORE_CODES
_LETTER_SYMBOLS = [k for k in SYMBOL_CODES if k[0].isascii() and k[0].isalpha() and k[-1] != "$"]
_OTHER_SYMBOLS = [k for k in SYMBOL_CODES if k not in _LETTER_SYMBOLS]
# Read on the reversed text before a number; a letter code ("RMB", "HK$") must not be the end of
# a longer word ("ABRMB 5").
CURRENCY_BEFORE = re.compile(
    r"\s?(?:(" + alternation(_LETTER_SYMBOLS, reverse=True) + r")(?![A-Za-z])|("
    + alternation(_OTHER_SYMBOLS, reverse=True) + r"))"
)

# An acronym in capitals just before a sign of letters (read reversed): the maker whose model
# the sign and number name ("IBM S/390"); an amount in soles follows a word ("de S/ 600").
_MAKER_BEFORE = re.compile(r"\s[A-Z]{2,}(?![A-Za-z])")

_WORDS: dict[str, str] = lexicon.merged("CURRENCY_WORDS")
_CJK_WORDS = {w: c for w, c in _WORDS.items() if re.match(f"[{HAN}{KANA}]", w)}
_LATIN_WORDS = {w: c for w, c in _WORDS.items() if w not in _CJK_WORDS}


_CURRENCY_AFTER_CJK = re.compile("(?:" + alternation(list(_CJK_WORDS)) + ")(?!素)")
_CURRENCY_AFTER_LATIN = re.compile(
    r"\s+(?:de\s+|di\s+|d['’])?(" + alternation(list(_LATIN_WORDS))
    + r"|(?-i:" + "|".join(_AFTER_CODES) + r"))(?![A-Za-z])|\s?(€)",
    re.I,
)
# 元 names the local unit of currency wherever Chinese is written; the renminbi elsewhere.
_LOCAL_UNIT = frozenset("元圆圓")
_CHINESE_SPEAKING_DOLLARS = frozenset({"TWD", "HKD", "SGD", "MOP"})
# Cents written after the number: "8 cents a share", "每股8港仙", "12 pence".
CENTS_AFTER = re.compile(r"\s?(港仙|仙)|\s(cents?|pence)(?![A-Za-z])", re.I)


# An ISO code with the magnitude glued before it, as Nordic and German reports write amounts
# ("1 234 MSEK", "MEUR 45,2", "TNOK 800"), and the lexicon's one-word forms ("450 mkr", "2,1 mdkr").
_SCALES = {"M": 1e6, "T": 1e3, "K": 1e3}
_SCALED_CODES = {scale + code: (code, value) for scale, value in _SCALES.items()
                 for code in ("SEK", "NOK", "DKK", "ISK", "EUR", "USD", "CHF", "GBP")}
_SCALED_CODES.update({word: (code, value) for word, (code, value) in lexicon.merged("SCALED_CURRENCY_WORDS").items()})
_SCALED_AFTER = re.compile(r"\s?(" + alternation(list(_SCALED_CODES)) + r")(?![A-Za-z])")
_SCALED_BEFORE = re.compile(r"\s?(" + alternation(list(_SCALED_CODES), reverse=True) + r")(?![A-Za-z])")


def scaled_code_after(masked: str, pos: int, krone: str) -> tuple[str, float, int] | None:
    """A currency with its magnitude in one word right after an amount ("45 MSEK", "450 mkr"):
    the currency, the magnitude and where the word ends."""
    found = _SCALED_AFTER.match(masked, pos)
    if not found:
        return None
    code, value = _SCALED_CODES[found.group(1)]
    return (krone if code == "kr" else code), value, found.end()


def scaled_code_before(back: str) -> tuple[str, float, int] | None:
    """Such a word right before an amount ("MSEK 1 234"; ``back`` is the text before it,
    reversed): the currency, the magnitude and how many characters it takes."""
    found = _SCALED_BEFORE.match(back)
    if not found:
        return None
    code, value = _SCALED_CODES[found.group(1)[::-1]]
    return code, value, found.end()


def sign_before(back: str, dollar: str, yen: str) -> tuple[str, int] | None:
    """The currency whose sign or code ends just before a number (``back`` is the text before
    it, reversed), and how many characters it takes."""
    cur = CURRENCY_BEFORE.match(back)
    if not cur:
        return None
    code = SYMBOL_CODES[(cur.group(1) or cur.group(2))[::-1]]
    if code == "PEN" and _MAKER_BEFORE.match(back, cur.end()):
        return None  # "IBM S/390": a model's name after its maker's, no amount in soles
    return (dollar if code == "$" else yen if code == "¥" else code), cur.end()


# PHP, COP and TRY before a number only where a magnitude word follows it ("COP 12.000 millones"):
# the conference ("COP 28") and the word ("TRY 3 times") never take one.
_AMBIGUOUS_CODE_BEFORE = re.compile(r"\s?(PHP|POC|YRT)(?![A-Za-z])")  # on the reversed text


def ambiguous_code_before(back: str) -> tuple[str, int] | None:
    """PHP, COP or TRY ending just before a number (``back`` reversed), and how many characters it takes."""
    code = _AMBIGUOUS_CODE_BEFORE.match(back)
    return (code.group(1)[::-1], code.end()) if code else None


def accounting_sign(back: str, masked: str, end: int, dollar: str, yen: str) -> tuple[str, int] | None:
    """An amount an accountant writes in brackets glued to its currency sign ("a loss of $(12.4)
    million"), its size as written: the currency and how many characters the sign and the bracket take before the
    number (``back`` is the text before it, reversed; the bracket closes at ``end``)."""
    if back[:1] != "(" or back[1:2].isspace() or masked[end:end + 1] != ")":
        return None  # "$ (806)" in a table's column is left to the table
    sign = sign_before(back[1:], dollar, yen)
    return (sign[0], sign[1] + 1) if sign else None


def name_after(masked: str, pos: int, dollar: str, yuan: str = "CNY", krone: str = "SEK",
               peso: str | None = None) -> tuple[str, int] | None:
    """The currency named right after an amount at ``pos``, and where its name ends; ``yuan`` is
    what a bare 元 stands for in this release, ``krone`` what a bare "kroner" or "kr." does,
    ``peso`` what a bare "pesos" does (None: a peso of no known country, no currency)."""
    cjk = _CURRENCY_AFTER_CJK.match(masked, pos) or _spaced_cjk_currency(masked, pos)
    if cjk:
        if cjk.group() in _LOCAL_UNIT:
            return yuan, cjk.end()  # a bare 元 is the local currency: NT$ in Taipei, HK$ in Hong Kong
        code = _CJK_WORDS[cjk.group()]
        return (dollar if code == "$" else code), cjk.end()  # a bare ドル is the release's dollar
    latin = _CURRENCY_AFTER_LATIN.match(masked, pos)
    if not latin:
        return None
    if latin.group(2):
        return "EUR", latin.end()
    name = latin.group(1)
    code = _LATIN_WORDS.get(name.lower()) or SYMBOL_CODES.get(name, name.upper())
    if code == "peso":
        return (peso, latin.end()) if peso else None
    return (dollar if code == "$" else krone if code == "kr" else code), latin.end()


# The countries that count in pesos, by the places a release names: a bare "pesos" is theirs.
_PESO_PLACES = (("MXN", ("México", "Mexico", "mexicano", "mexicana", "CDMX")),
                ("ARS", ("Argentina", "Buenos Aires", "argentino", "argentina")),
                ("CLP", ("Chile", "chileno", "chilena")), ("COP", ("Colombia", "Bogotá", "colombiano", "colombiana")),
                ("PHP", ("Philippines", "Philippine", "Filipinas", "Manila")), ("UYU", ("Uruguay", "Montevideo")),
                ("DOP", ("República Dominicana", "Dominican Republic", "Santo Domingo")), ("CUP", ("Cuba", "La Habana")))


# An e-mail address in a peso country's domain ("…@movilidad.gob.mx", "…@club.com.ar"); Colombia's
# ".co" only below an institutional domain (".gov.co", ".edu.co"), as firms anywhere use a bare ".co".
_PESO_MAILBOX = re.compile(r"@[A-Za-z0-9.-]+?(?:\.(mx|ar|cl|uy|do|cu|ph)|\.(?:gov|edu|org|com|net)\.(co))(?![A-Za-z0-9-])", re.I)
_PESO_DOMAINS = {"mx": "MXN", "ar": "ARS", "cl": "CLP", "uy": "UYU", "do": "DOP", "cu": "CUP", "ph": "PHP", "co": "COP"}


def local_peso(text: str, texts: Iterable[str] = ()) -> str | None:
    """The peso of the country a release names most, else of the one country its e-mail addresses
    (in ``texts``) are in; None when it names none of them."""
    if "peso" not in text[:200_000].casefold():
        return None
    best, best_count = None, 0
    for code, places in _PESO_PLACES:
        count = sum(text.count(place) for place in places)
        if count > best_count:
            best, best_count = code, count
    if best is None:
        found = {_PESO_DOMAINS[(m.group(1) or m.group(2)).lower()] for t in texts if "@" in t
                 for m in _PESO_MAILBOX.finditer(t)}
        best = found.pop() if len(found) == 1 else None
    return best


def _spaced_cjk_currency(masked: str, pos: int) -> re.Match[str] | None:
    """A CJK currency one space after the digits, as Japanese PDF text layers set half-width
    digits apart ("32,408 円"); a bare 元 stays glued (a space before it starts another word)."""
    if masked[pos:pos + 1] != " ":
        return None
    cjk = _CURRENCY_AFTER_CJK.match(masked, pos + 1)
    return cjk if cjk and cjk.group() not in _LOCAL_UNIT else None


def cents_after(masked: str, pos: int, dollar: str) -> tuple[str, int] | None:
    """Money in hundredths written after the number ("45 cents", "8港仙")."""
    cents = CENTS_AFTER.match(masked, pos)
    if not cents:
        return None
    currency = "HKD" if cents.group(1) else "GBP" if cents.group(2).lower() == "pence" else dollar
    return currency, cents.end()


_KRONE_CODES = re.compile(r"(?<![A-Za-z])(SEK|NOK|DKK)(?![A-Za-z])")


def local_krone(text: str) -> str:
    """What a bare "kroner" or "kr." is: the krone of the release's leading language (Danish
    kroner are DKK, Norwegian NOK), else the krone code the release writes most (a Portuguese
    release about a Norwegian firm writes "NOK"), else that of a language it also writes, else SEK.
    A release that writes no "kr" anywhere names no krone, and its languages are not weighed."""
    if "kr" not in text[:200_000].casefold():
        return "SEK"
    found = languages(text)
    if found and getattr(found[0], "KRONE", None):
        return str(found[0].KRONE)
    codes = _KRONE_CODES.findall(text[:200_000])
    if codes:
        return str(max(sorted(set(codes)), key=codes.count))
    return next((str(language.KRONE) for language in found if getattr(language, "KRONE", None)), "SEK")


# --- the release's own dollar and yen -----------------------------------------------------------

# Words that place a release (counted as plain substrings: faster than one regex per place).
_LOCALES = [
    ("HKD", ("Hong Kong", "HKSAR", "HK$", "香港")),
    ("SGD", ("Singapore", "SGX", "新加坡")),
    ("AUD", ("Australia", "ASX", "Sydney", "Melbourne", "Brisbane", "Queensland", "New South Wales", "Canberra",
             "Perth", "Adelaide", "Hobart", "Tasmania", "澳大利亚", "澳洲")),
    ("CAD", ("Canada", "Canadian", "Ontario", "Quebec", "Québec", "Alberta", "British Columbia", "Toronto",
             "Montreal", "Montréal", "Vancouver", "Ottawa", "Calgary", "TSX", "/CNW/", "加拿大")),
    ("TWD", ("Taiwan", "Taipei", "台湾", "台灣", "臺灣")),
    ("NZD", ("New Zealand", "Auckland", "Wellington", "Christchurch", "NZX")),
]
_REGION_DOLLARS = {"HK": "HKD", "SG": "SGD", "AU": "AUD", "CA": "CAD", "TW": "TWD", "NZ": "NZD"}
# US places, and US markets and regulators: a "(NYSE: X)" or an SEC form places a release's "$".
# These counts read the whole release: each pattern first looks ahead at the one character its
# words can open with, so the look-behinds run only where a word could start.
_US_HINT = re.compile(
    r"(?=[UAa美NSs81])(?:United States|U\.S\.|(?<![A-Za-z])USA?(?![A-Za-z$])|America|美国|美國|NYSE|Nasdaq|NASDAQ"
    r"|Securities and Exchange Commission|SECURITIES AND EXCHANGE COMMISSION|(?<![\w-])(?:8-K|10-K|10-Q)(?![\w-]))")
_US_MARKET = re.compile(r"(?<![A-Za-z])(?:Nasdaq|NASDAQ|NYSE)(?![A-Za-z])")
_JAPAN_HINT = re.compile(r"(?=[JTy日円])(?:Japan|Tokyo|JPY|(?<![A-Za-z])yen(?![A-Za-z])|日本|円)")
_CHINA_HINT = re.compile(r"China|Chinese|RMB|CNY|renminbi|人民币|中国|中國")


# A release names its currency once ("新台幣10億元") and then writes a bare 元.
_YUAN_NAMES = (("TWD", ("新台幣", "新台币", "台幣", "台币", "NT$")), ("HKD", ("港元", "港幣", "港币", "HK$")),
               ("CNY", ("人民幣", "人民币", "RMB")), ("MOP", ("澳門元", "澳门元", "MOP$")), ("SGD", ("新加坡元", "新元")))


def local_yuan(text: str, dollar: str) -> str:
    """The currency a bare 元 stands for: the one the release names most, else the local dollar
    where Chinese is written with one, else the renminbi."""
    counts = [(sum(text.count(w) for w in words), code) for code, words in _YUAN_NAMES]
    best = max(counts)
    if best[0]:
        return best[1]
    return dollar if dollar in _CHINESE_SPEAKING_DOLLARS else "CNY"


_EURO = re.compile(r"(?=[€EUe])(?:€|(?<![A-Za-z])(?:EUR|[Ee]uros?)(?![A-Za-z]))")  # the look-ahead: as _US_HINT's
_DOLLAR = re.compile(r"(?=[$UDd])(?:\$|(?<![A-Za-z])(?:USD|[Dd]ollars?)(?![A-Za-z]))")


def local_cent(text: str, dollar: str) -> str:
    """What "cents" are hundredths of: the euro where the release names euros more than dollars
    ("10 Millionen Euro … 48 Cent"), else its dollar."""
    return "EUR" if len(_EURO.findall(text)) > len(_DOLLAR.findall(text)) else dollar


def local_currencies(text: str, region: str | None = None, mailboxes: str | None = None) -> tuple[str, str]:
    """The currency a bare "$" and a bare "¥" stand for in this release.

    A dateline decides: "$" is the dollar of the place the release is datelined in, and the
    US dollar for a place with none of its own (a subsidiary abroad, named ten times, does
    not change the filer's currency). With no dateline place, "$" is the US dollar unless the
    release is plainly from a place with its own dollar (mentioned at least three times, and
    more often than the United States), or its own e-mail addresses are all of one such country
    (``mailboxes``, from ``mailbox_region``) and it names no US market.
    """
    yen = "JPY" if len(_JAPAN_HINT.findall(text)) > len(_CHINA_HINT.findall(text)) else "CNY"
    if region:
        return _REGION_DOLLARS.get(region, "USD"), yen
    us = len(_US_HINT.findall(text))
    best, best_count = "USD", 2
    for code, words in _LOCALES:
        count = sum(text.count(word) for word in words)
        if count > best_count and count > us:
            best, best_count = code, count
    if best == "USD" and mailboxes and not _US_MARKET.search(text):
        best = _REGION_DOLLARS.get(mailboxes, best)
    return best, yen


# An e-mail address in a country's own domain ("media@…org.au", "…@…govt.nz"), for the countries
# with a dollar of their own.
_MAILBOX_COUNTRY = re.compile(r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(au|nz|ca|sg|hk)(?![A-Za-z0-9-])", re.I)


def mailbox_region(texts: Iterable[str]) -> str | None:
    """The one country (ISO 3166) that the e-mail addresses in ``texts`` are in, where it has a
    dollar of its own; None where they are in none or in several."""
    found = {m.group(1).upper() for text in texts if "@" in text for m in _MAILBOX_COUNTRY.finditer(text)}
    return found.pop() if len(found) == 1 else None


def listing_dollar(written: str, currency: str | None, sentence: str) -> str | None:
    """A bare "$" in a sentence about a US market's rules is the US dollar, wherever the issuer
    is datelined ("below $1.00 per share … Nasdaq" in a Hong Kong release)."""
    if currency not in _REGION_DOLLARS.values() or not written.startswith("$") or not _US_MARKET.search(sentence):
        return currency
    return "USD"


# Scanned text reads "$" as "S": "S250,000", "S3.4m", "S1.5 million"; a grouped amount or one
# with a magnitude after it, with "S" standing as a word of its own (not "FY2020", not "S23").
_OCR_MAGNITUDE_AFTER = re.compile(r"\s?(?:m|bn|million|billion)(?![A-Za-z])")


def ocr_dollar_before(back: str, token: str, masked: str, end: int) -> bool:
    """A dollar sign an OCR read as "S" just before the number (``back`` reversed)."""
    if back[:1] != "S" or back[1:2].isalnum():
        return False
    return "," in token or _OCR_MAGNITUDE_AFTER.match(masked, end) is not None



# Scanned text also sets a space after an amount's thousands comma: "$50, 000", "$1, 250,000".
# Groups of three after the comma and its one space, the last ending in "00" (a round amount).
_OCR_SPACED_GROUPS = re.compile(r",[ ]((?:\d{3},)*\d00)(?![\d,.])")


def ocr_spaced_thousands(token: str, masked: str, end: int) -> tuple[float, int] | None:
    """The amount and its end where a scan put a space after the thousands comma of an amount
    written with its currency sign ("$50, 000" is 50,000); ``token`` is the digits before it."""
    if not token.isdigit() or len(token) > 3:
        return None
    groups = _OCR_SPACED_GROUPS.match(masked, end)
    if not groups:
        return None
    return float(token + groups.group(1).replace(",", "")), groups.end()
